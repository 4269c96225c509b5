package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator's verdict on every mutant of every committed corpus equals the recorded verdict of
 * the rustc the corpus is for: valid (no error diagnostic) exactly when rustc loads the spec and
 * compiles for it. Prints agreement per operator kind and per rustc stage and every disagreement;
 * the disagreements are also written to {@code tests/target/rustc-agreement/NAME.jsonl}.
 *
 * <p>A corpus of a rustc release that targetspec has no profile for ({@link RustcProfiles}) is
 * judged with the default rules and reported, not failed on.
 */
class ValidatorAgreesWithRustcTest {

    @TestFactory
    Stream<DynamicTest> everyCommittedCorpus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : RustcCorpus.COMMITTED) {
            tests.add(DynamicTest.dynamicTest(name, () -> check(name)));
        }
        return tests.stream();
    }

    private static void check(String name) {
        assertTrue(RustcCorpus.exists(name), "committed corpus missing: " + RustcCorpus.sourcePath(name));
        RustcCorpus corpus = RustcCorpus.load(name);
        assertTrue(corpus.size() >= 1000, name + " has at least 1,000 mutants: " + corpus.size());
        String release = corpus.release();
        Optional<Validator> profile = RustcProfiles.profile(release);
        Validator validator = profile.orElseGet(RustcProfiles::fallback);
        Agreement a = Agreement.judge(name + " (" + corpus.rustcVersion() + ", judged with "
                + (profile.isPresent() ? "the rustc " + release + " rules" : "the default rules, report only") + ")",
                validator, corpus.entries());
        System.out.print(a.report());
        Path dump = a.dump(Path.of(System.getProperty("targetspec.root"), "tests", "target", "rustc-agreement",
                name + ".jsonl"));
        System.out.println("  disagreements written to " + dump);
        if (profile.isPresent()) {
            java.util.Map<String, String> known = known(name);
            List<String> unexplained = a.disagreements().stream().filter(d -> !known.containsKey(d.entry().id()))
                    .map(Agreement.Disagreement::line).toList();
            java.util.Set<String> still = new java.util.HashSet<>(a.disagreements().stream().map(d -> d.entry().id()).toList());
            List<String> stale = known.keySet().stream().filter(id -> !still.contains(id)).sorted().toList();
            known.forEach((id, why) -> System.out.println("  known: " + id + ": " + why));
            assertEquals(List.of(), unexplained, name + ": " + a.agreed() + "/" + a.total() + " agree");
            assertEquals(List.of(), stale, name + ": listed in " + KNOWN + " but agreeing now; remove them");
            assertTrue(a.percent() >= 99.9, name + ": " + a.percent() + "% agree; at least 99.9% must");
        }
    }

    static final java.nio.file.Path KNOWN = java.nio.file.Path.of(System.getProperty("targetspec.root"), "tests", "src",
            "test", "resources", "rustc-diff", "known-disagreements.tsv");

    /**
     * The disagreements of {@code corpus} that are understood and left: id to reason, from
     * {@code known-disagreements.tsv} (corpus, id, reason).
     */
    static java.util.Map<String, String> known(String corpus) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try {
            List<String> lines = java.nio.file.Files.readAllLines(KNOWN);
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.split("\t", 3);
                if (p.length == 3 && p[0].equals(corpus)) {
                    out.put(p[1], p[2]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
