package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.targetspec.validate.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the validator against the live rustc (the command in {@code $RUSTC}, else {@code rustc}).
 *
 * <p>{@link #freshMutantsGetRustcsVerdict}: mutants of every kind, classic and broad, generated
 * with a seed that changes every day (the UTC date, or {@code -Dmutants.seed=N}), are given to
 * rustc, and the validator must give each rustc's verdict. The seed is printed so that a failure
 * can be replayed. The sample takes mutants from every kind in turn; its size is
 * {@code -Dmutants.fresh=N} (default {@value #FRESH_DEFAULT}, a few minutes; {@code 2500} for a
 * full run).
 *
 * <p>{@link #committedCorporaMatchLocalRustc}: the committed corpora recorded with this rustc's
 * release are regenerated and a sample ({@code -Drustc.sample.size=N}, default
 * {@value #SAMPLE_DEFAULT} per corpus) must be byte for byte what they hold and get the recorded
 * verdict, so that the corpora cannot go stale.
 */
class RustcCorpusFreshTest {

    static final int FRESH_DEFAULT = 120;
    static final int SAMPLE_DEFAULT = 15;

    private static Rustc rustc;
    private static Map<String, ObjectNode> builtins;

    private static synchronized Rustc rustc() {
        if (rustc == null) {
            Optional<Rustc> found = Rustc.locate();
            if (found.isEmpty()) {
                fail("rustc is required for this test but was not found: install rustc 1.95 or set $RUSTC "
                        + "(for example to `rustc +nightly`)");
            }
            rustc = found.get();
            builtins = RustcRuns.builtins(rustc);
        }
        return rustc;
    }

    static long seed() {
        return Long.getLong("mutants.seed", Long.getLong("rustc.sample.seed",
                LocalDate.now(ZoneOffset.UTC).toEpochDay()));
    }

    @Test
    void freshMutantsGetRustcsVerdict(@TempDir Path tmp) {
        Rustc r = rustc();
        Instant start = Instant.now();
        String version = r.version();
        String release = RustcCorpus.release(version);
        long seed = seed();
        int size = Integer.getInteger("mutants.fresh", FRESH_DEFAULT);
        List<Mutants.Mutant> all = new ArrayList<>(Mutants.generate(builtins, seed));
        all.addAll(BroadMutants.generate(builtins, seed));
        List<Mutants.Mutant> sample = acrossKinds(all, size, seed);
        System.out.println("[fresh] " + version + " (" + r.command() + "), seed " + seed + " (replay with -Dmutants.seed="
                + seed + "), " + sample.size() + " of " + all.size() + " mutants (-Dmutants.fresh=N)");

        List<Rustc.Verdict> verdicts = RustcRuns.verdicts(r, sample, tmp);
        List<RustcCorpus.Entry> entries = new ArrayList<>(sample.size());
        for (int i = 0; i < sample.size(); i++) {
            Mutants.Mutant m = sample.get(i);
            Rustc.Verdict v = verdicts.get(i);
            entries.add(new RustcCorpus.Entry(m.id(), m.base(), m.mutation(), m.spec(), v.accepted(),
                    v.stage().label(), v.firstError()));
        }
        Optional<Validator> profile = RustcProfiles.profile(release);
        Agreement a = Agreement.judge("fresh mutants, seed " + seed + " (" + version + ", judged with "
                + (profile.isPresent() ? "the rustc " + release + " rules" : "the default rules, report only") + ")",
                profile.orElseGet(RustcProfiles::fallback), entries);
        System.out.print(a.report());
        a.dump(Path.of(System.getProperty("targetspec.root"), "tests", "target", "rustc-agreement",
                "fresh-" + release + "-" + seed + ".jsonl"));
        System.out.println("[fresh] " + Duration.between(start, Instant.now()).toSeconds() + " s");
        if (profile.isPresent()) {
            assertEquals(List.of(), a.disagreementLines(), "seed " + seed + " (replay with -Dmutants.seed=" + seed
                    + "): " + a.agreed() + "/" + a.total() + " agree");
        }
    }

    /** {@code size} mutants, taken from every kind in turn, each kind's in an order drawn from the seed. */
    static List<Mutants.Mutant> acrossKinds(List<Mutants.Mutant> all, int size, long seed) {
        return Mutants.subset(all, size, seed);
    }

    @Test
    void committedCorporaMatchLocalRustc(@TempDir Path tmp) {
        Rustc r = rustc();
        String version = r.version();
        String release = RustcCorpus.release(version);
        long seed = seed();
        int size = Integer.getInteger("rustc.sample.size", SAMPLE_DEFAULT);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String name : RustcCorpus.COMMITTED) {
            if (!RustcCorpus.exists(name)) {
                continue;
            }
            RustcCorpus corpus = RustcCorpus.load(name);
            if (!corpus.release().equals(release)) {
                continue;
            }
            checked++;
            boolean broad = name.startsWith("broad-");
            List<Mutants.Mutant> all = RecordRustcCorpus.mutants(builtins, broad, corpus.recordedSize());
            assertEquals(corpus.size(), all.size(), name + ": the generator no longer makes the recorded number of"
                    + " mutants (re-record it with -Drecord=true" + (broad ? " -Drecord.corpus=broad" : "") + ")");
            List<Mutants.Mutant> sample = acrossKinds(all, size, seed);
            System.out.println("[corpus] " + name + " (" + corpus.rustcVersion() + "): " + sample.size()
                    + " mutants re-checked with " + version + ", seed " + seed);
            for (Mutants.Mutant m : sample) {
                Optional<RustcCorpus.Entry> e = corpus.get(m.id());
                if (e.isEmpty()) {
                    problems.add(name + " " + m.id() + ": not in the corpus");
                } else if (!Mutants.compact(e.get().spec()).equals(Mutants.compact(m.spec()))) {
                    problems.add(name + " " + m.id() + ": regenerated spec differs from the recorded one");
                }
            }
            List<Rustc.Verdict> verdicts = RustcRuns.verdicts(r, sample, tmp);
            for (int i = 0; i < sample.size(); i++) {
                Mutants.Mutant m = sample.get(i);
                Rustc.Verdict v = verdicts.get(i);
                corpus.get(m.id()).ifPresent(e -> {
                    if (e.accepted() != v.accepted() || !e.stage().equals(v.stage().label())
                            || !e.rustc().equals(v.firstError())) {
                        problems.add(name + " " + m.id() + " (" + m.mutation() + "): corpus says " + e.verdict()
                                + " but rustc now says " + (v.accepted() ? "accepted"
                                : "rejected at " + v.stage().label() + ": " + v.firstError()));
                    }
                });
            }
        }
        assertTrue(checked > 0, "no committed corpus is for " + version + " (record one with -Drecord=true"
                + " -Drecord.corpus=broad)");
        if (!problems.isEmpty()) {
            fail(problems.size() + " sampled mutants disagree with the committed corpora (seed " + seed
                    + ", replay with -Dmutants.seed=" + seed + "):\n  " + String.join("\n  ", problems));
        }
    }
}
