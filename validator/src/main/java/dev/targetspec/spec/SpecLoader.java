package dev.targetspec.spec;

import dev.targetspec.json.JsonSource;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.Location;
import dev.targetspec.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
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
        if (!Files.isRegularFile(path)) {
            // A device, a FIFO or a link to one has no size up front and may never end.
            throw new IOException(path + " is not a regular file");
        }
        long size = Files.size(path);
        if (size > StrictJson.MAX_BYTES) {
            // Refuse before reading: a huge file must not cost its size in memory.
            throw tooLarge(size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // The file may grow between the size check and the read; never read past the limit.
            bytes = in.readNBytes(StrictJson.MAX_BYTES + 1);
        }
        if (bytes.length > StrictJson.MAX_BYTES) {
            throw tooLarge(Math.max(bytes.length, Files.size(path)));
        }
        return parse(path, bytes);
    }

    private static JsonSyntaxException tooLarge(long size) {
        return new JsonSyntaxException("json-limit", Location.START,
                "The file is " + size + " bytes; the limit is " + StrictJson.MAX_BYTES + " bytes.");
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
