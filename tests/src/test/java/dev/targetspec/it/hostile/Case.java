package dev.targetspec.it.hostile;

import java.nio.file.Path;

/**
 * One hostile input: a file validated against the repository's registry, or a whole registry
 * folder validated on its own; the exit code it must give, and text that one output line must contain.
 */
record Case(String name, Path path, boolean registry, int exitCode, String message) {
    static Case file(Path path, int exitCode, String message) {
        return new Case(path.getFileName().toString(), path, false, exitCode, message);
    }

    static Case registry(Path path, int exitCode, String message) {
        return new Case(path.getFileName().toString() + "/", path, true, exitCode, message);
    }
}
