package dev.targetspec.render;

import dev.targetspec.spec.layout.Layout;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.spec.layout.Problem;
import dev.targetspec.spec.Target;

/** The layout a renderer works from, or the reason there is none. */
public final class Layouts {
    private Layouts() {
    }

    /** Whether {@code target} has a layout to render: none, one with problems, or one. */
    public static Applicability applicability(Target target) {
        try {
            require(target);
            return Applicability.APPLIES;
        } catch (RenderException e) {
            return Applicability.of(e);
        }
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
