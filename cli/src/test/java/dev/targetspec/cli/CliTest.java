package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The commands, run in-process through their own writers. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static String registry() {
        return Path.of(System.getProperty("targetspec.root", "..")).resolve("targets").toString();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Run withRegistry(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--registry");
        all.add(registry());
        return run(all.toArray(String[]::new));
    }

    @Test
    void versionNamesTheTool() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("targetspec 0.1.0"), r.out());
    }

    @Test
    void helpTeachesEveryCommandAndTheExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String word : List.of("validate", "list", "show", "import", "Exit codes:", "2  usage or I/O error")) {
            assertTrue(r.out().contains(word), word);
        }
        Run v = run("help", "validate");
        assertTrue(v.out().contains("Examples:"), v.out());
    }

    @Test
    void everySubcommandTeachesWithHelp() {
        for (String[] cmd : List.of(new String[] {"validate"}, new String[] {"list"}, new String[] {"show"},
                new String[] {"render"}, new String[] {"import", "rustc"}, new String[] {"triple", "normalize"},
                new String[] {"docs"}, new String[] {"diff"}, new String[] {"rfc"}, new String[] {"new"},
                new String[] {"chips"}, new String[] {"chips", "show"}, new String[] {"import", "chips"})) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", cmd) + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: targetspec " + String.join(" ", cmd)), r.out());
        }
    }

    @Test
    void theUsageListsEverySubcommandInOrder() {
        Run usage = run("--help");
        int at = -1;
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = new picocli.CommandLine(command).getCommandName();
            int next = usage.out().indexOf("\n  " + name + " ");
            assertTrue(next > at, name + " is listed, in order");
            at = next;
        }
        Run one = run("validate", "--help");
        assertTrue(one.out().startsWith("Usage: targetspec validate"), one.out());
    }

    @Test
    void everyCommandIsNamedAsItsClassSpellsIt() {
        for (Class<?> command : Main.SUBCOMMANDS) {
            assertEquals(new picocli.CommandLine(command).getCommandName(), Main.conventionalName(command),
                    command.getName() + ": rename the class or the command, so the start-up finds it by its class");
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsTheNearestOne() {
        Run r = run("validat", "x.json");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: Unmatched arguments from index 0: 'validat', 'x.json'"), r.err());
        assertTrue(r.err().contains("\nDid you mean: validate"), r.err());
    }

    @Test
    void aUsageErrorIsOneLineAndExitTwo() {
        Run r = run("validate", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: Unknown option: '--no-such-option'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aFormatACommandDoesNotOfferIsAUsageError() {
        Run r = withRegistry("list", "--format", "sarif");
        assertEquals(2, r.code());
        assertEquals("error: --format sarif is not available here; use one of: text, json.\n", r.err());
    }

    @Test
    void aMissingFileIsAnIoError() {
        Run r = run("validate", dir.resolve("nope.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: no such file or folder: "), r.err());
    }

    @Test
    void listJsonHasTheFixedShape() {
        Run r = withRegistry("list", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = Json.MAPPER.readTree(r.out());
        assertTrue(list.size() >= 330, "targets: " + list.size());
        for (JsonNode row : list) {
            assertEquals(List.of("triple", "tier", "arch", "os", "env", "status", "description"),
                    new ArrayList<>(row.propertyNames()));
        }
        JsonNode mb2 = null;
        for (JsonNode row : list) {
            if (row.get("triple").asString().equals("x86_64-unknown-none-multiboot2")) {
                mb2 = row;
            }
        }
        assertEquals("proposed", mb2.get("status").asString());
        assertEquals("x86_64", mb2.get("arch").asString());
    }

    @Test
    void showResolvedMergesTheChain() {
        Run r = withRegistry("show", "x86_64-unknown-none-multiboot2", "--resolved");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# x86_64-unknown-none-multiboot2 ("), r.out());
        assertTrue(r.out().contains(" → x86_64-unknown-none-multiboot ("), r.out());
        JsonNode doc = Json.MAPPER.readTree(r.out().substring(r.out().indexOf('\n') + 1));
        assertEquals("multiboot2", doc.at("/boot/protocol").asString());
        assertEquals("static", doc.at("/rustc/relocation-model").asString());
        assertEquals("x86_64-unknown-none-elf", doc.at("/rustc/llvm-target").asString());
    }

    @Test
    void showOfAnUnknownTripleSaysHowToFindOne() {
        Run r = withRegistry("show", "nope-nope-nope");
        assertEquals(2, r.code());
        assertEquals("error: no target `nope-nope-nope` in the registry; `targetspec list` shows what there is.\n", r.err());
    }

    @Test
    void validateJsonHasTheFixedShapeAndExitOneWhenInvalid() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"arch\": 5\n}\n");
        Run r = withRegistry("validate", "--format", "json", bad.toString());
        assertEquals(1, r.code());
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertEquals(List.of("results", "summary"), new ArrayList<>(root.propertyNames()));
        JsonNode result = root.get("results").get(0);
        assertEquals(List.of("file", "target", "valid", "diagnostics"), new ArrayList<>(result.propertyNames()));
        assertFalse(result.get("valid").asBoolean());
        JsonNode d = result.get("diagnostics").get(0);
        assertEquals(List.of("rule", "severity", "pointer", "line", "column", "message"), new ArrayList<>(d.propertyNames()));
        assertEquals("{\"files\":1,\"valid\":0,\"invalid\":1}", root.get("summary").toString());
    }

    @Test
    void sarifNamesEveryRuleAndLocatesEveryResult() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"arch\": 5\n}\n");
        Run r = withRegistry("validate", "--format", "sarif", bad.toString());
        assertEquals(1, r.code());
        JsonNode run = Json.MAPPER.readTree(r.out()).at("/runs/0");
        assertTrue(run.at("/tool/driver/rules").size() >= 8);
        for (JsonNode res : run.get("results")) {
            assertTrue(res.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
        }
    }
}
