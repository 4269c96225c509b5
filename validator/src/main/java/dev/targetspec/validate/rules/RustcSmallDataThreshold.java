package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.List;

/**
 * `small-data-threshold-support` is `none`, `default-for-arch`, `llvm-module-flag=NAME` or
 * `llvm-arg=ARG`, exactly as rustc parses it (rustc's schema is stricter: it refuses an empty NAME
 * or ARG, which rustc takes).
 */
final class RustcSmallDataThreshold implements Rule {
    @Override
    public String id() {
        return "rustc-small-data-threshold";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`small-data-threshold-support` is `none`, `default-for-arch`, `llvm-module-flag=…` or `llvm-arg=…`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.text("/rustc/small-data-threshold-support").filter(v -> !v.equals("none")
                && !v.equals("default-for-arch") && !v.startsWith("llvm-module-flag=") && !v.startsWith("llvm-arg="))
                .ifPresent(v -> findings.report("/rustc/small-data-threshold-support", "`small-data-threshold-support` is `"
                        + v + "`, which rustc does not take; write `none`, `default-for-arch`, `llvm-module-flag=NAME` or "
                        + "`llvm-arg=ARG`" + Suggestions.didYouMean(v, List.of("none", "default-for-arch")) + "."));
    }
}
