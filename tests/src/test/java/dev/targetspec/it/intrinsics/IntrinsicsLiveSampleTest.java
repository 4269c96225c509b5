package dev.targetspec.it.intrinsics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the corpus honest: recompiles the probe for a sample of targets with the local rustc and
 * checks that rustc still emits exactly what the corpus recorded. The sample rotates by day, and
 * always includes the host. The full run is ProbeCorpusWriter.
 */
class IntrinsicsLiveSampleTest {
    static final int SAMPLE = 5;

    @Test
    void sampleMatchesTheCorpus() throws Exception {
        Path root = Path.of(System.getProperty("targetspec.root"));
        Corpus corpus = Corpus.read(Corpus.file(root));
        String version = Builtins.rustcVersion();
        assumeTrue(version.equals(corpus.rustc()), "the corpus was measured with " + corpus.rustc()
                + ", the local compiler is " + version + ": rerun ProbeCorpusWriter");
        List<String> names = new ArrayList<>(corpus.targets().keySet());
        List<String> sample = new ArrayList<>(List.of("x86_64-unknown-linux-gnu"));
        int day = LocalDate.now().getDayOfYear();
        for (int i = 0; sample.size() < SAMPLE; i++) {
            String t = names.get(Math.floorMod(day * 37 + i * 67, names.size()));
            if (!sample.contains(t)) {
                sample.add(t);
            }
        }
        Path work = Files.createTempDirectory("targetspec-sample");
        Probe probe = new Probe(Probe.resource(root), work);
        List<String> failures = new ArrayList<>();
        for (String t : sample) {
            Corpus.Entry recorded = corpus.targets().get(t);
            ObjectNode spec = Builtins.rustcSpec(t);
            if (!spec.equals(recorded.spec())) {
                failures.add(t + ": rustc's spec differs from the corpus");
                continue;
            }
            Probe.Result live = probe.run(t, spec.path("arch").asString(""));
            assertEquals(recorded.result().skipped(), live.skipped(), t);
            Set<String> was = new TreeSet<>(IntrinsicsRecallTest.emitted(recorded.result()));
            Set<String> now = new TreeSet<>(IntrinsicsRecallTest.emitted(live));
            if (!was.equals(now)) {
                Set<String> added = new TreeSet<>(now);
                added.removeAll(was);
                Set<String> gone = new TreeSet<>(was);
                gone.removeAll(now);
                failures.add(t + ": now also " + added + ", no longer " + gone);
            }
            Set<String> listed = IntrinsicsRecallTest.listed(t, recorded);
            Set<String> missing = new TreeSet<>(now);
            missing.removeAll(listed);
            if (!missing.isEmpty()) {
                failures.add(t + ": emitted but not listed " + missing);
            }
        }
        assertTrue(failures.isEmpty(), "sample " + sample + ":\n" + String.join("\n", failures));
    }
}
