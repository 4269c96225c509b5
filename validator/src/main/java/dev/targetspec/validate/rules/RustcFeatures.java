package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.StringNode;
import java.util.Set;

/**
 * `features` is a comma-separated list of `+name` and `-name`, never both for one name, and it
 * neither disables a feature the ABI needs nor enables one the ABI rules out.
 */
final class RustcFeatures implements Rule {
    @Override
    public String id() {
        return "rustc-features";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`features` items start with `+` or `-`, none is both enabled and disabled, and the ABI's required "
                + "and forbidden features are respected.";
    }

    /** What the float ABI requires and forbids, as rustc 1.95's `abi_required_features` has it. */
    record Constraints(List<String> required, List<String> incompatible) {
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String features = r.text("features", "");
        if (features.isEmpty()) {
            return;
        }
        String at = "/rustc/features";
        Set<String> enabled = new LinkedHashSet<>();
        Set<String> disabled = new LinkedHashSet<>();
        for (String item : features.split(",", -1)) {
            if (item.startsWith("+")) {
                enabled.add(item.substring(1));
            } else if (item.startsWith("-")) {
                disabled.add(item.substring(1));
            } else {
                findings.report(at, "`features` item `" + item + "` must start with `+` or `-`.");
            }
        }
        for (String f : enabled) {
            if (disabled.contains(f)) {
                findings.report(at, "`features` both enables and disables `" + f + "`; keep one.");
            }
        }
        Constraints c = constraints(r);
        Optional<Fix> softAbi = softFloatAbi(r, enabled, disabled);
        String abiHint = softAbi.map(f -> "; the file asks for soft-float code, which rustc 1.86 and later build only "
                + "with the soft-float ABI named: " + f.description().replace("Add ", "add ").replaceAll("\\.$", ""))
                .orElse("");
        for (String f : c.required()) {
            if (disabled.contains(f)) {
                findings.report(at, "`features` disables `" + f + "`, which the target's float ABI requires" + abiHint
                        + ".", softAbi);
            }
        }
        for (String f : c.incompatible()) {
            if (enabled.contains(f)) {
                findings.report(at, "`features` enables `" + f + "`, which the target's float ABI rules out" + abiHint
                        + ".", softAbi);
            }
        }
    }

    /**
     * The fix for a file that wants soft-float code on an arch whose default ABI passes floats in
     * SIMD registers: name the soft-float ABI, as the built-in soft-float targets do. On x86 that is
     * `rustc-abi` `softfloat` (the file enables `soft-float`); on AArch64, `abi` `softfloat` (the file
     * disables `neon`). The features stay as they are, so the code stays soft-float.
     */
    private static Optional<Fix> softFloatAbi(Rustc r, Set<String> enabled, Set<String> disabled) {
        boolean x86 = r.arch().equals("x86") || r.arch().equals("x86_64");
        if (x86 && enabled.contains("soft-float") && !r.has("rustc-abi")) {
            return Optional.of(new Fix("Add `\"rustc-abi\": \"softfloat\"` (spelled `x86-softfloat` before rustc 1.95).",
                    Fix.Edit.add("/rustc/rustc-abi", StringNode.valueOf("softfloat"))).since("1.86"));
        }
        if (r.arch().equals("aarch64") && disabled.contains("neon") && !r.has("abi")) {
            return Optional.of(new Fix("Add `\"abi\": \"softfloat\"`, as the built-in `aarch64-unknown-none-softfloat` has.",
                    Fix.Edit.add("/rustc/abi", StringNode.valueOf("softfloat"))).since("1.86"));
        }
        return Optional.empty();
    }

    static Constraints constraints(Rustc r) {
        String abi = r.text("rustc-abi", "");
        boolean softfloat = abi.equals("softfloat") || abi.equals("x86-softfloat");
        return switch (r.arch()) {
            case "x86" -> softfloat ? new Constraints(List.of("soft-float"), List.of())
                    : abi.equals("x86-sse2") ? new Constraints(List.of("x87", "sse2"), List.of("soft-float"))
                    : new Constraints(List.of("x87"), List.of("soft-float"));
            case "x86_64" -> softfloat ? new Constraints(List.of("soft-float"), List.of())
                    : new Constraints(List.of("x87", "sse2"), List.of("soft-float"));
            case "arm" -> r.text("llvm-floatabi", "").equals("hard")
                    ? new Constraints(List.of("fpregs"), List.of("soft-float")) : none();
            case "aarch64", "arm64ec" -> r.text("abi", "").equals("softfloat")
                    ? new Constraints(List.of(), List.of("neon")) : new Constraints(List.of("neon"), List.of());
            case "riscv32", "riscv64" -> switch (r.llvmAbiname()) {
                case "ilp32d", "lp64d" -> new Constraints(List.of("d"), List.of("e", "zfinx"));
                case "ilp32f", "lp64f" -> new Constraints(List.of("f"), List.of("e", "zfinx"));
                case "ilp32", "lp64" -> new Constraints(List.of(), List.of("e"));
                case "ilp32e" -> new Constraints(List.of(), List.of("d"));
                default -> none();
            };
            case "loongarch32", "loongarch64" -> switch (r.llvmAbiname()) {
                case "ilp32d", "lp64d" -> new Constraints(List.of("d"), List.of());
                case "ilp32f", "lp64f" -> new Constraints(List.of("f"), List.of());
                default -> none();
            };
            case "avr" -> new Constraints(List.of("sram"), List.of());
            case "s390x" -> softfloat ? new Constraints(List.of("soft-float"), List.of("vector"))
                    : new Constraints(List.of(), List.of("soft-float"));
            default -> none();
        };
    }

    private static Constraints none() {
        return new Constraints(List.of(), List.of());
    }
}
