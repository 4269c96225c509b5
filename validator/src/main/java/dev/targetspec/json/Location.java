package dev.targetspec.json;

/** A 1-based line and column in a source file. */
public record Location(int line, int column) {
    /** The start of a file: where problems about the whole file are reported. */
    public static final Location START = new Location(1, 1);
}
