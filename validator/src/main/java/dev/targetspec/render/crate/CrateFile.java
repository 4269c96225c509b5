package dev.targetspec.render.crate;

import java.util.Objects;

/**
 * One file of a generated crate.
 *
 * @param path the path inside the crate, with {@code /} between folders, e.g. {@code src/main.rs}
 * @param text the file's contents
 * @param starter whether the file is a starting point that becomes the user's once written
 *     ({@code Cargo.toml}, {@code src/main.rs}, {@code README.md}, {@code .gitignore}): writing the
 *     crate again keeps it when it was changed. Every other file is made from the spec, and writing
 *     the crate again replaces it, or refuses when it was changed.
 */
public record CrateFile(String path, String text, boolean starter) {
    public CrateFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path inside the crate: " + path);
        }
    }

    /** A file made from the spec. */
    public CrateFile(String path, String text) {
        this(path, text, false);
    }
}
