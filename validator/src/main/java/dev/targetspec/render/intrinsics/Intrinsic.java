package dev.targetspec.render.intrinsics;

import java.util.Objects;

/**
 * One routine a program for the target may have to link in.
 *
 * @param name the symbol as the linker sees it, object-format prefix included
 * @param family the group it belongs to
 * @param reason why the compiler calls it on this target
 * @param providedBy what defines it, and how to enable that
 */
public record Intrinsic(String name, Family family, String reason, String providedBy) {
    public Intrinsic {
        Objects.requireNonNull(name);
        Objects.requireNonNull(family);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(providedBy);
    }
}
