package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `cpu` is a CPU that LLVM knows for the arch; LLVM ignores an unknown one with a warning. */
final class KnownCpu implements Rule {
    private final Profile profile;

    KnownCpu(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "known-cpu";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "`cpu` is a CPU that `rustc --print target-cpus` lists for the arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        target.text("/rustc/cpu").ifPresent(cpu -> profile.arch(r.arch()).map(Profile.Arch::cpus)
                .filter(known -> !known.contains(cpu) && !cpu.equals("native") && !Cpus.fatal(profile, r.arch(), cpu))
                .ifPresent(known -> findings.report("/rustc/cpu", "`cpu` is `" + cpu + "`, which rustc "
                        + profile.version() + "'s LLVM does not know for `" + r.arch() + "`; LLVM warns, ignores it and "
                        + "uses its generic CPU; use a CPU that `rustc --print target-cpus` lists"
                        + Suggestions.didYouMean(cpu, known) + ".")));
    }
}
