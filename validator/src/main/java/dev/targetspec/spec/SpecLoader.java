package dev.targetspec.spec;

import dev.targetspec.json.JsonSource;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.Location;
import dev.targetspec.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/** Reads spec files from disk. */
public final class SpecLoader {
    private SpecLoader() {
    }

    /**
     * Reads and parses one file.
     *
     * @throws JsonSyntaxException when the file is not strict JSON, or its root is not an object
     * @throws IOException when it cannot be read
     */
    public static SpecFile load(Path path) throws IOException, JsonSyntaxException {
        long size = Files.size(path);
        if (size > StrictJson.MAX_BYTES) {
            // Refuse before reading: a huge file must not cost its size in memory.
            throw new JsonSyntaxException("json-limit", Location.START,
                    "The file is " + size + " bytes; the limit is " + StrictJson.MAX_BYTES + " bytes.");
        }
        return parse(path, Files.readAllBytes(path));
    }

    /** Parses {@code bytes} as the contents of {@code path}. */
    public static SpecFile parse(Path path, byte[] bytes) throws JsonSyntaxException {
        JsonSource source = StrictJson.parse(bytes);
        if (!(source.root() instanceof ObjectNode root)) {
            throw new JsonSyntaxException("json-syntax", Location.START, "The root of a spec must be a JSON object, not "
                    + source.root().getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (PlainRustc.looksLike(root)) {
            return new SpecFile(path, SpecFile.Kind.RUSTC, PlainRustc.lift(root, SpecFile.stemOf(path)), source);
        }
        return new SpecFile(path, SpecFile.Kind.REGISTRY, root, source);
    }
}
