package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/**
 * `entry-abi` is a calling convention that exists on the arch. rustc 1.95 panics (an internal
 * compiler error) on one that does not; here it is an ordinary error.
 */
final class RustcEntryAbi implements Rule {
    @Override
    public String id() {
        return "rustc-entry-abi";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`entry-abi` is a calling convention the target's arch has.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        if (!r.has("entry-abi")) {
            return;
        }
        String abi = r.text("entry-abi", "");
        String base = abi.endsWith("-unwind") ? abi.substring(0, abi.length() - "-unwind".length()) : abi;
        if (!valid(base, r)) {
            findings.report("/rustc/entry-abi", "`entry-abi` is `" + abi + "`, which does not exist on `" + r.arch()
                    + "`" + (r.flag("is-like-windows") ? " Windows" : "") + "; use `C` or a convention of that arch.");
        }
    }

    /** Whether rustc 1.95 maps {@code abi} (without `-unwind`) to a calling convention for this target. */
    static boolean valid(String abi, Rustc r) {
        String arch = r.arch();
        boolean x86 = arch.equals("x86");
        boolean x86_64 = arch.equals("x86_64");
        boolean windows = r.flag("is-like-windows");
        boolean riscv = arch.equals("riscv32") || arch.equals("riscv64");
        return switch (abi) {
            case "C", "Rust", "rust-call", "unadjusted", "rust-cold", "custom", "system", "cdecl",
                    "rust-preserve-none" -> true;
            case "rust-invalid" -> false;
            // The 1.97 nightly reads `Swift` but maps it to no convention and panics (unwrap on `None`).
            case "Swift" -> false;
            case "efiapi" -> Set.of("arm", "x86_64", "aarch64", "riscv32", "riscv64", "x86", "loongarch32", "loongarch64")
                    .contains(arch);
            case "aapcs" -> arch.equals("arm");
            case "cmse-nonsecure-call", "cmse-nonsecure-entry" -> arch.equals("arm")
                    && r.llvmTarget().startsWith("thumbv8m");
            case "ptx-kernel" -> arch.equals("nvptx64");
            case "gpu-kernel" -> arch.equals("nvptx64") || arch.equals("amdgpu");
            case "fastcall", "stdcall" -> x86 || windows;
            case "thiscall" -> x86;
            case "vectorcall" -> x86 || x86_64;
            case "sysv64", "win64" -> x86_64;
            case "avr-interrupt", "avr-non-blocking-interrupt" -> arch.equals("avr");
            case "msp430-interrupt" -> arch.equals("msp430");
            case "riscv-interrupt-m", "riscv-interrupt-s" -> riscv;
            case "x86-interrupt" -> x86 || x86_64;
            default -> true;
        };
    }
}
