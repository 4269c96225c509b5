package dev.targetspec.render.crate;

import java.util.Objects;

/**
 * One file of a generated crate.
 *
 * @param path the path inside the crate, with {@code /} between folders, e.g. {@code src/main.rs}
 * @param text the file's contents
 */
public record CrateFile(String path, String text) {
    public CrateFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path inside the crate: " + path);
        }
    }
}
