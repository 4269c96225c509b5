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
    void theLanguageServerRefusesAnUnknownRustcBeforeTheProtocolStarts() {
        Run r = run("lsp", "--rustc", "1.42");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "nothing reaches the protocol stream");
        assertTrue(r.err().startsWith("error: --rustc 1.42 is not a rustc targetspec has a profile of; use one of 1.95.0, "),
                r.err());
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
        assertEquals("error: no target `nope-nope-nope` in the registry; `targetspec list` shows what there is, and a"
                + " spec file is named by its path (ending in `.json`).\n", r.err());
    }

    @Test
    void validateJsonHasTheFixedShapeAndExitOneWhenInvalid() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"arch\": 5\n}\n");
        Run r = withRegistry("validate", "--format", "json", bad.toString());
        assertEquals(1, r.code());
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertEquals(List.of("rustc", "results", "summary"), new ArrayList<>(root.propertyNames()));
        assertEquals("1.95.0", root.get("rustc").asString(), "the verdict says which rustc it is for");
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

    /** The checkout's registry, as the bundled one; the test's folder as the project's own. */
    static Run bundledAnd(Path project, String... args) {
        String was = System.getProperty("targetspec.registry");
        System.setProperty("targetspec.registry", registry());
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--registry");
            all.add(project.toString());
            return run(all.toArray(String[]::new));
        } finally {
            if (was == null) {
                System.clearProperty("targetspec.registry");
            } else {
                System.setProperty("targetspec.registry", was);
            }
        }
    }

    static final String OS_SPEC = """
            {
              "$schema": "../../schema/target-spec.schema.json",
              "triple": "x86_64-os",
              "inherits": "x86_64-unknown-none-multiboot2",
              "metadata": {"description": "my OS", "status": "custom", "tier": null, "std": false,
                "host-tools": false}
            }
            """;

    @Test
    void aProjectFolderAddsToTheBundledRegistry() throws Exception {
        Files.writeString(dir.resolve("x86_64-os.json"), OS_SPEC);
        Run list = bundledAnd(dir, "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("\nx86_64-os "), list.out());
        assertTrue(list.out().contains("\nx86_64-unknown-none-multiboot2 "), list.out());
        assertTrue(list.out().contains("(bundled, 331 targets) + " + dir + " (1 target)\n"), list.out());
        Run show = bundledAnd(dir, "show", "x86_64-unknown-none-multiboot2");
        assertEquals(0, show.code(), show.err());
        Run validate = bundledAnd(dir, "validate", dir.resolve("x86_64-os.json").toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().startsWith("1 file: 1 valid, 0 invalid, for rustc 1.95.0\nregistry: "), validate.out());
        Run render = bundledAnd(dir, "render", "x86_64-os", "--artifact", "linker-script");
        assertEquals(0, render.code(), render.err());
        assertTrue(render.out().contains("Generated by targetspec 0.1.0 from x86_64-os.json."), render.out());
        Run bundled = bundledAnd(dir, "render", "x86_64-unknown-none-multiboot2", "--artifact", "linker-script");
        assertTrue(bundled.out().contains(" from x86_64/x86_64-unknown-none-multiboot2.json."), "no local path");
    }

    @Test
    void everyCommandThatTakesATargetTakesASpecFile() throws Exception {
        Path spec = dir.resolve("x86_64-os.json");
        Files.writeString(spec, OS_SPEC.replace("\"custom\"", "\"proposed\""));
        String file = spec.toString();
        Run show = withRegistry("show", file, "--resolved");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().startsWith("# x86_64-os ("), show.out());
        Run diff = withRegistry("diff", "x86_64-unknown-none-multiboot2", file);
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().startsWith("--- x86_64-unknown-none-multiboot2\n+++ x86_64-os\n"), diff.out());
        Run rfc = withRegistry("rfc", file, "--no-rustc", "-o", dir.resolve("rfc.md").toString());
        assertTrue(rfc.code() <= 1, rfc.err());
        assertTrue(Files.readString(dir.resolve("rfc.md")).contains("### `x86_64-os`"));
        Path custom = Files.createDirectories(dir.resolve("custom")).resolve("x86_64-os.json");
        Files.writeString(custom, OS_SPEC);
        Run crate = withRegistry("new", custom.toString(), dir.resolve("os").toString(), "--host",
                "x86_64-unknown-linux-gnu");
        assertEquals(0, crate.code(), crate.err());
        assertTrue(Files.isRegularFile(dir.resolve("os/x86_64-os.json")));
    }

    @Test
    void aMistypedTripleGetsDidYouMeanInEveryCommand() throws Exception {
        String typo = "x86_64-unknown-none-multiboot3";
        String[][] commands = {{"show", typo}, {"diff", typo, "x86_64-unknown-none"},
            {"render", typo, "--artifact", "entry"}, {"new", typo, dir.resolve("k").toString()},
            {"rfc", typo, "-o", dir.resolve("r.md").toString()}};
        for (String[] c : commands) {
            Run r = withRegistry(c);
            assertEquals(2, r.code(), String.join(" ", c));
            assertTrue(r.err().contains("did you mean `x86_64-unknown-none-multiboot` or"
                    + " `x86_64-unknown-none-multiboot2`?"), String.join(" ", c) + ": " + r.err());
        }
    }

    @Test
    void listFiltersByArchOsEnvStatusAndTier() {
        Run arm = withRegistry("list", "--arch", "arm", "--os", "none", "--format", "json");
        assertEquals(0, arm.code(), arm.err());
        JsonNode rows = Json.MAPPER.readTree(arm.out());
        assertTrue(rows.size() > 5, arm.out());
        for (JsonNode row : rows) {
            assertEquals("arm", row.get("arch").asString());
            assertEquals("none", row.get("os").asString());
        }
        JsonNode proposed = Json.MAPPER.readTree(withRegistry("list", "--status", "proposed", "--format", "json").out());
        assertTrue(proposed.size() >= 4);
        proposed.forEach(r -> assertEquals("proposed", r.get("status").asString()));
        JsonNode tiers = Json.MAPPER.readTree(withRegistry("list", "--tier", "1,none", "--env", "none",
                "--format", "json").out());
        assertTrue(tiers.size() > 0);
        tiers.forEach(r -> assertTrue((r.get("tier").isNull() || r.get("tier").asInt() == 1)
                && r.get("env").asString().isEmpty(), r.toString()));
        Run text = withRegistry("list", "--status", "proposed");
        assertTrue(text.out().contains(proposed.size() + " targets of "), text.out());
        Run typo = withRegistry("list", "--arch", "x86-64");
        assertEquals(2, typo.code());
        assertEquals("error: --arch x86-64 matches no target; did you mean `x86_64`?\n", typo.err());
    }

    @Test
    void validateReadsStandardInputAndReportsMissingAndEmptyPaths() throws Exception {
        Path good = Files.writeString(dir.resolve("x86_64-os.json"), OS_SPEC);
        java.io.InputStream was = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(OS_SPEC.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run stdin = withRegistry("validate", "-");
            assertEquals(0, stdin.code(), stdin.out() + stdin.err());
            assertTrue(stdin.out().startsWith("1 file: 1 valid, 0 invalid, for rustc 1.95.0\n"), stdin.out());
        } finally {
            System.setIn(was);
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run some = withRegistry("validate", dir.resolve("missing.json").toString(), good.toString(), empty.toString());
        assertEquals(2, some.code(), some.out() + some.err());
        assertTrue(some.err().contains("error: no such file or folder: " + dir.resolve("missing.json")), some.err());
        assertTrue(some.err().contains("error: no spec files in "), some.err());
        assertTrue(some.out().startsWith("1 file: 1 valid, 0 invalid"), "the other file is still validated: "
                + some.out());
    }

    static final String AARCH64_MULTIBOOT2 = """
            {
              "$schema": "../../schema/target-spec.schema.json",
              "triple": "aarch64-unknown-none-multiboot2",
              "inherits": "aarch64-unknown-none",
              "metadata": {"description": "AArch64 kernel loaded by Multiboot2", "status": "proposed", "tier": null,
                "std": false, "host-tools": false, "maintainers": ["@someone"], "license": "MIT OR Apache-2.0",
                "proprietary-dependencies": [], "building": "Build core with build-std.",
                "testing": "Boot it in QEMU."},
              "boot": {"protocol": "multiboot2"},
              "layout": {"load-base": "1M"}
            }
            """;

    @Test
    void anRfcForAnInvalidTargetListsItsErrorsAsNotMetAndHasNoArtifacts() throws Exception {
        Path spec = Files.writeString(dir.resolve("aarch64-unknown-none-multiboot2.json"), AARCH64_MULTIBOOT2);
        Path draft = dir.resolve("draft.md");
        Run r = withRegistry("rfc", spec.toString(), "--no-rustc", "-o", draft.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("invalid, so the draft has no artifacts"), r.out());
        assertTrue(r.out().contains("  not met: validation. error[layout-boot-header]"), r.out());
        String text = Files.readString(draft);
        assertTrue(text.contains("- [ ] **Validation.** The spec passes `targetspec validate`. *not met*: error\\["),
                text);
        assertFalse(text.contains("#### Artifacts"), "no artifacts for an invalid target");
        assertFalse(text.contains("EAX") || text.contains("protected mode"), "no x86 machine state");
    }

    @Test
    void docsRefusesAFolderItDidNotWriteAndExitsOneForAnInvalidTarget() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "mine");
        Run refused = withRegistry("docs", "-o", site.toString());
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().startsWith("error: ") && refused.err().contains("--force"), refused.err());
        assertEquals("mine", Files.readString(site.resolve("index.html")));

        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("aarch64-unknown-none-multiboot2.json"), AARCH64_MULTIBOOT2);
        Run invalid = bundledAnd(project, "docs", "-o", dir.resolve("out").toString());
        assertEquals(1, invalid.code(), invalid.out() + invalid.err());
        assertTrue(invalid.err().contains("error: aarch64-unknown-none-multiboot2 is invalid, so its page has no"
                + " artifacts"), invalid.err());
        assertTrue(Files.readString(dir.resolve("out/targets/aarch64-unknown-none-multiboot2.html"))
                .contains("No artifacts: targetspec renders only valid targets"));
    }

    /** Every command's help, nested commands included, as an 80-column terminal shows it. */
    static java.util.Map<String, String> everyHelp() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.full()));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            c.setUsageHelpAutoWidth(false);
            c.setUsageHelpWidth(80);
            out.put(c.getCommandSpec().qualifiedName(), c.getUsageMessage());
            todo.addAll(c.getSubcommands().values().stream().filter(s -> s.getParent() == c).toList());
        }
        return out;
    }

    @Test
    void noExampleIsWrappedInTheMiddleOfAToken() {
        for (var e : everyHelp().entrySet()) {
            String help = e.getValue();
            int examples = help.indexOf("Examples:\n");
            if (examples < 0) {
                continue;
            }
            for (String line : help.substring(examples).lines().skip(1).toList()) {
                if (line.isBlank()) {
                    break;
                }
                assertTrue(line.startsWith("  targetspec ") || line.startsWith("      ") || line.startsWith("  cd ")
                        || line.startsWith("  source ") || line.startsWith("  git clone "), e.getKey() + ": an example line was wrapped: `" + line + "`");
            }
            List<String> lines = help.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertTrue(line.length() <= 80, e.getKey() + ": longer than 80 columns: " + line);
                // A word broken at a dot or slash, as in `.cargo/config.` then `toml`, cannot be copied.
                String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                boolean inExamples = help.lines().limit(i + 1).anyMatch(l -> l.equals("Examples:"));
                assertFalse(!inExamples && line.matches(".*[A-Za-z0-9][./]") && next.matches("[a-z/].*"),
                        e.getKey() + ": a word is broken across lines: `" + line + "` / `" + next + "`");
            }
        }
    }

    @Test
    void formatAndArtifactListEachValueOnceAndOnlyWhatTheCommandTakes() {
        java.util.Map<String, String> help = everyHelp();
        for (String command : List.of("targetspec list", "targetspec show", "targetspec diff", "targetspec triple parse",
                "targetspec triple explain")) {
            assertTrue(help.get(command).contains("--format=FORMAT   ") || help.get(command).contains("--format=FORMAT "),
                    command);
            assertTrue(help.get(command).contains("Output form: text, json. Default: text."), command + ":\n"
                    + help.get(command));
        }
        assertTrue(help.get("targetspec validate").contains("Output form: text, json, sarif"));
        String render = help.get("targetspec render");
        for (String artifact : List.of("linker-script", "boot-header", "boot-stub", "entry", "cflags", "intrinsics",
                "rustc-json")) {
            assertEquals(1, render.split("\n  " + java.util.regex.Pattern.quote(artifact) + " ", -1).length - 1,
                    artifact + " is listed once:\n" + render);
        }
        assertTrue(render.contains("  cflags         [text|json|clang|gcc] "), render);
    }

    @Test
    void helpShowsANestedCommandsHelp() {
        Run r = run("help", "triple", "parse");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: targetspec triple parse "), r.out());
        Run typo = run("help", "triple", "pars");
        assertEquals(2, typo.code());
        assertEquals("error: `targetspec triple` has no command `pars`; did you mean `parse`?\n", typo.err());
    }

    @Test
    void tripleParseShowsTheNormalizedTriple() {
        Run r = run("triple", "parse", "arm-none-eabi");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" normalized=arm-unknown-none-eabi"), r.out());
    }

    @Test
    void countsTakeTheRightNumber() throws Exception {
        Path one = Files.writeString(dir.resolve("x86_64-os.json"), OS_SPEC);
        assertTrue(withRegistry("validate", one.toString()).out().startsWith("1 file: "));
        Run render = withRegistry("render", "--all", "--artifact", "boot-stub", "-o", dir.resolve("out").toString());
        assertTrue(render.out().startsWith("wrote 4 boot-stub files"), render.out());
        assertTrue(render.out().contains("; 0 invalid"), render.out());
    }

    @Test
    void completionScriptsComeFromThePicocliModel() {
        Run bash = run("completion", "bash");
        assertEquals(0, bash.code(), bash.err());
        assertTrue(bash.out().startsWith("#!/usr/bin/env bash"), bash.out());
        assertTrue(bash.out().contains("linker-script") && bash.out().contains("cflags"), "artifact names complete");
        Run zsh = run("completion", "zsh");
        assertTrue(zsh.out().startsWith("#compdef targetspec\n") && zsh.out().contains("bashcompinit"), zsh.out());
        Run fish = run("completion", "fish");
        assertTrue(fish.out().contains("complete -c targetspec -n '__fish_use_subcommand' -a validate -d "), fish.out());
        assertTrue(fish.out().contains("-l artifact -x -a 'linker-script memory-x boot-header boot-stub entry cflags intrinsics"
                + " rustc-json'"), fish.out());
        Run bad = run("completion", "powershell");
        assertEquals(2, bad.code());
    }
}
