package dev.targetspec.it.intrinsics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.intrinsics.Intrinsic;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.render.intrinsics.IntrinsicList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final double MIN_PRECISION = 0.99;

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
    void theCorpusWasRecordedFromThisProbe() throws Exception {
        assertEquals(Probe.leaves(), corpus.leaves(), "the corpus was recorded with other probe leaves: rerun"
                + " ProbeCorpusWriter");
        assertEquals(Corpus.sha256(Probe.resource(root)), corpus.probeSha256(), "probe.rs changed since the corpus"
                + " was recorded: rerun ProbeCorpusWriter");
    }

    /** Symbols grouped by the kind of operation they serve, as text: {@code f128 [__addtf3], ...}. */
    static String byKind(Set<String> symbols) {
        Map<Kind, Set<String>> m = new EnumMap<>(Kind.class);
        symbols.forEach(s -> m.computeIfAbsent(Kind.of(s), k -> new TreeSet<>()).add(s));
        return m.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    @Test
    void everyEmittedSymbolIsListed() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("target\temitted\tlisted\tused\trecall\tprecision\tmissing by kind"
                + "\tlisted but not emitted, by kind\tleaves that did not compile\n");
        int probed = 0;
        int skipped = 0;
        int complete = 0;
        long listedComplete = 0;
        long usedComplete = 0;
        long emittedAll = 0;
        long missingAll = 0;
        long listedAll = 0;
        long usedAll = 0;
        Map<Kind, long[]> kinds = new EnumMap<>(Kind.class);
        for (var entry : corpus.targets().entrySet()) {
            String triple = entry.getKey();
            Probe.Result r = entry.getValue().result();
            if (r.skipped()) {
                skipped++;
                report.append(triple).append("\t-\t-\t-\t-\t-\t\t\tskipped: ").append(r.skipReason().get())
                        .append('\n');
                continue;
            }
            probed++;
            Set<String> emitted = emitted(r);
            Set<String> listed = listed(triple, entry.getValue());
            Set<String> missing = new TreeSet<>(emitted);
            missing.removeAll(listed);
            Set<String> used = new TreeSet<>(listed);
            used.retainAll(emitted);
            Set<String> unused = new TreeSet<>(listed);
            unused.removeAll(emitted);
            if (!missing.isEmpty()) {
                failures.add(triple + " emitted but not listed: " + byKind(missing));
            }
            emitted.forEach(s -> kinds.computeIfAbsent(Kind.of(s), k -> new long[4])[0]++);
            missing.forEach(s -> kinds.computeIfAbsent(Kind.of(s), k -> new long[4])[1]++);
            listed.forEach(s -> kinds.computeIfAbsent(Kind.of(s), k -> new long[4])[2]++);
            unused.forEach(s -> kinds.computeIfAbsent(Kind.of(s), k -> new long[4])[3]++);
            double recall = emitted.isEmpty() ? 1 : (double) (emitted.size() - missing.size()) / emitted.size();
            double precision = listed.isEmpty() ? 1 : (double) used.size() / listed.size();
            emittedAll += emitted.size();
            missingAll += missing.size();
            listedAll += listed.size();
            usedAll += used.size();
            if (r.failedLeaves().isEmpty()) {
                complete++;
                listedComplete += listed.size();
                usedComplete += used.size();
            }
            report.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%s\t%s\t%s%n", triple,
                    emitted.size(), listed.size(), used.size(), recall, precision, byKind(missing), byKind(unused),
                    String.join(" ", r.failedLeaves().keySet())));
        }
        double precision = (double) usedComplete / listedComplete;
        double recall = (double) (emittedAll - missingAll) / emittedAll;
        report.append(String.format(Locale.ROOT, "# probed %d, skipped %d; recall %.4f (%d of %d emitted symbols"
                + " listed); precision %.4f over all probed targets (%d of %d listed symbols emitted), %.4f over the"
                + " %d completely probed (%d of %d)%n", probed, skipped, recall, emittedAll - missingAll, emittedAll,
                (double) usedAll / listedAll, usedAll, listedAll, precision, complete, usedComplete, listedComplete));
        report.append("# kind\temitted\tmissing\tlisted\tlisted but not emitted\n");
        kinds.forEach((k, n) -> report.append(String.format(Locale.ROOT, "# %s\t%d\t%d\t%d\t%d%n", k.id(), n[0], n[1],
                n[2], n[3])));
        Path out = root.resolve("tests/target/intrinsics-recall.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(failures.isEmpty(), failures.size() + " targets miss symbols (report: " + out + "):\n"
                + String.join("\n", failures));
        assertTrue(probed >= 300, "the corpus covers only " + probed + " targets");
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + " is below " + MIN_PRECISION);
    }

    @Test
    void everyEmittedSymbolHasAKind() {
        Set<String> unknown = new TreeSet<>();
        corpus.targets().values().forEach(e -> emitted(e.result()).stream().filter(s -> Kind.of(s) == Kind.OTHER)
                .forEach(unknown::add));
        assertTrue(unknown.isEmpty(), "teach Kind the names " + unknown + ", so that the report can say what they"
                + " serve");
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
