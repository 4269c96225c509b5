package dev.targetspec.cli;

import java.nio.file.Path;

/** How paths are shown: relative to the working directory when they are inside it. */
final class Paths {
    private Paths() {
    }

    static String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
