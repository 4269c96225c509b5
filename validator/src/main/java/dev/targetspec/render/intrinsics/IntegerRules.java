package dev.targetspec.render.intrinsics;

import java.util.List;

/** Integer division, remainder, multiplication, shifts and bit counts the target does in software. */
final class IntegerRules {
    private final Facts f;
    private final Intrinsics.Builder b;

    IntegerRules(Facts f, Intrinsics.Builder b) {
        this.f = f;
        this.b = b;
    }

    void add() {
        switch (f.arch()) {
            case "avr" -> avr();
            case "msp430" -> msp430();
            case "hexagon" -> hexagon();
            case "nvptx64", "amdgpu", "bpf" -> {
                // The backend expands every integer operation inline.
            }
            default -> generic();
        }
        wide();
    }

    /** 128-bit division: a library call on every target LLVM does not expand it inline on. */
    private void wide() {
        if (f.arch().equals("nvptx64") || f.arch().equals("amdgpu") || f.arch().equals("bpf")) {
            return;
        }
        String reason = "u128/i128 division and remainder: no target divides 128-bit integers in hardware";
        // LLVM 22 expands 128-bit division inline on 32-bit x86, ARM and RISC-V only.
        if (f.registerWidth() >= 64 || f.wasm() || !(f.arm() || f.riscv() || f.arch().equals("x86"))) {
            b.addAll(List.of("__udivti3", "__divti3", "__umodti3", "__modti3"), Family.INTEGER, reason, Intrinsics.CB);
        }
        if (f.wasm() || f.sparc() && f.registerWidth() == 64) {
            b.addAll(List.of("__multi3"), Family.INTEGER, "u128/i128 multiplication: the backend has no 64x64->128"
                    + " multiply", Intrinsics.CB);
        }
        if (f.wasm() || f.arch().equals("s390x") || f.sparc() && f.registerWidth() == 64) {
            b.addAll(List.of("__ashlti3", "__lshrti3", "__ashrti3"), Family.INTEGER, "u128/i128 shifts by a variable"
                    + " amount", Intrinsics.CB);
        }
        if (f.wasm()) {
            b.add("__muloti4", Family.INTEGER, "i128 multiplication with an overflow check (checked_mul,"
                    + " overflowing_mul): wasm enables LLVM's 128-bit library calls", Intrinsics.CB);
        }
    }

