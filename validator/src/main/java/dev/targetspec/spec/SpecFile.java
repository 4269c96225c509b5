package dev.targetspec.spec;

import dev.targetspec.json.JsonSource;
import dev.targetspec.json.Location;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One spec file as written, in the registry shape. A plain rustc target JSON file is lifted into
 * that shape: its fields become the {@code rustc} member, and its {@code metadata} the top-level one.
 */
public final class SpecFile {
    /** What the file was on disk. */
    public enum Kind {
        /** A registry spec: {@code $schema}, {@code triple}, {@code metadata}, {@code rustc}, ... */
        REGISTRY,
        /** A plain rustc custom-target JSON file, as {@code rustc --print target-spec-json} prints. */
        RUSTC
    }

    private final Path path;
    private final Kind kind;
    private final ObjectNode doc;
    private final JsonSource source;

    SpecFile(Path path, Kind kind, ObjectNode doc, JsonSource source) {
        this.path = path;
        this.kind = kind;
        this.doc = doc;
        this.source = source;
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** The document in the registry shape. Callers must not modify it. */
    public ObjectNode doc() {
        return doc;
    }

    /** The file name without {@code .json}. */
    public String stem() {
        return stemOf(path);
    }

    /** The file name of {@code path} without {@code .json}. */
    public static String stemOf(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The {@code triple} member if it is a string, else the file stem. */
    public String triple() {
        JsonNode t = doc.get("triple");
        return t != null && t.isString() ? t.asString() : stem();
    }

    /** The {@code inherits} member, when it is a string. */
    public Optional<String> inherits() {
        JsonNode i = doc.get("inherits");
        return i != null && i.isString() ? Optional.of(i.asString()) : Optional.empty();
    }


    /** The pointer, in the file as written, of the value at {@code docPointer} of {@link #doc()}. */
    public String filePointer(String docPointer) {
        return kind == Kind.REGISTRY ? docPointer : PlainRustc.filePointer(docPointer);
    }

    /** Where the value at {@code docPointer} (or its nearest ancestor) is in the file. */
    public Location locate(String docPointer) {
        return source.locate(filePointer(docPointer));
    }
}
