package dev.targetspec.it.intrinsics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Probes every built-in target of the local rustc and rewrites the corpus. Slow (minutes), so it
 * runs only when asked: {@code -Dtargetspec.intrinsics.write=true}.
 */
@EnabledIfSystemProperty(named = "targetspec.intrinsics.write", matches = "true")
class ProbeCorpusWriter {
    /** At most this many rustc processes at once. */
    static final int PARALLEL = 2;

    @Test
    void probeEveryBuiltinAndWriteTheCorpus() throws Exception {
        Path root = Path.of(System.getProperty("targetspec.root"));
        Path work = Files.createTempDirectory("targetspec-probe");
        Probe probe = new Probe(Probe.resource(root), work);
        List<String> targets = Builtins.targetList();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        Map<String, Future<Corpus.Entry>> futures = new TreeMap<>();
        try {
            for (String t : targets) {
                futures.put(t, pool.submit(() -> {
                    ObjectNode spec = Builtins.rustcSpec(t);
                    return new Corpus.Entry(spec, probe.run(t, spec.path("arch").asString("")));
                }));
            }
            Map<String, Corpus.Entry> entries = new TreeMap<>();
            for (var e : futures.entrySet()) {
                entries.put(e.getKey(), e.getValue().get());
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            Corpus corpus = new Corpus(Builtins.rustcVersion(), Builtins.llvmVersion(), Probe.nm(),
                    Corpus.sha256(Probe.resource(root)), Probe.leaves(),
                    entries);
            corpus.write(Corpus.file(root));
            long skipped = entries.values().stream().filter(e -> e.result().skipped()).count();
            System.out.printf("probed %d targets (%d skipped) in %d s%n", entries.size(), skipped, seconds);
            assertTrue(entries.size() == targets.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