    private void generic() {
        boolean div32 = hasDiv32();
        boolean mul = hasMul();
        int reg = f.registerWidth();
        String cb = Intrinsics.CB;
        if (f.windows() && f.arm()) {
            b.addAll(List.of("__rt_udiv", "__rt_sdiv", "__rt_udiv64", "__rt_sdiv64"), Family.INTEGER,
                    "Windows on ARM: division goes through the runtime's checked divide helpers",
                    "the MSVC runtime (compiler_builtins does not define __rt_*)");
            return;
        }
        boolean sparcV7 = f.sparc() && reg == 32 && !f.has("v8plus") && f.cpu().matches("v7|generic");
        if (!div32 && !sparcV7) {
            if (f.aeabi()) {
                b.addAll(List.of("__aeabi_uidiv", "__aeabi_idiv", "__aeabi_uidivmod", "__aeabi_idivmod"),
                        Family.INTEGER, "32-bit division and remainder: " + noDivReason() + "; ARM EABI names", cb);
            } else {
                b.addAll(List.of("__udivsi3", "__divsi3", "__umodsi3", "__modsi3"), Family.INTEGER,
                        "32-bit division and remainder: " + noDivReason(), cb);
            }
        } else if (f.arch().equals("m68k")) {
            b.addAll(List.of("__umodsi3", "__modsi3"), Family.INTEGER, "32-bit remainder: the 68010/68020 baseline"
                    + " has no 32-bit remainder instruction", cb);
            if (f.cpu().equals("M68010") || f.cpu().equals("M68000")) {
                b.addAll(List.of("__udivsi3", "__divsi3"), Family.INTEGER, "32-bit division: the 68000/68010 have"
                        + " only 16-bit division", cb);
            }
        }
        if (sparcV7) {
            b.addAll(List.of(".udiv", ".div", ".urem", ".rem", ".umul"), Family.INTEGER,
                    "SPARC V7 has no multiply or divide instructions; LLVM calls the SPARC ABI's .mul/.div routines",
                    "libgcc (compiler_builtins lacks the dotted SPARC routines)");
        }
        if (reg == 32 && !f.wasm()) {
            String reason = "64-bit division and remainder on a 32-bit machine";
            if (f.aeabi()) {
                b.addAll(List.of("__aeabi_uldivmod", "__aeabi_ldivmod"), Family.INTEGER, reason + "; ARM EABI names",
                        cb);
            } else if (f.msvcNames() && f.x86()) {
                b.addAll(List.of("_aulldiv", "_alldiv", "_aullrem", "_allrem"), Family.INTEGER,
                        reason + "; the MSVC runtime's names", "the MSVC runtime (compiler_builtins does not define"
                        + " them)");
            } else {
                b.addAll(List.of("__udivdi3", "__divdi3", "__umoddi3", "__moddi3"), Family.INTEGER, reason, cb);
            }
        }
        if (!mul) {
            if (reg == 32) {
                b.add("__mulsi3", Family.INTEGER, "32-bit multiplication: no multiply instruction (" + noMulReason()
                        + ")", cb);
            }
            b.add("__muldi3", Family.INTEGER, "64-bit multiplication: no multiply instruction (" + noMulReason()
                    + ")", cb);
        } else if (reg == 32 && (f.arch().equals("csky") || f.arch().equals("m68k")
                || f.sparc() && !f.has("v8plus"))) {
            b.add("__muldi3", Family.INTEGER, "64-bit multiplication: no 32x32->64 multiply in the baseline", cb);
        }
        if (f.arm() && thumb1Only()) {
            b.addAll(List.of("__aeabi_lmul", "__aeabi_llsl", "__aeabi_llsr", "__aeabi_lasr"), Family.INTEGER,
                    "64-bit multiplication and shifts: Thumb-1 has no long multiply or shifts of register pairs", cb);
        }
        if (reg == 32 && (f.arch().equals("csky") || f.sparc() && !f.has("v8plus") && f.cpu().matches("v7|generic")
                || f.sparc() && f.has("v8plus"))) {
            b.addAll(List.of("__ashldi3", "__lshrdi3", "__ashrdi3"), Family.INTEGER,
                    "64-bit shifts by a variable amount", cb);
        }
        if (f.arm() && !hasClz()) {
            b.add("__clzsi2", Family.INTEGER, "leading_zeros: no CLZ instruction before ARMv5 (and not in Thumb-1)",
                    cb);
        }
        if (f.sparc() && reg == 32 && !f.has("v8plus")) {
            b.add("__clzsi2", Family.INTEGER, "leading_zeros: SPARC has no count-leading-zeros instruction", cb);
        }
        if (f.sparc() && (reg == 64 || f.has("v8plus"))) {
            b.add(reg == 64 ? "__clzdi2" : "__clzsi2", Family.INTEGER, "leading_zeros: SPARC has no"
                    + " count-leading-zeros instruction", cb);
        }
    }

    private String noDivReason() {
        if (f.riscv()) {
            return "the RISC-V target lacks the M extension";
        }
        if (f.arm()) {
            return "this ARM profile has no hardware divide (hwdiv)";
        }
        return "no hardware divide";
    }

    private String noMulReason() {
        return f.riscv() ? "the RISC-V target lacks the M and Zmmul extensions" : "the baseline " + f.arch()
                + " CPU";
    }

    boolean hasDiv32() {
        if (f.riscv()) {
            return f.has("m") || f.features().stream().anyMatch(s -> s.startsWith("rva") || s.startsWith("rvb"));
        }
        if (f.arm()) {
            return armHwDiv();
        }
        if (f.arch().equals("m68k")) {
            return !f.cpu().equals("M68010") && !f.cpu().equals("M68000");
        }
        if (f.sparc() && f.registerWidth() == 32) {
            return !f.cpu().matches("v7|generic") || f.has("v8plus");
        }
        return true;
    }

