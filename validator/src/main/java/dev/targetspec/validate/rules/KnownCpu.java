package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `cpu` is a CPU that LLVM knows for the arch; LLVM ignores an unknown one with a warning. */
final class KnownCpu implements Rule {
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
        target.text("/rustc/cpu").ifPresent(cpu -> LlvmNames.cpus(r.arch())
                .filter(known -> !known.contains(cpu))
                .ifPresent(known -> findings.report("/rustc/cpu", "`cpu` is `" + cpu + "`, which rustc's LLVM does not "
                        + "know for `" + r.arch() + "`; LLVM ignores it and uses its generic CPU "
                        + "(`rustc --print target-cpus` lists the names).")));
    }
}
