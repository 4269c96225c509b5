package dev.targetspec.render.intrinsics;

import dev.targetspec.render.Applicability;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.spec.Target;
import java.util.List;

/** The runtime routines a freestanding program must link, from {@link Intrinsics}. */
public final class IntrinsicsArtifact implements Artifact {
    private static final List<Format> FORMATS = List.of(new Format("text", "-intrinsics.txt"),
            new Format("json", "-intrinsics.json"), new Format("ld", "-intrinsics.ld-args"));

    @Override
    public String name() {
        return "intrinsics";
    }

    @Override
    public String summary() {
        return "the runtime routines a freestanding program must link (ld: linker arguments that keep them)";
    }

    @Override
    public List<Format> formats() {
        return FORMATS;
    }

    @Override
    public Applicability applicability(Target target) {
        return Applicability.APPLIES;
    }

    @Override
    public String render(Target target, Format format, RenderContext context) {
        IntrinsicList list = Intrinsics.derive(target);
        return switch (format.name()) {
            case "json" -> IntrinsicsFormat.json(list);
            case "ld" -> IntrinsicsFormat.ld(list, false);
            default -> IntrinsicsFormat.text(list);
        };
    }
}
