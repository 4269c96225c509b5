package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** An ARM target says whether floats travel in FPU registers. */
final class RustcArmFloatAbi implements Rule {
    @Override
    public String id() {
        return "rustc-arm-float-abi";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An `arm` target sets `llvm-floatabi` to `hard` or `soft`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        if (r.arch().equals("arm") && !r.has("llvm-floatabi")) {
            // The float ABI the target already names (`abi`, `+soft-float`), else the one LLVM took from
            // `llvm-target` when none was set: hard for an `…hf` environment and for Windows, soft otherwise.
            String named = r.text("abi", "");
            if (!named.equals("eabi") && !named.equals("eabihf")) {
                String llvm = r.llvmTarget();
                boolean softFloat = java.util.Arrays.asList(r.text("features", "").split(",")).contains("+soft-float");
                named = softFloat ? "eabi" : llvm.endsWith("hf") || llvm.contains("-windows") ? "eabihf" : "eabi";
            }
            String value = named.equals("eabihf") ? "hard" : named.equals("eabi") ? "soft" : "";
            findings.report("/rustc", "`arch` is `arm` but `llvm-floatabi` is not set; set it to `hard` (floats in FPU "
                    + "registers, `eabihf`) or `soft` (`eabi`).", value.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Fix("Add `\"llvm-floatabi\": \"" + value + "\"`, the float ABI the "
                            + "target was built with (`" + named + "`).", Fix.Edit.add("/rustc/llvm-floatabi",
                                    tools.jackson.databind.node.StringNode.valueOf(value))).since("1.87")));
        }
    }
}
