package dev.targetspec.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.targetspec.Repo;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule on custom targets of several arches, built on rustc's built-ins. */
class LlvmDataLayoutTest {

    private static List<String> findings(String inherits, String rustcFields) throws Exception {
        String json = "{\"triple\": \"t-fixture\", \"inherits\": \"" + inherits + "\", \"metadata\": {\"description\": "
                + "\"fixture\", \"status\": \"custom\"}, \"rustc\": {" + rustcFields + "}}";
        Resolution r = Repo.registry().resolve(SpecLoader.parse(Path.of("t-fixture.json"),
                json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), r.problems());
        List<String> out = new ArrayList<>();
        new LlvmDataLayout().check(r.target().orElseThrow(), (pointer, message, fix) -> out.add(message));
        return out;
    }

    @Test
    void anLlvmTargetNoBuiltinUsesIsJudged() throws Exception {
        assertEquals(1, findings("x86_64-unknown-none", "\"llvm-target\": \"x86_64-unknown-none\", "
                + "\"data-layout\": \"e-m:e-i64:64-f80:128-n8:16:32:64-S128\"").size());
        assertEquals(List.of(), findings("x86_64-unknown-none", "\"llvm-target\": \"x86_64-pc-windows-elf\", "
                + "\"data-layout\": \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\""));
    }

    @Test
    void theAbiNameIsPartOfTheQuestion() throws Exception {
        assertEquals(List.of(), findings("thumbv7em-none-eabihf", "\"llvm-abiname\": \"apcs-gnu\", \"data-layout\": "
                + "\"e-m:e-p:32:32-Fi8-f64:32:64-v64:32:64-v128:32:128-a:0:32-n32-S32\""));
        assertEquals(List.of("`data-layout` is `e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64` but LLVM 22's "
                + "layout for `llvm-target` `thumbv7em-none-eabihf` with `llvm-abiname` `apcs-gnu` is "
                + "`e-m:e-p:32:32-Fi8-f64:32:64-v64:32:64-v128:32:128-a:0:32-n32-S32`; rustc refuses the mismatch when "
                + "it generates code: write `e-m:e-p:32:32-Fi8-f64:32:64-v64:32:64-v128:32:128-a:0:32-n32-S32`."),
                findings("thumbv7em-none-eabihf", "\"llvm-abiname\": \"apcs-gnu\""));
    }

    @Test
    void rustcDropsTheStackAlignmentOfS390xLayoutsBeforeComparing() throws Exception {
        String llvm22 = "E-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64";
        assertEquals(List.of(), findings("s390x-unknown-linux-gnu", "\"data-layout\": \"" + llvm22 + "\""));
        assertEquals(List.of(), findings("s390x-unknown-linux-gnu",
                "\"data-layout\": \"E-S64-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64\""));
        assertEquals(List.of(), findings("s390x-unknown-linux-gnu", "\"data-layout\": \"" + llvm22 + "-S64\""));
        assertEquals(1, findings("s390x-unknown-linux-gnu", "\"data-layout\": \"" + llvm22 + "-S128\"").size());
        assertEquals(1, findings("x86_64-unknown-none", "\"data-layout\": "
                + "\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S64-S128\"").size());
    }

    @Test
    void builtinsAreExempt() throws Exception {
        // rustc 1.95's Xtensa built-ins keep a layout that is not LLVM 22's, and rustc compiles for them.
        var target = Repo.registry().resolve("xtensa-esp32-none-elf").orElseThrow().target().orElseThrow();
        List<String> out = new ArrayList<>();
        new LlvmDataLayout().check(target, (pointer, message, fix) -> out.add(message));
        assertEquals(List.of(), out);
        assertEquals(1, findings("xtensa-esp32-none-elf", "\"os\": \"none\"").size());
    }
}
