package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.StringNode;

/**
 * From rustc 1.96 (rust-lang/rust#153769), each arch allows only some values of `llvm-abiname`,
 * `llvm-floatabi` and `rustc-abi`, and `abi` (what `cfg(target_abi)` says) must match the calling
 * convention those give. A value of `abi` rustc does not know is accepted wherever an empty one is.
 * Earlier releases check none of this, so the rule is silent for them.
 */
final class RustcAbiCombination implements Rule {
    /** The `abi` values rustc 1.96 knows (its `CfgAbi`); any other string is "other". */
    private static final Set<String> KNOWN = Set.of("softfloat", "uwp", "llvm", "sim", "x32", "fortanix", "macabi",
            "eabi", "eabihf", "ilp32e", "ilp32", "spe", "vec-default", "vec-extabi", "elfv1", "elfv2", "abi64",
            "abiv2", "abiv2hf");

    private final Profile profile;

    RustcAbiCombination(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "rustc-abi-combination";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "From rustc 1.96, `llvm-abiname`, `llvm-floatabi` and `rustc-abi` take only the arch's values, and "
                + "`abi` matches the calling convention they give.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!profile.requires("abi-combinations")) {
            return;
        }
        Rustc r = new Rustc(target);
        String arch = r.arch();
        String abi = r.text("abi", "");
        String rustcAbi = r.text("rustc-abi", "").equals("x86-softfloat") ? "softfloat" : r.text("rustc-abi", "");
        String name = r.llvmAbiname();
        String floatAbi = r.text("llvm-floatabi", "");
        Check c = new Check(r, findings, arch, abi);
        if (Set.of("aarch64", "s390x").contains(arch) && !rustcAbi.isEmpty() && !rustcAbi.equals("softfloat")) {
            findings.report("/rustc/rustc-abi", "`rustc-abi` is `" + rustcAbi + "`, which is not an ABI of `" + arch
                    + "`; from rustc 1.96 `" + arch + "` takes only `softfloat`: remove it, or use `softfloat`.");
        }
        switch (arch) {
            case "x86", "x86_64" -> {
                String shown = arch.equals("x86") ? "x86-32" : "x86-64";
                c.unused("llvm-abiname", shown);
                c.unused("llvm-floatabi", shown);
                if (rustcAbi.equals("softfloat")) {
                    c.abiIn(Set.of("softfloat"), true, "`rustc-abi` is `softfloat`");
                } else if (rustcAbi.isEmpty() || (rustcAbi.equals("x86-sse2") && arch.equals("x86"))) {
                    if (abi.equals("softfloat")) {
                        findings.report("/rustc/abi", "`abi` is `softfloat` but `rustc-abi` is "
                                + (rustcAbi.isEmpty() ? "not set" : "`" + rustcAbi + "`") + "; from rustc 1.96 a "
                                + "soft-float `abi` needs `\"rustc-abi\": \"softfloat\"` (with the `soft-float` "
                                + "feature), or remove `abi`.", since(Optional.empty()));
                    } else {
                        c.abiIn(arch.equals("x86") ? Set.of("uwp", "llvm", "sim")
                                : Set.of("x32", "llvm", "fortanix", "uwp", "macabi", "sim"), true,
                                "`rustc-abi` is " + (rustcAbi.isEmpty() ? "not set" : "`" + rustcAbi + "`"));
                    }
                }
            }
            case "riscv32", "riscv64" -> {
                c.unused("llvm-floatabi", "RISC-V");
                c.unused("rustc-abi", "RISC-V");
                if (name.equals("ilp32e")) {
                    c.abiIn(Set.of("ilp32e"), false, "`llvm-abiname` is `ilp32e`");
                } else if (Set.of("ilp32", "ilp32f", "ilp32d", "lp64", "lp64f", "lp64d", "lp64e").contains(name)) {
                    c.abiIn(Set.of(), true, "`llvm-abiname` is `" + name + "`");
                }
            }
            case "arm" -> {
                c.unused("llvm-abiname", "ARM");
                c.unused("rustc-abi", "ARM");
                if (floatAbi.equals("hard")) {
                    c.abiIn(Set.of("eabihf", "uwp"), true, "`llvm-floatabi` is `hard`");
                } else if (floatAbi.equals("soft")) {
                    c.abiIn(Set.of("eabi"), false, "`llvm-floatabi` is `soft`");
                }
            }
            case "aarch64" -> {
                c.unused("llvm-abiname", "aarch64");
                c.unused("llvm-floatabi", "aarch64");
                if (rustcAbi.equals("softfloat")) {
                    c.abiIn(Set.of("softfloat"), false, "`rustc-abi` is `softfloat`");
                } else if (rustcAbi.isEmpty() && abi.equals("softfloat")) {
                    findings.report("/rustc/abi", "`abi` is `softfloat` but `rustc-abi` is not set; from rustc 1.96 a "
                            + "soft-float AArch64 target says so with `\"rustc-abi\": \"softfloat\"` too.",
                            since(Optional.of(new Fix("Add `\"rustc-abi\": \"softfloat\"`.",
                                    Fix.Edit.add("/rustc/rustc-abi", StringNode.valueOf("softfloat"))))));
                } else if (rustcAbi.isEmpty()) {
                    c.abiIn(Set.of("ilp32", "llvm", "macabi", "sim", "uwp"), true, "`rustc-abi` is not set");
                }
            }
            case "powerpc" -> {
                c.unused("llvm-abiname", "PowerPC");
                c.unused("llvm-floatabi", "PowerPC");
                c.unused("rustc-abi", "PowerPC");
                c.abiIn(Set.of("spe"), true, "the arch is `powerpc`");
            }
            case "powerpc64" -> {
                c.unused("llvm-floatabi", "PowerPC64");
                c.unused("rustc-abi", "PowerPC64");
                if (r.os().equals("aix")) {
                    if (name.isEmpty()) {
                        c.abiIn(Set.of("vec-default", "vec-extabi"), false, "the OS is `aix`");
                    }
                } else if (name.equals("elfv1") || name.equals("elfv2")) {
                    c.abiIn(Set.of(name), false, "`llvm-abiname` is `" + name + "`");
                }
            }
            case "s390x" -> {
                c.unused("llvm-abiname", "s390x");
                c.unused("llvm-floatabi", "s390x");
                if (rustcAbi.equals("softfloat")) {
                    c.abiIn(Set.of("softfloat"), false, "`rustc-abi` is `softfloat`");
                } else if (rustcAbi.isEmpty()) {
                    c.abiIn(Set.of(), true, "`rustc-abi` is not set");
                }
            }
            case "loongarch32", "loongarch64" -> {
                c.unused("llvm-floatabi", "LoongArch");
                c.unused("rustc-abi", "LoongArch");
                if (name.equals("ilp32s") || name.equals("lp64s")) {
                    c.abiIn(Set.of("softfloat"), false, "`llvm-abiname` is `" + name + "`");
                } else if (Set.of("ilp32f", "ilp32d", "lp64f", "lp64d").contains(name)) {
                    c.abiIn(Set.of(), true, "`llvm-abiname` is `" + name + "`");
                }
            }
            case "mips", "mips32r6" -> {
                c.unused("llvm-floatabi", "MIPS");
                c.unused("rustc-abi", "MIPS");
                if (name.isEmpty()) {
                    findings.report("/rustc", "`llvm-abiname` is not set; from rustc 1.96 a 32-bit MIPS target names "
                            + "its ABI, `o32` (the one LLVM uses when none is named).",
                            since(Optional.of(new Fix("Add `\"llvm-abiname\": \"o32\"`.",
                                    Fix.Edit.add("/rustc/llvm-abiname", StringNode.valueOf("o32"))))));
                }
                if (name.isEmpty() || name.equals("o32")) {
                    c.abiIn(Set.of(), true, "`llvm-abiname` is `o32`");
                } else {
                    findings.report("/rustc/llvm-abiname", "`llvm-abiname` is `" + name + "`, but from rustc 1.96 a 32-bit"
                            + " MIPS `arch` takes only `o32`; use `o32`, or a 64-bit MIPS `arch` for `" + name + "`.");
                }
            }
            case "mips64", "mips64r6" -> {
                c.unused("llvm-floatabi", "MIPS");
                c.unused("rustc-abi", "MIPS");
                if (name.equals("n64")) {
                    c.abiIn(Set.of("abi64"), false, "`llvm-abiname` is `n64`");
                } else if (name.equals("n32")) {
                    c.abiIn(Set.of(), true, "`llvm-abiname` is `n32`");
                } else if (!name.isEmpty()) {
                    findings.report("/rustc/llvm-abiname", "`llvm-abiname` is `" + name + "`, but from rustc 1.96 a 64-bit"
                            + " MIPS `arch` takes only `n64` or `n32`; choose one.");
                } else {
                    findings.report("/rustc", "`llvm-abiname` is not set; from rustc 1.96 a 64-bit MIPS target names "
                            + "its ABI: `n64` (with `\"abi\": \"abi64\"`) or `n32`.", since(abi.equals("abi64")
                                    ? Optional.of(new Fix("Add `\"llvm-abiname\": \"n64\"`, the ABI `abi64` means.",
                                            Fix.Edit.add("/rustc/llvm-abiname", StringNode.valueOf("n64"))))
                                    : Optional.empty()));
                }
            }
            case "csky" -> {
                c.unused("llvm-abiname", "CSky");
                c.unused("llvm-floatabi", "CSky");
                c.unused("rustc-abi", "CSky");
                c.abiIn(Set.of("abiv2", "abiv2hf"), false, "the arch is `csky`");
            }
            default -> c.unused("rustc-abi", arch.isEmpty() ? "this arch" : arch);
        }
    }

    private static Optional<Fix> since(Optional<Fix> fix) {
        return fix.map(f -> f.since("1.96"));
    }

    /** The checks of one target, with its values. */
    private record Check(Rustc r, Findings findings, String arch, String abi) {
        /** A field rustc 1.96 no longer reads on this arch must be left out. */
        void unused(String field, String archName) {
            if (!r.text(field, "").isEmpty()) {
                findings.report("/rustc/" + field, "`" + field + "` is `" + r.text(field, "") + "`, but from rustc "
                        + "1.96 `" + field + "` is unused on " + archName + " and rustc rejects the file; remove it.",
                        since(Optional.of(new Fix("Remove `" + field + "`.", Fix.Edit.remove("/rustc/" + field)))));
            }
        }

        /**
         * `abi` must be one of {@code allowed}, or, with {@code emptyOrOther}, empty or a value rustc does
         * not know. When exactly one value is allowed and no other, the fix sets it.
         */
        void abiIn(Set<String> allowed, boolean emptyOrOther, String because) {
            boolean ok = allowed.contains(abi) || (emptyOrOther && (abi.isEmpty() || !KNOWN.contains(abi)));
            if (ok) {
                return;
            }
            List<String> can = allowed.stream().sorted().map(a -> "`" + a + "`").toList();
            String options = String.join(", ", can) + (emptyOrOther ? (can.isEmpty() ? "" : ", ")
                    + "none, or a value rustc does not know" : "");
            Optional<Fix> fix = allowed.size() == 1 && !emptyOrOther ? Optional.of(new Fix("Set `abi` to `"
                    + allowed.iterator().next() + "`.", r.has("abi")
                            ? Fix.Edit.replace("/rustc/abi", StringNode.valueOf(allowed.iterator().next()))
                            : Fix.Edit.add("/rustc/abi", StringNode.valueOf(allowed.iterator().next()))))
                    : Optional.empty();
            findings.report(r.has("abi") ? "/rustc/abi" : "/rustc", "`abi` (what `cfg(target_abi)` says) is "
                    + (abi.isEmpty() ? "not set" : "`" + abi + "`") + ", but " + because + " on `" + arch
                    + "`, so from rustc 1.96 `abi` must be " + options + ".", since(fix));
        }
    }
}
