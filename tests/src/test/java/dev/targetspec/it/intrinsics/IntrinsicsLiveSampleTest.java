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
 * checks that rustc still emits exactly what the corpus recorded, and that the derived list still
 * has all of it. The sample is the host and four targets chosen by the date, so that it rotates
 * over the corpus from day to day; {@code -Dtargetspec.intrinsics.sample=T1,T2} names it instead.
 * The full run is ProbeCorpusWriter.
 */
class IntrinsicsLiveSampleTest {
    static final int SAMPLE = 5;

    /** The host, and targets picked by a generator seeded with the date. */
    static List<String> sample(List<String> names, LocalDate date) {
        List<String> sample = new ArrayList<>(List.of("x86_64-unknown-linux-gnu"));
        java.util.Random random = new java.util.Random(date.toEpochDay());
        while (sample.size() < Math.min(SAMPLE, names.size())) {
            String t = names.get(random.nextInt(names.size()));
            if (!sample.contains(t)) {
                sample.add(t);
            }
        }
        return sample;
    }

    @Test
    void sampleMatchesTheCorpus() throws Exception {
        Path root = Path.of(System.getProperty("targetspec.root"));
        Corpus corpus = Corpus.read(Corpus.file(root));
        String version = Builtins.rustcVersion();
        assumeTrue(version.equals(corpus.rustc()), "the corpus was measured with " + corpus.rustc()
                + ", the local compiler is " + version + ": rerun ProbeCorpusWriter");
        List<String> sample = sample(new ArrayList<>(corpus.targets().keySet()), LocalDate.now());
        String named = System.getProperty("targetspec.intrinsics.sample", "");
        if (!named.isBlank()) {
            sample = List.of(named.split(","));
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
            if (!recorded.result().failedLeaves().keySet().equals(live.failedLeaves().keySet())) {
                failures.add(t + ": the leaves that do not compile were " + recorded.result().failedLeaves().keySet()
                        + ", now " + live.failedLeaves().keySet());
            }
            Set<String> was = new TreeSet<>(IntrinsicsRecallTest.emitted(recorded.result()));
            Set<String> now = new TreeSet<>(IntrinsicsRecallTest.emitted(live));
            if (!was.equals(now)) {
                Set<String> added = new TreeSet<>(now);
                added.removeAll(was);
                Set<String> gone = new TreeSet<>(was);
                gone.removeAll(now);
                failures.add(t + ": now also " + IntrinsicsRecallTest.byKind(added) + ", no longer "
                        + IntrinsicsRecallTest.byKind(gone));
            }
            Set<String> listed = IntrinsicsRecallTest.listed(t, recorded);
            Set<String> missing = new TreeSet<>(now);
            missing.removeAll(listed);
            if (!missing.isEmpty()) {
                failures.add(t + ": emitted but not listed " + IntrinsicsRecallTest.byKind(missing));
            }
        }
        assertTrue(failures.isEmpty(), "sample " + sample + ":\n" + String.join("\n", failures));
    }
}
