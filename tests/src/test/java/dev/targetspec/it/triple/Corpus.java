package dev.targetspec.it.triple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the committed triple data under tests/src/test/resources/triple. */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        String root = System.getProperty("targetspec.root");
        if (root == null) {
            throw new IllegalStateException("system property targetspec.root is not set");
        }
        return Path.of(root);
    }

    static Path resource(String name) {
        return root().resolve("tests/src/test/resources/triple").resolve(name);
    }

    /** Non-blank lines that are not '#' comments, in file order. */
    static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** A documented deliberate difference: the input, both outputs and the reason. */
    record Difference(String input, String reference, String ours, String reason) {
    }

    /** Tab-separated: input, reference output, our output, reason. */
    static Map<String, Difference> differences(Path file) throws IOException {
        Map<String, Difference> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[3].isBlank()) {
                throw new IllegalStateException("malformed difference line in " + file + ": " + line);
            }
            if (out.put(f[0], new Difference(f[0], f[1], f[2], f[3])) != null) {
                throw new IllegalStateException("duplicate difference for " + f[0] + " in " + file);
            }
        }
        return out;
    }

    /**
     * How our answers compare with a reference's.
     *
     * @param agree how many inputs got the reference's answer
     * @param documentedSeen inputs whose difference the differences file records, with both answers exactly
     * @param undocumented every other difference, as {@code input, reference=answer, ours=answer}
     */
    record Comparison(int agree, List<String> documentedSeen, List<String> undocumented) {
        /** The documented differences that no longer occur. */
        List<String> stale(Map<String, Difference> documented) {
            List<String> stale = new ArrayList<>(documented.keySet());
            stale.removeAll(documentedSeen);
            return stale;
        }
    }

    /** Compares {@code ours} with each answer of {@code reference} (input to answer), named {@code referenceName}. */
    static Comparison compare(Map<String, String> reference, Function<String, String> ours,
            Map<String, Difference> documented, String referenceName) {
        int agree = 0;
        List<String> seen = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, String> e : reference.entrySet()) {
            String answer = ours.apply(e.getKey());
            if (answer.equals(e.getValue())) {
                agree++;
                continue;
            }
            Difference d = documented.get(e.getKey());
            if (d != null && d.reference().equals(e.getValue()) && d.ours().equals(answer)) {
                seen.add(e.getKey());
            } else {
                undocumented.add(e.getKey() + "\t" + referenceName + "=" + e.getValue() + "\tours=" + answer);
            }
        }
        return new Comparison(agree, seen, undocumented);
    }

    static String docs() throws IOException {
        return Files.readString(root().resolve("docs/triples.md"), StandardCharsets.UTF_8);
    }
}
