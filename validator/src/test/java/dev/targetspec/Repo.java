package dev.targetspec;

import dev.targetspec.registry.Registry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository this build runs in: its registry, docs and schemas. */
public final class Repo {
    private static Registry registry;

    private Repo() {
    }

    public static Path root() {
        String root = System.getProperty("targetspec.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        if (!Files.isDirectory(p.resolve("targets"))) {
            throw new IllegalStateException("cannot find the repository root (targets/) from " + p.toAbsolutePath());
        }
        return p;
    }

    /** The repository's registry, loaded once. */
    public static synchronized Registry registry() {
        if (registry == null) {
            try {
                registry = Registry.load(root().resolve("targets"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return registry;
    }
}
