package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.TargetName;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** The arch of `llvm-target` belongs to `arch`; rustc leaves a mismatch to crash inside LLVM. */
final class LlvmTargetArch implements Rule {
    @Override
    public String id() {
        return "llvm-target-arch";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The arch in `llvm-target` agrees with `arch`, when `arch` is one rustc knows.";
    }

    @Override
    public void check(Target target, Findings findings) {
        // An `arch` rustc does not know is only a name for `cfg`; LLVM takes the arch from `llvm-target`.
        String arch = target.text("/rustc/arch").filter(TargetName.RUSTC_ARCHES::contains).orElse(null);
        target.text("/rustc/llvm-target").ifPresent(llvm -> TargetName.parse(llvm).archFamily()
                .filter(a -> arch != null && !a.equals(arch))
                .ifPresent(a -> findings.report("/rustc/llvm-target", "`llvm-target` `" + llvm
                        + "` is an `" + a + "` triple but `arch` is `" + arch + "`.")));
    }
}
