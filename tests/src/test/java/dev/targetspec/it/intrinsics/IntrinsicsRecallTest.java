package dev.targetspec.it.intrinsics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.intrinsics.Intrinsic;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.render.intrinsics.IntrinsicList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the derived lists against the corpus of what rustc actually emitted for every built-in
 * target: every emitted symbol must be listed (recall 100%), and most listed symbols must have been
 * emitted by some probe (precision, reported and bounded from below).
 */
class IntrinsicsRecallTest {
    /** The lowest precision accepted over the targets whose probe compiled completely. */
    static final double MIN_PRECISION = 0.93;

    static Corpus corpus;
    static Path root;

    @BeforeAll
    static void load() throws Exception {
        root = Path.of(System.getProperty("targetspec.root"));
        corpus = Corpus.read(Corpus.file(root));
    }

    static Set<String> emitted(Probe.Result r) {
        return r.undefined().stream().filter(s -> !Probe.isProbeSymbol(s)).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> listed(String triple, Corpus.Entry e) {
        IntrinsicList list = Intrinsics.derive(Builtins.target(triple, e.spec()));
        return list.symbols().stream().map(Intrinsic::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyEmittedSymbolIsListed() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("target\temitted\tlisted\tused\trecall\tprecision\tnote\n");
        int probed = 0;
        int skipped = 0;
        long listedTotal = 0;
        long usedTotal = 0;
        for (var entry : corpus.targets().entrySet()) {
            String triple = entry.getKey();
            Probe.Result r = entry.getValue().result();
            if (r.skipped()) {
                skipped++;
                report.append(triple).append("\t-\t-\t-\t-\t-\tskipped: ").append(r.skipReason().get()).append('\n');
                continue;
            }
            probed++;
            Set<String> emitted = emitted(r);
            Set<String> listed = listed(triple, entry.getValue());
            Set<String> missing = new TreeSet<>(emitted);
            missing.removeAll(listed);
            Set<String> used = new TreeSet<>(listed);
            used.retainAll(emitted);
            if (!missing.isEmpty()) {
                failures.add(triple + " emitted but not listed: " + missing);
            }
            double recall = emitted.isEmpty() ? 1 : (double) (emitted.size() - missing.size()) / emitted.size();
            double precision = listed.isEmpty() ? 1 : (double) used.size() / listed.size();
            String note = r.failedSections().isEmpty() ? "" : "sections failed: " + r.failedSections().keySet();
            if (r.failedSections().isEmpty()) {
                listedTotal += listed.size();
                usedTotal += used.size();
            }
            report.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%s%n", triple, emitted.size(),
                    listed.size(), used.size(), recall, precision, note));
        }
        double precision = (double) usedTotal / listedTotal;
        report.append(String.format(Locale.ROOT, "# probed %d, skipped %d, precision over complete probes %.4f"
                + " (%d of %d listed symbols emitted)%n", probed, skipped, precision, usedTotal, listedTotal));
        Path out = root.resolve("tests/target/intrinsics-recall.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(probed >= 300, "the corpus covers only " + probed + " targets");
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + " is below " + MIN_PRECISION);
    }

    @Test
    void noFamilyFromAnotherArchitecture() {
        List<String> failures = new ArrayList<>();
        corpus.targets().forEach((triple, e) -> {
            String arch = e.spec().path("arch").asString("");
            Set<String> listed = listed(triple, e);
            for (String s : listed) {
                String bare = s.replaceFirst("^[_.#]", "");
                if (bare.startsWith("__aeabi_") && !arch.equals("arm")) {
                    failures.add(triple + ": " + s);
                }
                if (bare.startsWith("__aarch64_") && !arch.equals("aarch64")) {
                    failures.add(triple + ": " + s);
                }
                boolean reg64 = Set.of("x86_64", "aarch64", "riscv64", "loongarch64", "powerpc64", "sparc64",
                        "s390x", "mips64", "mips64r6").contains(arch);
                if (reg64 && (bare.matches("_?_u?(div|mod)di3") || bare.equals("__mulsi3"))) {
                    failures.add(triple + ": " + s + " on a 64-bit machine");
                }
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
