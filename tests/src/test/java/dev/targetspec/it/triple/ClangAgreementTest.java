package dev.targetspec.it.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.targetspec.triple.LlvmTriple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The LLVM-style normalizer against the real clang 22: for every triple in
 * llvm-corpus.txt, {@code clang --target=T -print-target-triple} must print
 * what {@link LlvmTriple#normalize} returns, except for the deliberate
 * differences listed in llvm-deliberate-differences.tsv (and in docs/triples.md).
 *
 * <p>The clang binary is {@code clang-22} on the PATH (Debian package
 * {@code clang-22}), or the one named by {@code -Dtargetspec.clang=...}.
 */
class ClangAgreementTest {

    private static final double REQUIRED_AGREEMENT = 0.995;

    private static String clang() {
        return System.getProperty("targetspec.clang", "clang-22");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        return out.strip();
    }

    @Test
    void agreesWithClang22() throws Exception {
        String version;
        try {
            version = run(clang(), "--version");
        } catch (IOException e) {
            fail("cannot run '" + clang() + "' (install the Debian package clang-22): " + e.getMessage());
            return;
        }
        assertTrue(version.contains("clang version 22."),
                "the reference must be clang 22, got: " + version.lines().findFirst().orElse(""));

        List<String> corpus = Corpus.lines(Corpus.resource("llvm-corpus.txt"));
        assertTrue(corpus.size() >= 1000, "corpus has only " + corpus.size() + " triples");
        Map<String, Corpus.Difference> documented =
                Corpus.differences(Corpus.resource("llvm-deliberate-differences.tsv"));

        Map<String, String> reference = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<String>> pending = new LinkedHashMap<>();
            for (String triple : corpus) {
                pending.put(triple, pool.submit(() -> run(clang(), "--target=" + triple, "-print-target-triple")));
            }
            for (Map.Entry<String, Future<String>> e : pending.entrySet()) {
                reference.put(e.getKey(), e.getValue().get());
            }
        } finally {
            pool.shutdownNow();
        }

        Corpus.Comparison c = Corpus.compare(reference, LlvmTriple::normalize, documented, "clang");
        int agree = c.agree();
        List<String> undocumented = c.undocumented();
        List<String> documentedSeen = c.documentedSeen();
        double rate = (double) agree / reference.size();
        System.out.printf("LLVM style vs %s: %d of %d agree (%.2f%%); %d documented differences%n",
                version.lines().findFirst().orElse(clang()), agree, reference.size(), 100 * rate,
                documentedSeen.size());

        assertEquals(List.of(), undocumented, "differences from clang that are not documented");
        assertTrue(rate >= REQUIRED_AGREEMENT, String.format("agreement %.3f%% is below 99.5%%", 100 * rate));
        String docs = Corpus.docs();
        for (String triple : documentedSeen) {
            assertTrue(docs.contains("`" + triple + "`"), "docs/triples.md does not list " + triple);
        }
    }
}
