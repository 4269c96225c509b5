package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.LlvmTriple;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * `llvm-target` names an architecture LLVM has. rustc 1.95 crashes (an internal compiler error)
 * when LLVM does not know the target; here it is an ordinary error.
 */
final class RustcLlvmTarget implements Rule {
    @Override
    public String id() {
        return "rustc-llvm-target";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`llvm-target` is not empty and starts with an architecture LLVM knows.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.text("/rustc/llvm-target").ifPresent(llvm -> {
            if (llvm.isBlank()) {
                findings.report("/rustc/llvm-target", "`llvm-target` is empty; name an LLVM triple such as "
                        + "`x86_64-unknown-none-elf`.");
            } else if (LlvmTriple.parse(llvm).arch().equals("unknown")) {
                findings.report("/rustc/llvm-target", "`llvm-target` is `" + llvm + "`, whose architecture `"
                        + llvm.split("-", 2)[0] + "` LLVM does not know.");
            }
        });
    }
}
