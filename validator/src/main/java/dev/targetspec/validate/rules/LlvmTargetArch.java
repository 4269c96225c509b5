package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.TargetName;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * The arch of `llvm-target` belongs to `arch`. rustc does not compare them: LLVM generates code for
 * `llvm-target` while rustc passes arguments as `arch` does, so calls between Rust and other code
 * break. It is a warning because rustc builds such a target; the checks of what LLVM refuses
 * (`llvm-data-layout`, `llvm-code-model`, …) find the mismatches that do not build.
 */
final class LlvmTargetArch implements Rule {
    @Override
    public String id() {
        return "llvm-target-arch";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
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
                        + "` is an `" + a + "` triple but `arch` is `" + arch + "`; rustc builds it, but passes arguments "
                        + "as `" + arch + "` does while LLVM generates `" + a + "` code, so calls to and from other "
                        + "code break: make them name the same arch.")));
    }
}
