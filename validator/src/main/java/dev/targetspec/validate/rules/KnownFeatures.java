package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/** Each feature in `features` is one LLVM knows for the arch; LLVM ignores an unknown one with a warning. */
final class KnownFeatures implements Rule {
    private final Profile profile;

    KnownFeatures(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "known-features";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "Each name in `features` is a feature that `rustc --print target-features` lists for the arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String features = r.text("features", "");
        Set<String> known = profile.arch(r.arch()).map(Profile.Arch::features).orElse(null);
        if (features.isEmpty() || known == null) {
            return;
        }
        for (String item : features.split(",")) {
            String name = item.startsWith("+") || item.startsWith("-") ? item.substring(1) : item;
            if (!name.isEmpty() && !known.contains(name)) {
                findings.report("/rustc/features", "`features` names `" + name + "`, which rustc's LLVM does not know "
                        + "for `" + r.arch() + "`; it has no effect (`rustc --print target-features` lists the names).");
            }
        }
    }
}
