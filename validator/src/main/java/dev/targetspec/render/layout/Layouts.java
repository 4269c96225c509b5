package dev.targetspec.render.layout;

import dev.targetspec.render.RenderException;
import dev.targetspec.spec.Target;

/** The layout a renderer works from, or the reason there is none. */
public final class Layouts {
    private Layouts() {
    }

    /** {@code target}'s layout; throws when it has none or it has any problem. */
    public static Layout require(Target target) throws RenderException {
        LayoutReader.Reading r = LayoutReader.read(target);
        if (!r.problems().isEmpty()) {
            StringBuilder b = new StringBuilder("The layout of `" + target.triple() + "` has "
                    + r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s") + ":");
            for (Problem p : r.problems()) {
                b.append("\n  ").append(p.pointer()).append(": ").append(p.message()).append(" [").append(p.rule())
                        .append(']');
            }
            throw new RenderException(b.toString(), r.problems());
        }
        return r.layout().orElseThrow(() -> new RenderException("`" + target.triple() + "` has no `layout` section and"
                + " its `boot.protocol` implies none; add a `layout`.", java.util.List.of()));
    }
}
