package dev.targetspec.io;

import java.nio.file.Path;

/** How messages show a path: relative to the working directory when it is inside it, else absolute. */
public final class DisplayPath {
    private DisplayPath() {
    }

    public static String of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
