package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/** `rustc-abi` names an ABI the arch has. */
final class RustcAbiArch implements Rule {
    @Override
    public String id() {
        return "rustc-abi-arch";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`rustc-abi` `x86-sse2` is for x86 only, and `softfloat` for x86, x86_64 and s390x only.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String abi = r.text("rustc-abi", "");
        String arch = r.arch();
        if (abi.equals("x86-sse2") && !arch.equals("x86")) {
            findings.report("/rustc/rustc-abi", "`rustc-abi` is `x86-sse2` but `arch` is `" + arch + "`; that ABI "
                    + "exists only on 32-bit x86.");
        }
        // rustc 1.95 still reads the old name `x86-softfloat` as `softfloat`.
        if ((abi.equals("softfloat") || abi.equals("x86-softfloat")) && !Set.of("x86", "x86_64", "s390x").contains(arch)) {
            findings.report("/rustc/rustc-abi", "`rustc-abi` is `" + abi + "` but `arch` is `" + arch + "`; the "
                    + "softfloat ABI exists only on x86, x86_64 and s390x.");
        }
    }
}
