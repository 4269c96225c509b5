package dev.targetspec.render;

import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Optional;

/**
 * One generated thing: a linker script, a boot header, the entry-point requirements, the rustc JSON...
 * Each is one small class, listed once in {@link Artifacts}; {@code render}, {@code docs}, {@code new}
 * and {@code rfc} all read that list. Artifacts never print.
 */
public interface Artifact {
    /** The stable name {@code --artifact} takes, such as {@code linker-script}. */
    String name();

    /** One line for {@code --help}: what the artifact is. */
    String summary();

    /** The forms it can be written in; the first is the default. */
    List<Format> formats();

    /** The form a target's documentation page shows. */
    default Format pageFormat() {
        return formats().get(0);
    }

    /** What the artifact is to a freestanding crate that {@code new} writes; {@link CratePart#NONE} if nothing. */
    default CratePart cratePart() {
        return CratePart.NONE;
    }

    /** Whether it can be rendered for {@code target}, which must be valid. */
    Applicability applicability(Target target);

    /**
     * Renders {@code target} in {@code format}, one of {@link #formats()}.
     *
     * @throws RenderException when the artifact does not apply to the target, or problems stop it
     */
    String render(Target target, Format format, RenderContext context) throws RenderException;

    /** The conventional file name: the triple and the format's suffix. */
    default String fileName(Target target, Format format) {
        return target.triple() + format.suffix();
    }

    /** The form named {@code name}, if this artifact offers it. */
    default Optional<Format> format(String name) {
        return formats().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The role an artifact plays in the crate that {@code new} writes. */
    enum CratePart {
        /** Not part of the crate. */
        NONE,
        /** The linker script, passed with {@code -T}. */
        LINKER_SCRIPT,
        /** Assembly included into {@code main.rs} with {@code global_asm!}. */
        ASSEMBLY,
        /** The rustc target JSON cargo builds for, when the target is not the host. */
        TARGET_JSON
    }
}
