package dev.targetspec.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.Registry;
import dev.targetspec.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixerTest {
    private static final Path FILES = Repo.root().resolve("validator/src/test/resources/fix");
    private final Fixer fixer = new Fixer(Registry.empty(), new Validator(Registry.empty(), Profiles.standard()));

    @Test
    void anOldKernelFileBecomesTheFileAPersonFixedByHand() throws Exception {
        Path file = FILES.resolve("blog_os-2018.json");
        Fixer.Result r = fixer.fix(file, Files.readString(file));
        assertTrue(r.valid(), r.remaining().diagnostics().toString());
        // The person wrote `x86-softfloat`, which rustc 1.95 still reads; fix writes its name from 1.95 on.
        assertEquals(Files.readString(FILES.resolve("blog_os-2018.fixed.json")).replace("\"x86-softfloat\"",
                "\"softfloat\""), r.after());
        List<String> rules = r.changes().stream().map(Fixer.Change::rule).toList();
        assertTrue(rules.contains("llvm-data-layout") && rules.contains("schema"), rules.toString());
        assertTrue(r.changes().stream().anyMatch(c -> c.description().contains("rustc-abi")), r.changes().toString());
        assertTrue(r.changes().stream().anyMatch(c -> c.since().isPresent()), "renames and retypes name their release");
        assertTrue(r.refused().isEmpty(), r.refused().toString());
    }

    @Test
    void untouchedLinesStayByteForByte() throws Exception {
        Path file = FILES.resolve("blog_os-2018.json");
        String before = Files.readString(file);
        String after = fixer.fix(file, before).after();
        List<String> kept = before.lines().filter(l -> !l.contains("data-layout") && !l.contains("width")
                && !l.contains("\"panic\"")).toList();
        for (String line : kept) {
            assertTrue(after.lines().anyMatch(line::equals), "kept: " + line);
        }
        assertTrue(after.endsWith("}\n"), "the final newline stays");
        assertTrue(after.contains("\"features\": \"-mmx,-sse,+soft-float\""), "soft-float stays soft-float");
    }

    @Test
    void aValidFileIsLeftAsItIs() throws Exception {
        Path file = FILES.resolve("blog_os-2018.fixed.json");
        String text = Files.readString(file);
        Fixer.Result r = fixer.fix(file, text);
        assertFalse(r.changed());
        assertTrue(r.valid());
        assertEquals(List.of(), r.changes());
    }

    @Test
    void whatIsAChoiceIsLeftForAPerson() throws Exception {
        // `os: unknown` is refused by rustc ("use `none`"), but which OS a target has is not a mechanical change.
        String text = "{\n  \"llvm-target\": \"x86_64-unknown-none\",\n  \"data-layout\": \"e-m:e-p270:32:32-p271:32:32-"
                + "p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\",\n  \"arch\": \"x86_64\",\n"
                + "  \"target-pointer-width\": 64,\n  \"cpu\": \"pentium\"\n}\n";
        Fixer.Result r = fixer.fix(Path.of("x86_64-choice.json"), text);
        assertFalse(r.valid());
        assertEquals(text, r.after(), "a CPU is a choice: nothing is guessed");
        assertTrue(r.remaining().diagnostics().stream().anyMatch(d -> d.pointer().equals("/cpu")),
                r.remaining().diagnostics().toString());
    }

    @Test
    void theIntentIsComparedFieldByField() {
        Fixer.Intent a = new Fixer.Intent(Map.of("arch", "x86_64", "os", "none", "env", "", "vendor", "",
                "target-pointer-width", "64", "target-endian", "", "panic-strategy", "abort"));
        Fixer.Intent b = new Fixer.Intent(Map.of("arch", "x86_64", "os", "none", "env", "", "vendor", "",
                "target-pointer-width", "64", "target-endian", "", "panic-strategy", "unwind"));
        assertEquals("`panic-strategy` would change from `abort` to `unwind`", a.changedIn(b).orElseThrow());
        assertTrue(a.changedIn(a).isEmpty());
    }
}
