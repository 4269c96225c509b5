package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a corpus from the local rustc (the command in {@code $RUSTC}, else {@code rustc}). Runs
 * only with {@code -Drecord=true}:
 *
 * <pre>
 * mvn -pl tests -am test -Dtest=RecordRustcCorpus -Drecord=true -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Drecord.corpus=broad]
 * RUSTC="rustc +nightly" mvn ... -Drecord=true -Drecord.corpus=broad
 * </pre>
 *
 * <p>{@code classic} (the default) records {@link Mutants}' kinds into {@code corpus.jsonl};
 * {@code broad} records {@link BroadMutants}' kinds into {@code broad-<release>.jsonl}, the release
 * being the rustc's ({@code 1.95}, {@code 1.97}); {@code -Drecord.size=N} records N of them, taken
 * from every kind in turn. Verdicts are appended to {@code tests/target/rustc-record/NAME.jsonl.partial}
 * as they come, and a later run takes up the ones already there (also
 * when it records more of them).
 */
@EnabledIfSystemProperty(named = "record", matches = "true")
class RecordRustcCorpus {

    /** The seed of the broad corpora. */
    static final long BROAD_SEED = 1_950_001L;

    @Test
    void record(@TempDir Path tmp) throws IOException {
        Rustc rustc = Rustc.locate().orElseThrow(() -> new IllegalStateException(
                "rustc not found: set $RUSTC or put rustc on the PATH"));
        String version = rustc.version();
        boolean broad = System.getProperty("record.corpus", "classic").equals("broad");
        long seed = broad ? BROAD_SEED : Mutants.CORPUS_SEED;
        String name = broad ? "broad-" + RustcCorpus.release(version) : RustcCorpus.CLASSIC;
        Path file = RustcCorpus.sourcePath(name);
        Instant start = Instant.now();
        Map<String, ObjectNode> builtins = RustcRuns.builtins(rustc);
        int size = Integer.getInteger("record.size", 0);
        List<Mutants.Mutant> mutants = mutants(builtins, broad, size);
        System.out.println("[record] " + version + " (" + rustc.command() + "): " + mutants.size() + " mutants into "
                + file);

        Path partial = Path.of(System.getProperty("targetspec.root"), "tests", "target", "rustc-record",
                file.getFileName() + ".partial");
        Files.createDirectories(partial.getParent());
        Map<String, RustcCorpus.Entry> done = new HashMap<>();
        if (Files.exists(partial)) {
            for (String line : Files.readAllLines(partial, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    RustcCorpus.Entry e = RustcCorpus.parse(line);
                    done.put(e.id(), e);
                }
            }
        }
        List<Mutants.Mutant> todo = new ArrayList<>();
        for (Mutants.Mutant m : mutants) {
            RustcCorpus.Entry e = done.get(m.id());
            if (e == null || !Mutants.compact(e.spec()).equals(Mutants.compact(m.spec()))) {
                done.remove(m.id());
                todo.add(m);
            }
        }
        System.out.println("[record] " + (mutants.size() - todo.size()) + " taken from " + partial.getFileName()
                + ", " + todo.size() + " to run");
        int[] count = {0};
        try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            RustcRuns.verdicts(rustc, todo, tmp, (m, v) -> {
                RustcCorpus.Entry e = entry(m, v);
                done.put(m.id(), e);
                try {
                    w.write(RustcCorpus.format(e));
                    w.newLine();
                    w.flush();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                if (++count[0] % 100 == 0) {
                    System.out.println("[record] " + count[0] + "/" + todo.size() + " after "
                            + Duration.between(start, Instant.now()).toSeconds() + " s");
                }
            });
        }

        List<RustcCorpus.Entry> entries = new ArrayList<>(mutants.size());
        Map<String, int[]> perKind = new TreeMap<>();
        Map<String, Integer> perStage = new TreeMap<>();
        int accepted = 0;
        for (Mutants.Mutant m : mutants) {
            RustcCorpus.Entry e = done.get(m.id());
            entries.add(e);
            int[] c = perKind.computeIfAbsent(m.kind(), k -> new int[2]);
            c[e.accepted() ? 0 : 1]++;
            perStage.merge(e.stage(), 1, Integer::sum);
            accepted += e.accepted() ? 1 : 0;
        }
        RustcCorpus.write(file, entries);
        Duration took = Duration.between(start, Instant.now());

        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode meta = mapper.createObjectNode();
        meta.put("$comment", "Summary of " + file.getFileName() + ", written by RecordRustcCorpus from the rustc named"
                + " below. Verdict: --print target-spec-json loads the spec and a #![no_core] lib with a Rust-ABI and"
                + " a C-ABI function compiles for it with --emit obj.");
        meta.put("rustc", version);
        meta.put("command", rustc.command());
        meta.put("generator", broad ? "BroadMutants" : "Mutants");
        meta.put("seed", seed);
        if (size > 0) {
            meta.put("size", size);
        }
        meta.put("builtins", builtins.size());
        meta.put("total", entries.size());
        meta.put("accepted", accepted);
        meta.put("rejected", entries.size() - accepted);
        meta.put("seconds", took.toSeconds());
        ObjectNode stages = meta.putObject("stages");
        perStage.forEach(stages::put);
        ObjectNode kinds = meta.putObject("kinds");
        perKind.forEach((k, c) -> kinds.putObject(k).put("accepted", c[0]).put("rejected", c[1]));
        Files.writeString(RustcCorpus.metaPath(file),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);

        RustcCorpus reread = RustcCorpus.load(file);
        assertEquals(mutants.size(), reread.size());
        assertTrue(mutants.size() >= 1000, "fewer than 1000 mutants: " + mutants.size());
    }

    /**
     * The mutants of a corpus: the classic or the broad kinds for the corpus seed, or {@code size}
     * of them taken from every kind in turn ({@code -Drecord.size=N}) when {@code size} is positive.
     */
    static List<Mutants.Mutant> mutants(Map<String, ObjectNode> builtins, boolean broad, int size) {
        long seed = broad ? BROAD_SEED : Mutants.CORPUS_SEED;
        List<Mutants.Mutant> all = broad ? BroadMutants.generate(builtins, seed) : Mutants.generate(builtins, seed);
        return size > 0 ? Mutants.subset(all, size, seed) : all;
    }

    private static RustcCorpus.Entry entry(Mutants.Mutant m, Rustc.Verdict v) {
        return new RustcCorpus.Entry(m.id(), m.base(), m.mutation(), m.spec(), v.accepted(), v.stage().label(),
                v.firstError());
    }
}
