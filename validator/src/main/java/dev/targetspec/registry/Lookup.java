package dev.targetspec.registry;

import dev.targetspec.diag.Refused;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the spec a command names: a triple of the registry, or a path to a file (ending in {@code .json}). */
public final class Lookup {
    private Lookup() {
    }

    /** Why a name found no spec; the message says what to do. */
    public static final class NotFoundException extends Refused {
        private static final long serialVersionUID = 1L;

        NotFoundException(String message) {
            super(message);
        }
    }

    /**
     * The spec {@code name} names: a registry file when the path is one of the registry's, else the file
     * loaded on its own; or the registry's spec of that triple.
     *
     * @throws JsonSyntaxException when the file is not strict JSON
     * @throws IOException when the file cannot be read
     */
    public static SpecFile spec(Registry registry, String name) throws NotFoundException, IOException,
            JsonSyntaxException {
        if (name.endsWith(".json")) {
            Path p = Path.of(name);
            if (!Files.isRegularFile(p)) {
                throw new NotFoundException("no such file: " + name);
            }
            var inRegistry = registry.fileAt(p);
            return inRegistry.isPresent() ? inRegistry.get() : SpecLoader.load(p);
        }
        return registry.file(name).orElseThrow(() -> new NotFoundException("no target `" + name
                + "` in the registry; `targetspec list` shows what there is."));
    }
}
