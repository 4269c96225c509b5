package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/** `rustc-abi` names an ABI the arch has. */
final class RustcAbiArch implements Rule {
    private final Profile profile;

    RustcAbiArch(Profile profile) {
        this.profile = profile;
    }

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
        return "`rustc-abi` `x86-sse2` is for x86 only, and `softfloat` for x86, x86_64 and s390x only (and aarch64 from rustc 1.96).";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String abi = r.text("rustc-abi", "");
        String arch = r.arch();
        // From rustc 1.96, rustc-abi-combination says which arches read `rustc-abi` at all.
        boolean combinations = profile.requires("abi-combinations");
        if (abi.equals("x86-sse2") && !arch.equals("x86") && (!combinations || arch.equals("x86_64"))) {
            findings.report("/rustc/rustc-abi", "`rustc-abi` is `x86-sse2` but `arch` is `" + arch + "`; that ABI "
                    + "exists only on 32-bit x86.");
        }
        // rustc 1.95 still reads the old name `x86-softfloat` as `softfloat`.
        if (!combinations && (abi.equals("softfloat") || abi.equals("x86-softfloat"))
                && !Set.of("x86", "x86_64", "s390x").contains(arch)) {
            // On aarch64 this rustc selects soft-float by `abi` alone: a file written for a later rustc drops `rustc-abi`.
            boolean aarch64Soft = arch.equals("aarch64") && new Rustc(target).text("abi", "").equals("softfloat");
            findings.report("/rustc/rustc-abi", "`rustc-abi` is `" + abi + "` but `arch` is `" + arch + "`; the "
                    + "softfloat ABI exists only on x86, x86_64 and s390x." + (aarch64Soft ? " rustc " + profile.version()
                    + " makes an AArch64 target soft-float with `abi` `softfloat` alone, which this file has: remove "
                    + "`rustc-abi`." : ""), aarch64Soft ? java.util.Optional.of(new dev.targetspec.diag.Fix(
                            "Remove `rustc-abi`; `abi` `softfloat` selects soft-float here.",
                            dev.targetspec.diag.Fix.Edit.remove("/rustc/rustc-abi"))) : java.util.Optional.empty());
        }
    }
}
