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
 * A committed differential corpus: one rustc's verdict on every generated mutant, one JSON object
 * per line in {@code tests/src/test/resources/rustc-diff/NAME.jsonl}, with a summary beside it in
 * {@code NAME-meta.json} that names the rustc that gave the verdicts.
 */
final class RustcCorpus {

    static final String DIR = "rustc-diff";

    /** The classic kinds of {@link Mutants}, judged by rustc 1.95. */
    static final String CLASSIC = "corpus";

    /** Every committed corpus, by name. */
    static final List<String> COMMITTED = List.of(CLASSIC, "broad-1.95", "broad-1.97");

    /** Kept for messages: the classic corpus's resource path. */
    static final String RESOURCE = DIR + "/" + CLASSIC + ".jsonl";

    /**
     * One recorded mutant. {@code stage} is {@code none} for accepted specs, else {@code load},
     * {@code session}, {@code codegen} or {@code ice}; {@code rustc} is rustc's first error line
     * (empty when accepted). {@code mutation} is the kind, a colon and what was changed.
     */
    record Entry(String id, String base, String mutation, ObjectNode spec, boolean accepted, String stage,
            String rustc) {

        String kind() {
            int colon = mutation.indexOf(':');
            return colon < 0 ? mutation : mutation.substring(0, colon);
        }

        String verdict() {
            return accepted ? "accepted" : "rejected at " + stage + ": " + rustc;
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String name;
    private final Map<String, Entry> byId;
    private final ObjectNode meta;

    private RustcCorpus(String name, Map<String, Entry> byId, ObjectNode meta) {
        this.name = name;
        this.byId = byId;
        this.meta = meta;
    }

    /** The corpus file in the source tree (needs the {@code targetspec.root} system property). */
    static Path sourcePath(String name) {
        String root = System.getProperty("targetspec.root");
        if (root == null) {
            throw new IllegalStateException("system property targetspec.root is not set");
        }
        return Path.of(root, "tests", "src", "test", "resources", DIR, name + ".jsonl");
    }

    static Path sourcePath() {
        return sourcePath(CLASSIC);
    }

    static Path metaPath(Path corpusFile) {
        String f = corpusFile.getFileName().toString();
        return corpusFile.resolveSibling(f.substring(0, f.length() - ".jsonl".length()) + "-meta.json");
    }

    static RustcCorpus load() {
        return load(CLASSIC);
    }

    static RustcCorpus load(String name) {
        return load(sourcePath(name));
    }

    static boolean exists(String name) {
        return Files.exists(sourcePath(name));
    }

    static RustcCorpus load(Path file) {
        Map<String, Entry> m = new LinkedHashMap<>();
        ObjectNode meta;
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
            Path metaFile = metaPath(file);
            meta = Files.exists(metaFile) ? (ObjectNode) MAPPER.readTree(Files.readString(metaFile))
                    : MAPPER.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String f = file.getFileName().toString();
        return new RustcCorpus(f.substring(0, f.length() - ".jsonl".length()), m, meta);
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
        o.put("kind", e.kind());
        o.put("mutation", e.mutation());
        o.set("spec", e.spec());
        o.put("accepted", e.accepted());
        o.put("stage", e.stage());
        o.put("rustc", e.rustc());
        return MAPPER.writeValueAsString(o);
    }

    String name() {
        return name;
    }

    /** The {@code rustc --version} line of the rustc that gave the verdicts (from the meta file). */
    String rustcVersion() {
        return meta.path("rustc").asString("rustc 1.95.0");
    }

    /** How many of the generated mutants were recorded (0: all of them). */
    int recordedSize() {
        return meta.path("size").asInt(0);
    }

    /** The release the verdicts are for, such as {@code 1.95} or {@code 1.97}. */
    String release() {
        return release(rustcVersion());
    }

    /** {@code 1.97} for {@code rustc 1.97.0-nightly (e50aa6fba 2026-05-19)}. */
    static String release(String versionLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(versionLine);
        return m.find() ? m.group(1) + "." + m.group(2) : versionLine;
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
