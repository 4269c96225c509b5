package dev.targetspec.it.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.targetspec.triple.DataLayouts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link DataLayouts} against clang 22: for every triple of llvm-corpus.txt, the layout clang writes
 * into {@code target datalayout} (recorded in clang-data-layouts.tsv) must be the derived one for
 * that triple without an ABI name, except for the differences listed with a reason in
 * data-layout-deliberate-differences.tsv. A second test asks the live clang again for a sample of
 * the recorded triples, so the recording cannot go stale.
 *
 * <p>The sample's seed is the UTC date unless {@code -Dclang.sample.seed=N} is given; it is printed
 * so that a failure can be replayed. {@code -Dclang.sample.size=N} changes the size (150). The clang
 * binary is {@code clang-22} on the PATH or the one named by {@code -Dtargetspec.clang=...}.
 */
class ClangDataLayoutTest {

    /** A recorded answer: clang's layout, or {@code !} and its first error line when clang refused the triple. */
    record Recorded(String triple, String answer) {
        boolean refused() {
            return answer.startsWith("!");
        }
    }

    static List<Recorded> recorded() throws IOException {
        List<Recorded> out = new ArrayList<>();
        for (String line : Corpus.lines(Corpus.resource("clang-data-layouts.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[1].isEmpty()) {
                throw new IllegalStateException("malformed line in clang-data-layouts.tsv: " + line);
            }
            out.add(new Recorded(f[0], f[1]));
        }
        return out;
    }

    @Test
    void theRecordingCoversTheCorpus() throws IOException {
        List<String> corpus = Corpus.lines(Corpus.resource("llvm-corpus.txt"));
        assertEquals(corpus, recorded().stream().map(Recorded::triple).toList(),
                "clang-data-layouts.tsv lists the triples of llvm-corpus.txt in order");
        String header = Files.readAllLines(Corpus.resource("clang-data-layouts.tsv")).get(0);
        assertTrue(header.contains("clang version 22."), "the recording names clang 22: " + header);
    }

    @Test
    void derivationAgreesWithClang() throws IOException {
        List<Recorded> all = recorded();
        Map<String, Corpus.Difference> documented =
                Corpus.differences(Corpus.resource("data-layout-deliberate-differences.tsv"));
        Map<String, String> answered = new LinkedHashMap<>();
        for (Recorded r : all) {
            if (!r.refused()) {
                answered.put(r.triple(), r.answer());
            }
        }
        int refused = all.size() - answered.size();
        int compared = answered.size();
        Corpus.Comparison c = Corpus.compare(answered, t -> DataLayouts.defaultLayout(t, "").orElse("(none)"),
                documented, "clang");
        System.out.printf("[ClangDataLayoutTest] %d triples: clang refuses %d; of the other %d, %d agree, "
                + "%d documented differences%n", all.size(), refused, compared, c.agree(), c.documentedSeen().size());
        assertTrue(compared >= 1000, "only " + compared + " triples compared");
        assertEquals(List.of(), c.undocumented(), "differences from clang that are not documented");
        assertEquals(List.of(), c.stale(documented), "documented differences that no longer occur");
    }

    @Test
    void clangStillSaysWhatIsRecorded() throws Exception {
        String version;
        try {
            version = run(clang(), "--version").out();
        } catch (IOException e) {
            fail("cannot run '" + clang() + "' (install the Debian package clang-22): " + e.getMessage());
            return;
        }
        assertTrue(version.contains("clang version 22."),
                "the reference must be clang 22, got: " + version.lines().findFirst().orElse(""));

        long seed = Long.getLong("clang.sample.seed", LocalDate.now(ZoneOffset.UTC).toEpochDay());
        int size = Integer.getInteger("clang.sample.size", 150);
        List<Recorded> sample = new ArrayList<>(recorded());
        Collections.shuffle(sample, new Random(seed));
        sample = new ArrayList<>(sample.subList(0, Math.min(size, sample.size())));
        Map<String, Corpus.Difference> documented =
                Corpus.differences(Corpus.resource("data-layout-deliberate-differences.tsv"));
        for (Recorded r : recorded()) {
            if (documented.containsKey(r.triple()) && !sample.contains(r)) {
                sample.add(r);
            }
        }
        System.out.println("[ClangDataLayoutTest] " + version.lines().findFirst().orElse("") + ", sample seed "
                + seed + " (replay with -Dclang.sample.seed=" + seed + "), " + sample.size() + " triples");

        Map<Recorded, Future<Answer>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Recorded r : sample) {
                pending.put(r, pool.submit(() -> run(clang(), "--target=" + r.triple(), "-S", "-emit-llvm",
                        "-o", "-", "-x", "c", "/dev/null")));
            }
            List<String> changed = new ArrayList<>();
            for (Map.Entry<Recorded, Future<Answer>> e : pending.entrySet()) {
                Recorded r = e.getKey();
                String now = e.getValue().get().layoutOrError();
                boolean same = r.refused() ? now.startsWith("!") : now.equals(r.answer());
                if (!same) {
                    changed.add(r.triple() + "\trecorded=" + r.answer() + "\tnow=" + now);
                }
            }
            assertEquals(List.of(), changed, "clang no longer says what clang-data-layouts.tsv records");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String clang() {
        return System.getProperty("targetspec.clang", "clang-22");
    }

    /** What clang printed. */
    record Answer(String out, String err) {
        /** The {@code target datalayout} string, or {@code !} and the first error line. */
        String layoutOrError() {
            for (String line : out.lines().toList()) {
                if (line.startsWith("target datalayout = \"") && line.endsWith("\"")) {
                    return line.substring("target datalayout = \"".length(), line.length() - 1);
                }
            }
            return "!" + err.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("error")).findFirst()
                    .orElse("no layout");
        }
    }

    private static Answer run(String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("clang", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            return new Answer(out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
