package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.LlvmTriple;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * `llvm-target` names an architecture LLVM has. rustc 1.95 crashes (an internal compiler error)
 * when LLVM does not know the target; here it is an ordinary error.
 */
final class RustcLlvmTarget implements Rule {
    private final Profile profile;

    RustcLlvmTarget(Profile profile) {
        this.profile = profile;
    }

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
        return "`llvm-target` is not empty and names an architecture rustc's LLVM has a backend for.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.text("/rustc/llvm-target").ifPresent(llvm -> {
            if (llvm.isBlank()) {
                findings.report("/rustc/llvm-target", "`llvm-target` is empty; name an LLVM triple such as "
                        + "`x86_64-unknown-none-elf`.");
            } else if (LlvmTriple.parse(llvm).arch().equals("unknown")) {
                findings.report("/rustc/llvm-target", "`llvm-target` is `" + llvm + "`, whose architecture `"
                        + llvm.split("-", 2)[0] + "` LLVM does not know; rustc crashes (an internal compiler error) on it"
                        + Suggestions.didYouMean(llvm.split("-", 2)[0], LlvmTriple.archTypes()) + ".");
            } else if (!profile.hasBackend(LlvmTriple.parse(llvm).arch())) {
                findings.report("/rustc/llvm-target", "`llvm-target` is `" + llvm + "`, but rustc " + profile.version()
                        + "'s LLVM has no `" + LlvmTriple.parse(llvm).arch() + "` backend, so rustc cannot make a "
                        + "target machine for it and stops.");
            }
        });
    }
}
