package dev.targetspec.registry;

/** Hears how far an import has got. */
@FunctionalInterface
public interface ImportProgress {
    /** {@code done} of {@code total} targets are imported; {@code current} is the last one. */
    void update(int done, int total, String current);
}
