package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * `features` asks for nothing LLVM refuses to compile with, although each feature alone is known:
 * on RISC-V, a width other than the target's (`-64bit` on RV64, `+64bit` on RV32) and a float
 * extension together with its integer-register form (`f` with `zfinx`, `d` with `zdinx`, `zfh` with
 * `zhinx`); on Hexagon, `+hvx` without an HVX version. LLVM stops (RISC-V) or crashes (Hexagon).
 * Facts: LLVM 22's RISC-V ISA checks (`RISCVISAInfo::checkDependency`, `RISCVSubtarget`) and rustc
 * 1.95 run on such specs.
 */
final class LlvmFeatureConflict implements Rule {
    /** RISC-V float extensions and the `*inx` extensions that keep floats in integer registers instead. */
    private static final List<List<String>> RISCV_EXCLUSIVE = List.of(List.of("f", "zfinx"), List.of("d", "zdinx"),
            List.of("zfh", "zhinx"), List.of("zfhmin", "zhinxmin"));

    @Override
    public String id() {
        return "llvm-feature-conflict";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`features` asks for no combination LLVM refuses: RISC-V widths and float/`*inx` pairs, Hexagon HVX.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        Set<String> on = new LinkedHashSet<>();
        Set<String> off = new LinkedHashSet<>();
        for (String item : r.text("features", "").split(",")) {
            if (item.startsWith("+")) {
                on.add(item.substring(1));
            } else if (item.startsWith("-")) {
                off.add(item.substring(1));
            }
        }
        String at = "/rustc/features";
        if (r.arch().equals("riscv64") && off.contains("64bit")) {
            findings.report(at, "`features` disables `64bit` on `riscv64`; LLVM stops (\"RV64 target requires an RV64 "
                    + "CPU\"): remove `-64bit`.");
        }
        if (r.arch().equals("riscv32") && on.contains("64bit")) {
            findings.report(at, "`features` enables `64bit` on `riscv32`; LLVM stops (\"RV32 target requires an RV32 "
                    + "CPU\"): remove `+64bit`.");
        }
        if (r.arch().equals("x86_64") && off.contains("64bit")) {
            findings.report(at, "`features` disables `64bit` on `x86_64`; LLVM stops (\"64-bit code requested on a "
                    + "subtarget that doesn't support it!\"): remove `-64bit`.");
        }
        if (r.arch().equals("mips") && on.contains("msa") && !on.contains("fp64")) {
            findings.report(at, "`features` enables `msa` without `fp64`; LLVM stops (\"MSA requires a 64-bit FPU "
                    + "register file (FR=1 mode)\"): add `+fp64`, or remove `+msa`.");
        }
        if (r.arch().equals("riscv64") && on.contains("32bit")) {
            findings.report(at, "`features` enables `32bit` on `riscv64`; LLVM stops (\"RV32 and RV64 can't be "
                    + "combined\"): remove `+32bit`.");
        }
        if (r.arch().equals("powerpc64") && on.contains("spe")) {
            findings.report(at, "`features` enables `spe` on `powerpc64`; LLVM stops (\"SPE is only supported for "
                    + "32-bit targets\"): remove `+spe`.");
        }
        if ((r.arch().equals("mips") || r.arch().equals("mips32r6") || r.arch().equals("mips64")
                || r.arch().equals("mips64r6")) && on.contains("noabicalls")
                && Set.of("pic", "pie").contains(r.text("relocation-model", "pic"))) {
            findings.report(at, "`features` enables `noabicalls`, but `relocation-model` is `"
                    + r.text("relocation-model", "pic") + "`; LLVM stops (\"position-independent code requires "
                    + "'-mabicalls'\"): remove `+noabicalls`, or use a `relocation-model` that is not position-independent, "
                    + "such as `static`.");
        }
        if (r.arch().startsWith("riscv")) {
            for (List<String> pair : RISCV_EXCLUSIVE) {
                if (on.contains(pair.get(0)) && on.contains(pair.get(1))) {
                    findings.report(at, "`features` enables both `" + pair.get(0) + "` and `" + pair.get(1) + "`, which "
                            + "LLVM refuses together (\"'" + pair.get(0) + "' and '" + pair.get(1) + "' extensions are "
                            + "incompatible\"): keep one.");
                }
            }
        }
        if (r.arch().equals("hexagon") && on.contains("hvx") && on.stream().noneMatch(f -> f.startsWith("hvxv"))) {
            findings.report(at, "`features` enables `hvx` without an HVX version, on which LLVM crashes: enable a "
                    + "version such as `+hvxv68` with it.");
        }
    }
}
