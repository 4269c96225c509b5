package dev.targetspec.registry;

import dev.targetspec.diag.Refused;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.targetspec.triple.NameReport;

/**
 * Finds the spec a command names: a triple of the registry, or a path to a file (ending in
 * {@code .json}, or with a {@code /} in it). A triple the registry does not have is answered with the
 * near misses it does have, as {@code triple explain} finds them.
 */
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
        if (isPath(name)) {
            Path p;
            try {
                p = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                throw new NotFoundException("no such file: " + name);
            }
            if (!Files.isRegularFile(p)) {
                throw new NotFoundException("no such file: " + name);
            }
            var inRegistry = registry.fileAt(p);
            return inRegistry.isPresent() ? inRegistry.get() : SpecLoader.load(p);
        }
        return registry.file(name).orElseThrow(() -> notFound(registry, name));
    }

    /** Whether a command's TARGET argument names a file rather than a triple. */
    public static boolean isPath(String name) {
        return name.endsWith(".json") || name.contains("/") || name.contains(java.io.File.separator);
    }

    /** Why {@code triple} found nothing: with the registry's near misses when it has any. */
    public static NotFoundException notFound(Registry registry, String triple) {
        List<String> near = suggestions(registry, triple);
        return new NotFoundException("no target `" + triple + "` in the registry; " + (near.isEmpty()
                ? "`targetspec list` shows what there is, and a spec file is named by its path (ending in `.json`)."
                : "did you mean " + String.join(" or ", near.stream().map(n -> "`" + n + "`").toList()) + "?"));
    }

    /** The registry's triples that {@code name} is a near miss of, at most three. */
    public static List<String> suggestions(Registry registry, String name) {
        List<String> near = NameReport.nearMisses(name, registry.triples());
        return near.subList(0, Math.min(3, near.size()));
    }
}
