package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FixCommandTest {
    /** phil-opp/blog_os's x86_64-blog_os.json at 8f69dfa6 (2018), which rustc 1.95 rejects four times over. */
    private static final Path OLD = Path.of(System.getProperty("targetspec.root", ".."))
            .resolve("validator/src/test/resources/fix/blog_os-2018.json");
    private static final Path FIXED = OLD.resolveSibling("blog_os-2018.fixed.json");

    @TempDir
    Path dir;

    private Path copy() throws Exception {
        Path f = dir.resolve("x86_64-blog_os.json");
        Files.copy(OLD, f);
        return f;
    }

    @Test
    void fixRewritesTheFileAndSaysWhyForEachChange() throws Exception {
        Path f = copy();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        CliTest.Run r = CliTest.run("fix", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(Files.readString(FIXED).replace("\"x86-softfloat\"", "\"softfloat\""), Files.readString(f));
        assertTrue(r.out().contains("Rename `panic` to `panic-strategy`."), r.out());
        assertTrue(r.out().contains("(needed since rustc "), r.out());
        assertTrue(r.out().contains("    because: "), r.out());
        assertTrue(r.out().strip().endsWith("x86_64-blog_os.json: valid for rustc 1.95.0."), r.out());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), "the file keeps its mode");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file is left");
        }

        CliTest.Run again = CliTest.run("fix", f.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("valid for rustc 1.95.0; nothing to change."), again.out());
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        Path f = copy();
        byte[] before = Files.readAllBytes(f);
        CliTest.Run r = CliTest.run("fix", "--dry-run", f.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertTrue(r.out().contains("--- a/") && r.out().contains("+++ b/") && r.out().contains("@@ -"), r.out());
        assertTrue(r.out().contains("-  \"target-pointer-width\": \"64\",") && r.out().contains("+  \"target-pointer-width\": 64,"),
                r.out());
        assertTrue(r.out().contains("would change"), r.out());
    }

    @Test
    void whatNeedsADecisionIsListedWithExitCodeOne() throws Exception {
        Path f = Files.writeString(dir.resolve("x86_64-choice.json"), "{\n  \"llvm-target\": \"x86_64-unknown-none\",\n"
                + "  \"arch\": \"x86_64\",\n  \"target-pointer-width\": \"64\",\n  \"cpu\": \"pentium\"\n}\n");
        CliTest.Run r = CliTest.run("fix", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("left for you to decide:"), r.out());
        assertTrue(r.out().contains("[known-cpu]") || r.out().contains("[llvm-fatal-cpu]"), r.out());
        assertTrue(Files.readString(f).contains("\"target-pointer-width\": 64,"), "the mechanical fixes are still made");
    }

    @Test
    void jsonOutputListsChangesAndWhatRemains() throws Exception {
        Path f = copy();
        CliTest.Run r = CliTest.run("fix", "--dry-run", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode out = JsonMapper.builder().build().readTree(r.out());
        assertEquals(1, out.size());
        assertTrue(out.get(0).get("changed").asBoolean());
        assertTrue(out.get(0).get("valid").asBoolean());
        assertTrue(out.get(0).get("changes").size() >= 4, r.out());
        assertEquals(0, out.get(0).get("remaining").size(), r.out());
    }

    @Test
    void usageAndInputErrorsAreExitCodeTwo() throws Exception {
        CliTest.Run missing = CliTest.run("fix", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: no such file or folder"), missing.err());
        CliTest.Run rustc = CliTest.run("fix", "--rustc", "9.99", copy().toString());
        assertEquals(2, rustc.code());
        assertTrue(rustc.err().contains("--rustc 9.99 is not a rustc targetspec has a profile of; use one of 1.95.0"),
                rustc.err());
        CliTest.Run none = CliTest.run("fix");
        assertEquals(2, none.code());
    }

    @Test
    void aFileThatIsNotJsonIsReportedAndLeftAlone() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.json"), "{\"arch\": \"x86_64\"\n");
        CliTest.Run r = CliTest.run("fix", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("No fix applies to a file that is not strict JSON"), r.err());
        assertEquals("{\"arch\": \"x86_64\"\n", Files.readString(f));
    }

    @Test
    void commentsTrailingCommasAndRepeatedMembersAreMended() throws Exception {
        String fixed = Files.readString(FIXED).replace("\"x86-softfloat\"", "\"softfloat\"");
        // The hand-fixed file with a comment line, a repeated member and a comma before the closing brace.
        String broken = fixed.replace("{\n", "{\n  // my kernel\n").replace("  \"os\": \"none\",\n",
                "  \"os\": \"none\",\n  \"os\": \"none\",\n").replace("\"softfloat\"\n}", "\"softfloat\",\n}");
        Path f = Files.writeString(dir.resolve("x86_64-blog_os.json"), broken);
        CliTest.Run r = CliTest.run("fix", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(fixed, Files.readString(f));
        assertTrue(r.out().contains("Removed 1 comment") && r.out().contains("Removed 1 comma")
                && r.out().contains("repeats a member"), r.out());
    }

    @Test
    void validateGivesOneVerdictPerRustcAndNamesTheFirstThatRejects() throws Exception {
        // rustc 1.95 accepts an aarch64 soft-float file without `rustc-abi`; from 1.96 it needs one.
        Path f = Files.writeString(dir.resolve("aarch64-kernel.json"), "{\n  \"llvm-target\": \"aarch64-unknown-none\",\n"
                + "  \"data-layout\": \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32\",\n"
                + "  \"arch\": \"aarch64\",\n  \"target-pointer-width\": 64,\n  \"abi\": \"softfloat\",\n"
                + "  \"features\": \"+v8a,+strict-align,-neon,-fp-armv8\",\n  \"panic-strategy\": \"abort\"\n}\n");
        CliTest.Run all = CliTest.run("validate", "--rustc", "all", f.toString());
        assertEquals(1, all.code(), all.out() + all.err());
        assertTrue(all.out().contains("== rustc 1.95.0") && all.out().contains("== rustc 1.97.0-nightly"), all.out());
        assertTrue(all.out().contains("aarch64-kernel.json: rustc 1.95.0 valid, rustc 1.97.0-nightly invalid; the first"
                + " rustc that rejects it is 1.97.0-nightly."), all.out());
        CliTest.Run fix = CliTest.run("fix", "--rustc", "1.97", f.toString());
        assertEquals(0, fix.code(), fix.out() + fix.err());
        assertTrue(Files.readString(f).contains("\"rustc-abi\": \"softfloat\""), Files.readString(f));
        assertEquals(0, CliTest.run("validate", "--rustc", "1.97", f.toString()).code());
        // The two rustcs want different files: 1.95 refuses `rustc-abi` `softfloat` on aarch64.
        CliTest.Run after = CliTest.run("validate", "--rustc", "all", f.toString());
        assertTrue(after.out().contains("the first rustc that rejects it is 1.95.0."), after.out());
    }
}
