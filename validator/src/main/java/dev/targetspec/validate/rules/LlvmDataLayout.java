package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.StrictJson;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * `data-layout` equals the layout LLVM uses for `llvm-target`. rustc finds a mismatch only when it
 * generates code for a custom target; here it is found at validation. Built-in targets are exempt,
 * as they are in rustc. The table is taken from rustc 1.95's built-in specs
 * ({@code data/llvm-data-layouts.json}), corrected where LLVM's default differs
 * ({@code data/llvm-data-layout-corrections.json}); an `llvm-target` outside the table is not judged.
 */
final class LlvmDataLayout implements Rule {
    private static final Map<String, String> LAYOUTS = new HashMap<>();
    private static final String MIPS64_O32;
    private static final String RISCV32_ILP32E;
    private static final String RISCV32;

    static {
        JsonNode table = read("llvm-data-layouts.json");
        table.get("layouts").properties().forEach(e -> LAYOUTS.put(e.getKey(), e.getValue().asString()));
        JsonNode corrections = read("llvm-data-layout-corrections.json");
        corrections.get("layouts").properties().forEach(e -> LAYOUTS.put(e.getKey(), e.getValue().asString()));
        MIPS64_O32 = corrections.get("mips64-o32").asString();
        // riscv32's layout depends on the ABI: ilp32e keeps the stack 4-byte aligned (S32), the others 16 (S128).
        String s128 = null;
        String s32 = null;
        for (String layout : table.path("ambiguous").path("riscv32").propertyNames()) {
            if (layout.endsWith("-S32")) {
                s32 = layout;
            } else {
                s128 = layout;
            }
        }
        RISCV32 = s128;
        RISCV32_ILP32E = s32;
    }

    @Override
    public String id() {
        return "llvm-data-layout";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`data-layout` equals LLVM's default layout for `llvm-target` (custom and proposed targets).";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (target.text("/metadata/status").orElse("").equals("builtin")) {
            return;
        }
        Rustc r = new Rustc(target);
        Optional<String> layout = target.text("/rustc/data-layout");
        expected(r).filter(e -> layout.isPresent() && !layout.get().equals(e)).ifPresent(e ->
                findings.report("/rustc/data-layout", "`data-layout` is `" + layout.get() + "` but LLVM's layout for `"
                        + r.llvmTarget() + "` is `" + e + "`; rustc refuses the mismatch when it generates code."));
    }

    /** LLVM's default layout for the target's `llvm-target` and ABI options, when known. */
    static Optional<String> expected(Rustc r) {
        String llvm = r.llvmTarget();
        String abiname = r.llvmAbiname();
        if (llvm.equals("riscv32")) {
            return Optional.ofNullable(abiname.equals("ilp32e") ? RISCV32_ILP32E : RISCV32);
        }
        String layout = LAYOUTS.get(llvm);
        if (layout == null) {
            return Optional.empty();
        }
        if (r.arch().equals("arm") && !abiname.isEmpty()) {
            if (abiname.startsWith("aapcs") || abiname.startsWith("apcs")) {
                return Optional.empty();
            }
            // LLVM's ARM backend knows only the aapcs and apcs names; any other leaves the ABI unknown,
            // which lays out like AAPCS but with a 4-byte aligned stack.
            return Optional.of(layout.replace("-f64:32:64-v64:32:64-v128:32:128", "-i64:64-v128:64:128")
                    .replace("-S64", "-S32"));
        }
        if ((r.arch().equals("mips64") || r.arch().equals("mips64r6")) && abiname.equals("o32")) {
            return Optional.of(MIPS64_O32);
        }
        if ((r.arch().equals("mips64") || r.arch().equals("mips64r6")) && abiname.equals("n32")) {
            return Optional.empty();
        }
        return Optional.of(layout);
    }

    private static JsonNode read(String name) {
        return StrictJson.bundled("/dev/targetspec/data/" + name);
    }
}
