package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.TargetName;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** The slots of the target name agree with `rustc.arch`, `vendor`, `os`, `env` and `abi`. */
final class TripleComponents implements Rule {
    @Override
    public String id() {
        return "triple-components";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public boolean convention() {
        return true;
    }

    @Override
    public String summary() {
        return "The target name's arch, vendor, OS and environment agree with the `rustc` fields.";
    }

    @Override
    public void check(Target target, Findings findings) {
        TargetName name = TargetName.parse(target.triple());
        String arch = target.text("/rustc/arch").orElse(null);
        String vendor = target.text("/rustc/vendor").orElse("unknown");
        String os = target.text("/rustc/os").orElse("none");
        String env = target.text("/rustc/env").orElse("");
        String abi = target.text("/rustc/abi").orElse("");
        name.archFamily().filter(a -> arch != null && !a.equals(arch)).ifPresent(a -> findings.report("/rustc/arch",
                "The name `" + name.name() + "` is for arch `" + a + "` but `rustc.arch` is `" + arch + "`."));
        name.vendor().filter(TargetName.VENDORS::contains).filter(v -> !v.equals(vendor)).ifPresent(v ->
                findings.report("/rustc/vendor", "The name `" + name.name() + "` has vendor `" + v
                        + "` but `rustc.vendor` is `" + vendor + "`."));
        name.knownOs().filter(o -> !o.equals(os)).ifPresent(o -> findings.report("/rustc/os",
                "The name `" + name.name() + "` names OS `" + o + "` but `rustc.os` is `" + os + "`."));
        name.knownEnv().filter(e -> !e.equals(env)).ifPresent(e -> findings.report("/rustc/env",
                "The name `" + name.name() + "` names environment `" + e + "` but `rustc.env` is `"
                        + (env.isEmpty() ? "(none)" : env) + "`."));
        name.eabi().filter(e -> !e.equals(abi)).ifPresent(e -> findings.report("/rustc/abi",
                "The name `" + name.name() + "` ends in `" + e + "` but `rustc.abi` is `"
                        + (abi.isEmpty() ? "(none)" : abi) + "`."));
    }
}
