package dev.targetspec.it.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.fix.Fixer;
import dev.targetspec.it.rustc.Rustc;
import dev.targetspec.profile.Profile;
import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.Registry;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code targetspec fix} on every real file that a rustc rejects, judged by that rustc. rustc's verdict
 * on each fixed file is kept in {@code fix-verdicts.tsv} (file id, release, the SHA-256 of the fixed
 * text, rustc's verdict), recorded with the real compilers by running this test with
 * {@code -Drealworld.record=true}; each run checks that the fixer still writes exactly those texts, and
 * runs the real rustc on a sample of them ({@code -Drealworld.sample=N}, default 4 per release).
 *
 * <p>For each release: the fixed files that rustc accepts are at least 97% of the files a person could
 * fix; every file the fixer calls valid is accepted by rustc; the intent fields are those of the
 * original; and a file rustc already accepts is left byte for byte.
 */
class RealWorldFixTest {
    static final Path VERDICTS = RealWorldCorpus.ROOT.resolve("fix-verdicts.tsv");
    private static final List<RealWorldCorpus.Entry> CORPUS = RealWorldCorpus.load();
    /** What a target is, which a fix must keep: the fields and, for a renamed one, its old names. */
    private static final Map<String, List<String>> INTENT = new LinkedHashMap<>();

    static {
        INTENT.put("arch", List.of("arch"));
        INTENT.put("os", List.of("os"));
        INTENT.put("env", List.of("env", "target-env"));
        INTENT.put("vendor", List.of("vendor", "target-vendor"));
        INTENT.put("target-pointer-width", List.of("target-pointer-width", "target_pointer_width"));
        INTENT.put("target-endian", List.of("target-endian", "target_endian"));
        INTENT.put("panic-strategy", List.of("panic-strategy", "panic_strategy", "panic"));
    }

    @TestFactory
    Stream<DynamicTest> fixOnEveryRejectedFile() throws Exception {
        boolean record = Boolean.getBoolean("realworld.record");
        Map<String, String[]> recorded = readVerdicts();
        Map<String, String[]> out = new TreeMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String release : RealWorldCorpus.RELEASES) {
            Optional<Profile> profile = Profiles.named(release);
            if (profile.isEmpty()) {
                continue;
            }
            Fixer fixer = new Fixer(Registry.empty(), new Validator(Registry.empty(), profile.get()));
            Map<RealWorldCorpus.Entry, Fixer.Result> results = new LinkedHashMap<>();
            List<String> notJson = new ArrayList<>();
            for (RealWorldCorpus.Entry e : CORPUS) {
                try {
                    results.put(e, fixer.fix(e.file(), Files.readString(e.file(), StandardCharsets.UTF_8)));
                } catch (dev.targetspec.json.JsonSyntaxException ex) {
                    notJson.add(e.id() + ": " + ex.getMessage());
                }
            }
            tests.add(DynamicTest.dynamicTest(release + ": every file is strict JSON", () -> assertEquals(List.of(), notJson)));
            tests.add(DynamicTest.dynamicTest(release + ": a file rustc accepts is left byte for byte", () -> {
                for (var r : results.entrySet()) {
                    if (r.getKey().accepted(release)) {
                        assertEquals(r.getValue().before(), r.getValue().after(), r.getKey().id());
                    }
                }
            }));
            tests.add(DynamicTest.dynamicTest(release + ": the intent is kept", () -> {
                List<String> changed = new ArrayList<>();
                results.forEach((e, r) -> intentChange(r.before(), r.after()).ifPresent(c -> changed.add(e.id() + ": " + c)));
                assertEquals(List.of(), changed);
            }));
            tests.add(DynamicTest.dynamicTest(release + ": rustc accepts what fix makes", () -> {
                Optional<Rustc> rustc = record || sample() > 0 ? locate(profile.get()) : Optional.empty();
                if (record) {
                    assertTrue(rustc.isPresent(), "recording needs rustc " + profile.get().rustc());
                }
                List<String> stale = new ArrayList<>();
                List<String> wrong = new ArrayList<>();
                List<String> notFixed = new ArrayList<>();
                int fixable = 0;
                int accepted = 0;
                List<RealWorldCorpus.Entry> sampled = sampled(results.keySet().stream()
                        .filter(e -> !e.accepted(release)).toList(), release);
                for (var entry : results.entrySet()) {
                    RealWorldCorpus.Entry e = entry.getKey();
                    Fixer.Result r = entry.getValue();
                    if (e.accepted(release)) {
                        continue;
                    }
                    String key = e.id() + "\t" + release;
                    String sha = sha256(r.after());
                    String verdict;
                    if (record || (rustc.isPresent() && sampled.contains(e))) {
                        verdict = verdict(rustc.orElseThrow(), e, r.after());
                        String[] before = recorded.get(key);
                        if (!record && before != null && before[2].equals(sha) && !before[3].equals(verdict)) {
                            wrong.add(e.id() + ": recorded `" + before[3] + "`, rustc now says `" + verdict + "`");
                        }
                    } else {
                        String[] before = recorded.get(key);
                        if (before == null || !before[2].equals(sha)) {
                            stale.add(e.id());
                            continue;
                        }
                        verdict = before[3];
                    }
                    out.put(key, new String[] {e.id(), release, sha, verdict});
                    boolean ok = verdict.startsWith("accepted");
                    if (r.valid() && !ok) {
                        wrong.add(e.id() + ": fix says valid, rustc " + release + " says " + verdict);
                    }
                    if (!r.valid() && ok) {
                        wrong.add(e.id() + ": rustc " + release + " accepts the fixed file, fix says "
                                + r.remaining().diagnostics().stream().filter(d -> d.severity().label().equals("error"))
                                        .map(d -> d.rule() + " " + d.pointer()).toList());
                    }
                    if (e.unfixable(release)) {
                        continue;
                    }
                    fixable++;
                    if (ok) {
                        accepted++;
                    } else {
                        notFixed.add(e.id() + ": " + r.remaining().diagnostics().stream()
                                .filter(d -> d.severity().label().equals("error")).map(d -> d.rule() + ": " + d.message())
                                .toList());
                    }
                }
                System.out.printf("rustc %s: fix made %d of %d rejected files that a person could fix acceptable"
                        + " (%.1f%%)%n", release, accepted, fixable, 100.0 * accepted / Math.max(1, fixable));
                notFixed.forEach(n -> System.out.println("  NOT FIXED " + n));
                wrong.forEach(w -> System.out.println("  DISAGREES " + w));
                assertEquals(List.of(), stale, "fix writes other texts than fix-verdicts.tsv records; record again with "
                        + "-Drealworld.record=true");
                assertEquals(List.of(), wrong);
                assertTrue(accepted >= 0.97 * fixable, String.format("%d of %d (%.1f%%) fixed; at least 97%% must be",
                        accepted, fixable, 100.0 * accepted / Math.max(1, fixable)));
            }));
        }
        if (record) {
            tests.add(DynamicTest.dynamicTest("write fix-verdicts.tsv", () -> {
                StringBuilder b = new StringBuilder("id\trelease\tsha256\tverdict\n");
                out.values().forEach(v -> b.append(String.join("\t", v)).append('\n'));
                Files.writeString(VERDICTS, b.toString());
            }));
        }
        return tests.stream();
    }

    /** How the intent fields of {@code after} differ from those of {@code before}, if they do. */
    static Optional<String> intentChange(String before, String after) {
        // The original may have comments or a trailing comma, which fix removes.
        JsonMapper m = JsonMapper.builder().enable(tools.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA,
                tools.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        JsonNode a = m.readTree(before);
        JsonNode b = m.readTree(after);
        for (var f : INTENT.entrySet()) {
            String was = value(a, f.getValue());
            String now = value(b, f.getValue());
            // rustc has no OS `unknown`: it is its old spelling of `none`, which rustc asks for.
            if (f.getKey().equals("os") && was.equals("unknown") && now.equals("none")) {
                continue;
            }
            // A pointer width is required: a file without one had none to keep.
            if (f.getKey().equals("target-pointer-width") && was.isEmpty()) {
                continue;
            }
            // An empty vendor is rustc's default vendor `unknown`, which it now asks to be written or left out.
            if (f.getKey().equals("vendor") && was.isEmpty() && (now.isEmpty() || now.equals("unknown"))) {
                continue;
            }
            if (!was.equals(now)) {
                return Optional.of("`" + f.getKey() + "` was `" + was + "`, is `" + now + "`");
            }
        }
        return Optional.empty();
    }

    private static String value(JsonNode doc, List<String> names) {
        for (String n : names) {
            JsonNode v = doc.path(n);
            if (!v.isMissingNode() && !v.isNull()) {
                return v.asString("");
            }
        }
        return "";
    }

    private static Optional<Rustc> locate(Profile profile) {
        String command = profile.version().equals(Profiles.standard().version()) ? "rustc" : "rustc +nightly";
        Rustc rustc = new Rustc(command);
        try {
            return rustc.version().startsWith(profile.rustc().replaceFirst(" \\(.*", "")) ? Optional.of(rustc)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String verdict(Rustc rustc, RealWorldCorpus.Entry e, String text) throws IOException {
        Path dir = Files.createTempDirectory("fix-verdict");
        try {
            Path file = dir.resolve(e.file().getFileName());
            Files.writeString(file, text);
            Rustc.Verdict v = rustc.verdict(file, dir);
            return v.accepted() ? "accepted" : "rejected " + v.stage().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + v.firstError().replace('\t', ' ').replace('\n', ' ');
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int sample() {
        return Integer.getInteger("realworld.sample", 4);
    }

    private static List<RealWorldCorpus.Entry> sampled(List<RealWorldCorpus.Entry> rejected, String release) {
        List<RealWorldCorpus.Entry> copy = new ArrayList<>(rejected);
        java.util.Collections.shuffle(copy, new Random(Long.getLong("realworld.seed", System.nanoTime())
                ^ release.hashCode()));
        return copy.subList(0, Math.min(sample(), copy.size()));
    }

    private static Map<String, String[]> readVerdicts() throws IOException {
        Map<String, String[]> out = new TreeMap<>();
        if (!Files.exists(VERDICTS)) {
            return out;
        }
        for (String line : Files.readAllLines(VERDICTS).subList(1, Files.readAllLines(VERDICTS).size())) {
            String[] p = line.split("\t", -1);
            out.put(p[0] + "\t" + p[1], p);
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
