package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the committed corpus honest: regenerates the mutants from the local rustc's built-in
 * specs, checks that a sample of them is byte-for-byte what the corpus holds, and that rustc's
 * verdict on each sampled mutant is still the recorded one.
 *
 * <p>The sample's seed is the UTC date unless {@code -Drustc.sample.seed=N} is given; it is
 * printed so a failure can be replayed. {@code -Drustc.sample.size=N} changes the size (60).
 */
class RustcCorpusFreshTest {

    @Test
    void corpusMatchesLocalRustc(@TempDir Path tmp) {
        Optional<Rustc> found = Rustc.locate();
        if (found.isEmpty()) {
            fail("rustc is required for this test but was not found: install rustc 1.95 or set $RUSTC "
                    + "to its path (the corpus in " + RustcCorpus.RESOURCE + " was recorded with rustc 1.95.0)");
        }
        Rustc rustc = found.get();
        RustcCorpus corpus = RustcCorpus.load();
        assertTrue(corpus.size() >= 1000, "corpus has only " + corpus.size() + " entries");

        long seed = Long.getLong("rustc.sample.seed", LocalDate.now(ZoneOffset.UTC).toEpochDay());
        int size = Integer.getInteger("rustc.sample.size", 60);
        System.out.println("[RustcCorpusFreshTest] " + rustc.version() + ", sample seed " + seed
                + " (replay with -Drustc.sample.seed=" + seed + "), size " + size);

        Map<String, ObjectNode> builtins = RustcRuns.builtins(rustc);
        List<Mutants.Mutant> all = Mutants.generate(builtins, Mutants.CORPUS_SEED);
        assertEquals(corpus.size(), all.size(), "the generator no longer produces the recorded number of mutants"
                + " (re-record the corpus with -Drecord=true)");
        List<Mutants.Mutant> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(seed));
        sample = sample.subList(0, Math.min(size, sample.size()));

        List<String> problems = new ArrayList<>();
        for (Mutants.Mutant m : sample) {
            Optional<RustcCorpus.Entry> e = corpus.get(m.id());
            if (e.isEmpty()) {
                problems.add(m.id() + ": not in the corpus");
            } else if (!Mutants.compact(e.get().spec()).equals(Mutants.compact(m.spec()))) {
                problems.add(m.id() + ": regenerated spec differs from the recorded one");
            }
        }
        List<Rustc.Verdict> verdicts = RustcRuns.verdicts(rustc, sample, tmp);
        for (int i = 0; i < sample.size(); i++) {
            Mutants.Mutant m = sample.get(i);
            Rustc.Verdict v = verdicts.get(i);
            corpus.get(m.id()).ifPresent(e -> {
                if (e.accepted() != v.accepted() || !e.stage().equals(v.stage().label())
                        || !e.rustc().equals(v.firstError())) {
                    problems.add(m.id() + " (" + m.mutation() + "): corpus says "
                            + (e.accepted() ? "accepted" : "rejected at " + e.stage() + ": " + e.rustc())
                            + " but rustc now says "
                            + (v.accepted() ? "accepted" : "rejected at " + v.stage().label() + ": " + v.firstError()));
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + sample.size() + " sampled mutants disagree with the corpus (seed "
                    + seed + "):\n  " + String.join("\n  ", problems));
        }
    }
}
