package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.List;
import java.util.Map;

/** `llvm-abiname` names an ABI the arch has. */
final class RustcLlvmAbiname implements Rule {
    /** ABI names per arch that rustc 1.95 accepts (RISC-V and LoongArch are checked; 32-bit MIPS is o32). */
    private static final Map<String, List<String>> NAMES = Map.of(
            "riscv32", List.of("ilp32", "ilp32f", "ilp32d", "ilp32e"),
            "riscv64", List.of("lp64", "lp64f", "lp64d", "lp64e"),
            // rustc 1.95 takes either width's names on either LoongArch (it checks the letter after the width).
            "loongarch32", List.of("ilp32s", "ilp32f", "ilp32d", "lp64s", "lp64f", "lp64d"),
            "loongarch64", List.of("ilp32s", "ilp32f", "ilp32d", "lp64s", "lp64f", "lp64d"));

    @Override
    public String id() {
        return "rustc-llvm-abiname";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`llvm-abiname` is an ABI of the arch: RISC-V, LoongArch, PowerPC64 (ELFv1/ELFv2, none on AIX) and MIPS.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String arch = r.arch();
        String name = r.llvmAbiname();
        String where = "/rustc/llvm-abiname";
        List<String> allowed = NAMES.get(arch);
        if (allowed != null && !allowed.contains(name)) {
            // With no name, LLVM used its default: the soft-float ABI of the register width (`e` with the E extension).
            java.util.Optional<Fix> fix = java.util.Optional.empty();
            if (name.isEmpty() && arch.startsWith("riscv")) {
                boolean e = java.util.Arrays.asList(r.text("features", "").split(",")).contains("+e");
                String value = (arch.equals("riscv32") ? "ilp32" : "lp64") + (e ? "e" : "");
                fix = java.util.Optional.of(new Fix("Add `\"llvm-abiname\": \"" + value + "\"`, the ABI LLVM used when "
                        + "none was named.", Fix.Edit.add("/rustc/llvm-abiname",
                                tools.jackson.databind.node.StringNode.valueOf(value))));
            }
            findings.report(r.has("llvm-abiname") ? where : "/rustc", "`llvm-abiname` is " + shown(name) + " but `"
                    + arch + "` needs one of " + String.join(", ", allowed) + ".", fix);
        } else if (arch.equals("powerpc64")) {
            if (r.os().equals("aix")) {
                if (!name.isEmpty()) {
                    findings.report(where, "`llvm-abiname` is `" + name + "` but AIX always uses the AIX ABI; "
                            + "leave `llvm-abiname` out.");
                }
            } else if (r.endian().equals("big") ? !(name.equals("elfv1") || name.equals("elfv2"))
                    : !name.equals("elfv2")) {
                findings.report(r.has("llvm-abiname") ? where : "/rustc", "`llvm-abiname` is " + shown(name) + " but a "
                        + r.endian() + "-endian PowerPC64 target needs "
                        + (r.endian().equals("big") ? "`elfv1` or `elfv2`." : "`elfv2`."));
            }
        } else if ((arch.equals("mips") || arch.equals("mips32r6")) && (name.equals("n32") || name.equals("n64"))
                && !r.llvmTarget().startsWith("mips64") && !mips64Cpu(r)) {
            findings.report(where, "`llvm-abiname` is `" + name + "`, a 64-bit MIPS ABI, but `arch` is `" + arch
                    + "`, `llvm-target` a 32-bit MIPS and `cpu` a 32-bit CPU; LLVM refuses it.");
        }
    }

    /** Whether the CPU or features are a 64-bit MIPS, for which LLVM takes the 64-bit ABIs on any MIPS triple. */
    private static boolean mips64Cpu(Rustc r) {
        String cpu = r.text("cpu", "");
        boolean features = java.util.Arrays.stream(r.text("features", "").split(","))
                .anyMatch(f -> f.matches("\\+(mips3|mips4|mips5|mips64(r[2-6])?)"));
        return features || cpu.matches("mips[345]|mips64(r[2-6])?|octeon\\+?|cnmips.*|i6400|i6500|p6600");
    }

    private static String shown(String name) {
        return name.isEmpty() ? "not set" : "`" + name + "`";
    }
}
