package dev.targetspec.it.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.Registry;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * targetspec on target files that other people wrote ({@link RealWorldCorpus}), against what each
 * rustc did with them:
 * <ul>
 * <li>its verdict equals rustc's on every original file;</li>
 * <li>one run reports at least 95% of the problems a person met fixing rustc's first error again and
 * again (a problem counts as reported when an error names the field the person edited, at its
 * pointer, in its message, or in its fix);</li>
 * <li>no file that rustc accepts after the person's fixes gets an error.</li>
 * </ul>
 * Figures are printed per source (the project category) and per repository. A release targetspec
 * has no profile for is reported, not failed on.
 */
class RealWorldAgreementTest {
    private static final List<RealWorldCorpus.Entry> CORPUS = RealWorldCorpus.load();

    @TestFactory
    Stream<DynamicTest> everyReleaseOfTheCorpus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String release : RealWorldCorpus.RELEASES) {
            Optional<Profile> profile = Profiles.named(release);
            Validator validator = new Validator(Registry.empty(), profile.orElse(Profiles.standard()));
            boolean judged = profile.isPresent();
            tests.add(DynamicTest.dynamicTest(release + ": verdicts", () -> verdicts(release, validator, judged)));
            tests.add(DynamicTest.dynamicTest(release + ": problems in one run", () -> steps(release, validator, judged)));
            tests.add(DynamicTest.dynamicTest(release + ": hand-fixed files", () -> fixed(release, validator, judged)));
        }
        return tests.stream();
    }

    private static void verdicts(String release, Validator validator, boolean judged) {
        assertTrue(CORPUS.size() >= 300, "the corpus holds at least 300 files: " + CORPUS.size());
        Tally bySource = new Tally();
        List<String> disagreements = new ArrayList<>();
        for (RealWorldCorpus.Entry e : CORPUS) {
            boolean valid = errors(validator, e.file()).isEmpty();
            boolean agree = valid == e.accepted(release);
            bySource.add(e.category(), agree);
            bySource.add("repo " + e.repo(), agree);
            if (!agree) {
                disagreements.add(e.id() + ": rustc " + release + " " + e.verdicts().get(release) + "; targetspec "
                        + (valid ? "valid" : "invalid: " + errors(validator, e.file()).stream()
                                .map(d -> d.rule() + " " + d.pointer()).toList()));
            }
        }
        System.out.print(bySource.report("rustc " + release + " verdicts on " + CORPUS.size() + " real target files"
                + (judged ? "" : " (no profile: report only)")));
        disagreements.forEach(d -> System.out.println("  DISAGREES " + d));
        if (judged) {
            assertEquals(List.of(), disagreements);
        }
    }

    private static void steps(String release, Validator validator, boolean judged) {
        Tally bySource = new Tally();
        List<String> missed = new ArrayList<>();
        for (RealWorldCorpus.Entry e : CORPUS) {
            List<RealWorldCorpus.Step> steps = e.steps().getOrDefault(release, List.of());
            if (steps.isEmpty()) {
                continue;
            }
            List<Diagnostic> errors = errors(validator, e.file());
            for (RealWorldCorpus.Step s : steps) {
                if (s.unfixable().isPresent() || s.fields().isEmpty()) {
                    continue;
                }
                boolean reported = errors.stream().anyMatch(d -> names(d, s));
                bySource.add(e.category(), reported);
                if (!reported) {
                    missed.add(e.id() + " step " + s.number() + ": " + s.error());
                }
            }
        }
        System.out.print(bySource.report("rustc " + release + " fix-sequence problems reported in one run"));
        missed.forEach(m -> System.out.println("  NOT REPORTED " + m));
        double rate = bySource.rate();
        if (judged) {
            assertTrue(rate >= 0.95, String.format("%.1f%% of the problems are reported in one run; at least 95%% must be",
                    100 * rate));
        }
    }

    private static void fixed(String release, Validator validator, boolean judged) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (RealWorldCorpus.Entry e : CORPUS) {
            var file = e.fixed().get(release);
            if (file == null || e.unfixable(release)) {
                continue;
            }
            checked++;
            List<Diagnostic> errors = errors(validator, file);
            if (!errors.isEmpty()) {
                wrong.add(e.id() + ": " + errors.stream().map(d -> d.rule() + ": " + d.message()).toList());
            }
        }
        System.out.printf("rustc %s: %d hand-fixed files that rustc accepts, %d with an error%n", release, checked,
                wrong.size());
        wrong.forEach(w -> System.out.println("  ERROR ON ACCEPTED FILE " + w));
        assertTrue(checked >= 250, "at least 250 hand-fixed files: " + checked);
        if (judged) {
            assertEquals(List.of(), wrong);
        }
    }

    /** Whether {@code d} reports the problem of step {@code s}: at a pointer it edits, in its fix, or by name. */
    private static boolean names(Diagnostic d, RealWorldCorpus.Step s) {
        for (String p : s.pointers()) {
            if (d.pointer().equals(p) || p.startsWith(d.pointer() + "/") || (!d.pointer().isEmpty()
                    && d.pointer().startsWith(p + "/"))) {
                return true;
            }
            if (d.fix().isPresent() && d.fix().get().edits().stream().anyMatch(edit -> touches(edit, p))) {
                return true;
            }
        }
        return s.fields().stream().anyMatch(f -> d.message().contains("`" + f + "`"));
    }

    private static boolean touches(Fix.Edit edit, String pointer) {
        return edit.pointer().equals(pointer) || edit.to().map(pointer::equals).orElse(false);
    }

    private static List<Diagnostic> errors(Validator validator, java.nio.file.Path file) {
        ValidationResult r;
        try {
            r = validator.validate(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** Counts of agreement per key, printed as a table. */
    private static final class Tally {
        private final Map<String, int[]> counts = new TreeMap<>();
        private int yes;
        private int all;

        void add(String key, boolean ok) {
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
            if (!key.startsWith("repo ")) {
                yes += ok ? 1 : 0;
                all++;
            }
        }

        double rate() {
            return all == 0 ? 1 : (double) yes / all;
        }

        String report(String title) {
            StringBuilder b = new StringBuilder(String.format("%s: %d/%d (%.1f%%)%n", title, yes, all, 100 * rate()));
            counts.forEach((k, c) -> b.append(String.format("  %-48s %4d/%-4d%n", k, c[0], c[1])));
            return b.toString();
        }
    }
}
