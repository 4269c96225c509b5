package dev.targetspec.validate.rules;

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
            findings.report("/rustc", "`arch` is `arm` but `llvm-floatabi` is not set; set it to `hard` (floats in FPU "
                    + "registers, `eabihf`) or `soft` (`eabi`).");
        }
    }
}
