package dev.targetspec.it.rustc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed differential corpus: rustc 1.95's verdict on every generated mutant, one JSON
 * object per line in {@code tests/src/test/resources/rustc-diff/corpus.jsonl}.
 */
final class RustcCorpus {

    static final String RESOURCE = "rustc-diff/corpus.jsonl";

    /**
     * One recorded mutant. {@code stage} is {@code none} for accepted specs, else {@code load},
     * {@code session}, {@code codegen} or {@code ice}; {@code rustc} is rustc's first error line
     * (empty when accepted).
     */
    record Entry(String id, String base, String mutation, ObjectNode spec, boolean accepted, String stage,
            String rustc) {

        String kind() {
            int colon = mutation.indexOf(':');
            return colon < 0 ? mutation : mutation.substring(0, colon);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, Entry> byId;

    private RustcCorpus(Map<String, Entry> byId) {
        this.byId = byId;
    }

    /** The corpus file in the source tree (needs the {@code targetspec.root} system property). */
    static Path sourcePath() {
        String root = System.getProperty("targetspec.root");
        if (root == null) {
            throw new IllegalStateException("system property targetspec.root is not set");
        }
        return Path.of(root, "tests", "src", "test", "resources").resolve(RESOURCE);
    }

    static RustcCorpus load() {
        return load(sourcePath());
    }

    static RustcCorpus load(Path file) {
        Map<String, Entry> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Entry e = parse(line);
                if (m.put(e.id(), e) != null) {
                    throw new IllegalStateException("duplicate id in corpus: " + e.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RustcCorpus(m);
    }

    static Entry parse(String line) {
        JsonNode n = MAPPER.readTree(line);
        return new Entry(n.get("id").asString(), n.get("base").asString(), n.get("mutation").asString(),
                (ObjectNode) n.get("spec"), n.get("accepted").asBoolean(), n.path("stage").asString(""),
                n.get("rustc").asString());
    }

    static String format(Entry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("base", e.base());
        o.put("mutation", e.mutation());
        o.set("spec", e.spec());
        o.put("accepted", e.accepted());
        o.put("stage", e.stage());
        o.put("rustc", e.rustc());
        return MAPPER.writeValueAsString(o);
    }

    List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    Optional<Entry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    static void write(Path file, List<Entry> entries) {
        List<String> lines = new ArrayList<>(entries.size());
        entries.forEach(e -> lines.add(format(e)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
