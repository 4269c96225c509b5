package dev.targetspec.it.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs too large or too odd to commit: written into a folder at test time. Each is a
 * case like a line of {@code hostile/expected.tsv}.
 */
final class Generated {
    private static final int MIB = 1024 * 1024;

    private Generated() {
    }

    /** Writes the files into {@code dir} and returns their cases. */
    static List<Case> write(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Case> cases = new ArrayList<>();
        // 30 MB: refused by its size, before it is read.
        Path huge = dir.resolve("huge-30mb.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"metadata\": {\"description\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "A".repeat(MIB).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
            out.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        }
        cases.add(Case.file(huge, 1, "error[json-limit]: The file is 31457313 bytes; the limit is 4194304 bytes."));
        // 200,000 levels of arrays, and of objects: refused at level 65, without a stack overflow.
        cases.add(Case.file(text(dir, "deep-arrays-200000.json", "[".repeat(200_000) + "]".repeat(200_000)), 1,
                "error[json-limit]: The JSON nests deeper than 64 levels."));
        cases.add(Case.file(text(dir, "deep-objects-200000.json", "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000)),
                1, "error[json-limit]: The JSON nests deeper than 64 levels."));
        // 5,000-digit numbers.
        cases.add(Case.file(text(dir, "number-5000-digits.json", "{\"rustc\": {\"target-pointer-width\": "
                + "9".repeat(5000) + "}}"), 1, "error[json-limit]: A number is longer than 40 characters."));
        cases.add(Case.file(text(dir, "fraction-5000-digits.json", "{\"rustc\": {\"target-pointer-width\": 0."
                + "0".repeat(4999) + "1}}"), 1, "error[json-limit]: A number is longer than 40 characters."));
        // Strings and keys over the string limit in a file under the size limit.
        cases.add(Case.file(text(dir, "string-2mib.json", "{\"$comment\": \"" + "x".repeat(2 * MIB) + "\"}"), 1,
                "error[json-limit]: A string is longer than 1048576 characters."));
        cases.add(Case.file(text(dir, "key-2mib.json", "{\"" + "k".repeat(2 * MIB) + "\": 1}"), 1,
                "error[json-limit]: A string is longer than 1048576 characters."));
        // Wide: 50,000 unknown fields, each reported on its own line.
        StringBuilder wide = new StringBuilder("{\"arch\": \"x86_64\", \"target-pointer-width\": 64");
        for (int i = 0; i < 50_000; i++) {
            wide.append(", \"unknown-").append(i).append("\": ").append(i);
        }
        cases.add(Case.file(text(dir, "wide-50000-fields.json", wide.append('}').toString()), 1,
                "error[schema]: Unknown field `unknown-49999`: rustc 1.95 has no such field"));
        // Long: 100,000 maintainers that are not strings.
        cases.add(Case.file(text(dir, "x86_64-unknown-none-long-array.json", "{\"$schema\": \"x\", \"triple\": "
                + "\"x86_64-unknown-none-long-array\", \"inherits\": \"x86_64-unknown-none\", \"metadata\": {\"status\": "
                + "\"custom\", \"maintainers\": [" + "1,".repeat(99_999) + "1]}}"), 1,
                "error[schema]: Field `metadata/maintainers/99999` must be a string, not an integer."));
        // Not regular files: a link to an endless device, and a FIFO nobody writes to.
        Path zero = dir.resolve("link-to-dev-zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        cases.add(Case.file(zero, 2, "is not a regular file"));
        Path fifo = dir.resolve("fifo.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            cases.add(Case.file(fifo, 2, "is not a regular file"));
        }
        // A file name that tries to forge a second output line.
        cases.add(Case.file(text(dir, "x86_64-evil\nerror: forged.json", "{}"), 1,
                "x86_64-evil\\u000aerror: forged.json:1:1: error[schema]: Required field `$schema` is missing."));
        // 3,000 targets in one inheritance chain that ends at a missing base.
        Path chain = dir.resolve("registry-long-chain");
        Files.createDirectories(chain.resolve("custom"));
        for (int i = 0; i < 3000; i++) {
            text(chain.resolve("custom"), "x86_64-chain-" + i + ".json", "{\"$schema\": \"x\", \"triple\": \"x86_64-chain-"
                    + i + "\", \"inherits\": \"x86_64-chain-" + (i + 1) + "\", \"metadata\": {\"status\": \"custom\"}, "
                    + "\"rustc\": {}}");
        }
        cases.add(Case.registry(chain, 1, "error[inherits-missing]: `inherits` names `x86_64-chain-3000`, which is not in "
                + "the registry (chain: x86_64-chain-0 → x86_64-chain-1 → x86_64-chain-2 → … 2995 more … → "
                + "x86_64-chain-2998 → x86_64-chain-2999 → x86_64-chain-3000); did you mean `x86_64-chain-1000`"));
        return cases;
    }

    private static Path text(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write(content);
        }
        return p;
    }
}
