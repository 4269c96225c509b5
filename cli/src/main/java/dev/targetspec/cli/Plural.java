package dev.targetspec.cli;

/** Counts with their noun in the right number: {@code 1 file}, {@code 2 files}. */
final class Plural {
    private Plural() {
    }

    /** {@code count} and {@code noun}, with an {@code s} unless the count is one. */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
