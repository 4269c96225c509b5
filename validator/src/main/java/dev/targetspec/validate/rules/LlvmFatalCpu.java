package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * `cpu` is not one that makes LLVM stop. On most arches LLVM ignores a CPU it does not know; on some
 * (an unknown CPU on x86_64 leaves a CPU without 64-bit support, an RV32 CPU on RV64) it stops or
 * crashes. Which CPUs do is learned from rustc by compiling for each.
 */
final class LlvmFatalCpu implements Rule {
    private final Profile profile;

    LlvmFatalCpu(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-fatal-cpu";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`cpu` is not one with which rustc's LLVM stops or crashes when it compiles for the arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        target.text("/rustc/cpu").filter(cpu -> Cpus.fatal(profile, r.arch(), cpu)).ifPresent(cpu -> {
            Profile.Arch a = profile.arch(r.arch()).orElseThrow();
            boolean known = a.fatalCpus().contains(cpu);
            findings.report("/rustc/cpu", "`cpu` is `" + cpu + "`, " + (known ? "a CPU that rustc " + profile.version()
                    + "'s LLVM cannot compile `" + r.arch() + "` code for" : "which rustc " + profile.version()
                    + "'s LLVM does not know; for `" + r.arch() + "` it does not ignore an unknown CPU")
                    + ", so every compile stops with an LLVM error; use a CPU that `rustc --print target-cpus` lists for `"
                    + r.arch() + "`" + Suggestions.didYouMean(cpu, a.cpus()) + ".");
        });
        // An unknown CPU has no FPU to LLVM, and LLVM's AIX code generator has no soft-float.
        target.text("/rustc/cpu").filter(cpu -> r.arch().equals("powerpc64") && r.os().equals("aix")
                && !Cpus.fatal(profile, r.arch(), cpu) && !cpu.equals("native")
                && profile.arch(r.arch()).map(a -> !a.cpus().contains(cpu)).orElse(false)).ifPresent(cpu ->
                findings.report("/rustc/cpu", "`cpu` is `" + cpu + "`, which rustc " + profile.version() + "'s LLVM does "
                        + "not know; it takes an unknown CPU as one without floating point, and on AIX it stops (\"soft-float"
                        + " is not yet supported on AIX\"): use a CPU that `rustc --print target-cpus` lists for `powerpc64`"
                        + Suggestions.didYouMean(cpu, profile.arch(r.arch()).orElseThrow().cpus()) + "."));
    }
}