    boolean hasMul() {
        if (f.riscv()) {
            return f.has("m") || f.has("zmmul") || f.features().stream().anyMatch(s -> s.startsWith("rva")
                    || s.startsWith("rvb"));
        }
        if (f.arch().equals("m68k")) {
            return !f.cpu().equals("M68010") && !f.cpu().equals("M68000");
        }
        return true;
    }

    /** The LLVM arch of an ARM target, e.g. {@code thumbv7em}. */
    private String armArch() {
        return f.llvmArch();
    }

    boolean armHwDiv() {
        if (f.has("hwdiv") && armArch().startsWith("thumb") || f.has("hwdiv-arm")) {
            return true;
        }
        String a = armArch();
        return a.startsWith("thumbv7m") || a.startsWith("thumbv7em") || a.startsWith("thumbv7r")
                || a.startsWith("thumbv8") || a.startsWith("armv8r") || a.equals("armv7s");
    }

    /** Thumb-1 code: no long multiply, no register-pair shifts, no CLZ. */
    boolean thumb1Only() {
        String a = armArch();
        return a.startsWith("thumbv6m") || a.startsWith("thumbv8m.base") || a.startsWith("thumbv4")
                || a.startsWith("thumbv5") || a.equals("thumbv6");
    }

    private boolean hasClz() {
        String a = armArch();
        return !(a.startsWith("armv4") || a.startsWith("thumbv4") || a.startsWith("thumbv5") || a.equals("thumbv6")
                || thumb1Only());
    }

    private void avr() {
        String cb = Intrinsics.CB;
        b.addAll(List.of("__udivmodqi4", "__divmodqi4", "__udivmodhi4", "__divmodhi4", "__udivmodsi4", "__divmodsi4"),
                Family.INTEGER, "AVR has no divide instruction; avr-gcc's combined divide-and-remainder routines",
                cb + " (avr) or libgcc");
        b.addAll(List.of("__mulsi3", "__muldi3"), Family.INTEGER, "AVR multiplies only 8x8 bits in hardware", cb);
        b.add("__mulosi4", Family.INTEGER, "i32 multiplication with an overflow check (checked_mul) on a 16-bit"
                + " machine", cb);
        b.addAll(List.of("__udivdi3", "__divdi3", "__umoddi3", "__moddi3"), Family.INTEGER,
                "64-bit division and remainder on an 8-bit machine", cb);
    }

    private void msp430() {
        String p = "compiler_builtins lacks the __mspabi_* names: link libgcc from msp430-elf-gcc";
        b.addAll(List.of("__mspabi_divi", "__mspabi_divu", "__mspabi_remi", "__mspabi_remu", "__mspabi_divli",
                "__mspabi_divul", "__mspabi_remli", "__mspabi_remul", "__mspabi_divlli", "__mspabi_divull",
                "__mspabi_remlli", "__mspabi_remull"), Family.INTEGER,
                "MSP430 has no divide instruction; the MSP430 EABI's helper names", p);
        b.addAll(List.of("__mspabi_mpyi", "__mspabi_mpyl", "__mspabi_mpyll"), Family.INTEGER,
                "multiplication: the baseline MSP430 has no multiplier", p);
        b.addAll(List.of("__mspabi_slll", "__mspabi_srll", "__mspabi_sral"), Family.INTEGER,
                "64-bit shifts by a variable amount", p);
        b.add("__mulosi4", Family.INTEGER, "i32 multiplication with an overflow check (checked_mul) on a 16-bit"
                + " machine", Intrinsics.CB);
    }

    private void hexagon() {
        b.addAll(List.of("__hexagon_udivsi3", "__hexagon_divsi3", "__hexagon_umodsi3", "__hexagon_modsi3",
                "__hexagon_udivdi3", "__hexagon_divdi3", "__hexagon_umoddi3", "__hexagon_moddi3"), Family.INTEGER,
                "Hexagon has no divide instruction; LLVM calls the Hexagon ABI's routines",
                Intrinsics.CB + " (hexagon)");
    }
}
