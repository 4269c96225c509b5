package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `target-pointer-width` is a width rustc supports. */
final class RustcPointerWidth implements Rule {
    @Override
    public String id() {
        return "rustc-pointer-width";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`target-pointer-width` is 16, 32 or 64.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.integer("/rustc/target-pointer-width").filter(w -> w != 16 && w != 32 && w != 64).ifPresent(w ->
                findings.report("/rustc/target-pointer-width", "`target-pointer-width` is " + w
                        + "; rustc supports 16, 32 and 64."));
    }
}
