package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Map;

/**
 * `arch` is one rustc can lower calls for. rustc takes any string as `arch`, but compiling a function
 * of a foreign ABI (every `extern "C"` function, every program's entry point) for an arch it has no
 * calling-convention lowering for makes it crash with an internal compiler error.
 */
final class RustcCallAbi implements Rule {
    /** Names people write for an arch that rustc spells otherwise. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("amd64", "x86_64"), Map.entry("x86-64", "x86_64"), Map.entry("x64", "x86_64"),
            Map.entry("i386", "x86"), Map.entry("i486", "x86"), Map.entry("i586", "x86"), Map.entry("i686", "x86"),
            Map.entry("arm64", "aarch64"), Map.entry("armv7", "arm"), Map.entry("armv6", "arm"),
            Map.entry("thumb", "arm"), Map.entry("thumbv7em", "arm"), Map.entry("riscv", "riscv32` or `riscv64"),
            Map.entry("ppc", "powerpc"), Map.entry("ppc64", "powerpc64"), Map.entry("mipsel", "mips"));

    private final Profile profile;

    RustcCallAbi(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "rustc-call-abi";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`arch` is one rustc can lower `extern \"C\"` calls for.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.text("/rustc/arch").filter(a -> !profile.lowersCalls(a)).ifPresent(arch -> {
            String hint = SPELLINGS.containsKey(arch) ? " (rustc spells it `" + SPELLINGS.get(arch) + "`)"
                    : Suggestions.didYouMean(arch, profile.callArches());
            findings.report("/rustc/arch", "`arch` is `" + arch + "`, which rustc " + profile.version()
                    + " has no calling-convention lowering for: compiling any `extern \"C\"` function (every program "
                    + "has one) crashes it with an internal compiler error; use one of "
                    + String.join(", ", profile.callArches()) + hint + ".");
        });
    }
}
