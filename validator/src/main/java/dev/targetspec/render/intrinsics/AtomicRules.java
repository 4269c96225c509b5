package dev.targetspec.render.intrinsics;

import java.util.ArrayList;
import java.util.List;

/** Atomic operations done by a library call. */
final class AtomicRules {
    static final List<String> ATOMIC_OPS = List.of("load", "store", "exchange", "compare_exchange", "fetch_add",
            "fetch_sub", "fetch_and", "fetch_or", "fetch_xor", "fetch_nand");
    static final List<String> SYNC_OPS = List.of("fetch_and_add", "fetch_and_sub", "fetch_and_and", "fetch_and_or",
            "fetch_and_xor", "fetch_and_nand", "fetch_and_max", "fetch_and_min", "fetch_and_umax", "fetch_and_umin",
            "val_compare_and_swap", "lock_test_and_set");
    static final List<String> ORDERS = List.of("relax", "acq", "rel", "acq_rel");

    private AtomicRules() {
    }

    /** The widths, in bytes, Rust exposes atomics of: min-atomic-width up to max-atomic-width. */
    static List<Integer> widths(Facts f) {
        List<Integer> out = new ArrayList<>();
        for (int bytes = 1; bytes <= 16; bytes *= 2) {
            if (bytes * 8 <= f.maxAtomic()) {
                out.add(bytes);
            }
        }
        return out;
    }

    static void add(Facts f, Intrinsics.Builder b) {
        if (syncFence(f)) {
            // atomic::fence exists whatever the atomic widths, none included.
            b.add("__sync_synchronize", Family.ATOMICS, "fences: the CPU has no barrier instruction LLVM can use",
                    f.arm() && f.os().equals("linux") || f.os().equals("android")
                    ? "compiler_builtins (Linux kernel user helper), or libgcc" : "libgcc or the RTOS");
        }
        List<Integer> widths = widths(f);
        if (widths.isEmpty()) {
            return;
        }
        if (f.aarch64() && f.has("outline-atomics")) {
            for (int n : widths) {
                for (String op : List.of("cas", "swp", "ldadd", "ldclr", "ldeor", "ldset")) {
                    if (n == 16 && !op.equals("cas")) {
                        continue;
                    }
                    for (String o : ORDERS) {
                        b.add("__aarch64_" + op + n + "_" + o, Family.ATOMICS, "outline-atomics: each read-modify-write"
                                + " calls a helper that picks LSE or LL/SC at run time",
                                "compiler_builtins (aarch64 outline atomics), or libgcc");
                    }
                }
            }
        }
        if (libcallAtomics(f)) {
            String why = "atomics in a library: " + noAtomicReason(f);
            for (int n : widths) {
                for (String op : ATOMIC_OPS) {
                    if (!f.atomicCas() && !op.equals("load") && !op.equals("store")) {
                        continue;
                    }
                    b.add("__atomic_" + op + "_" + n, Family.ATOMICS, why,
                            "libatomic, libgcc or the RTOS (compiler_builtins does not define __atomic_*)");
                }
            }
        } else if (syncAtomics(f) && f.atomicCas()) {
            String why = "read-modify-write atomics as __sync calls: " + syncReason(f);
            String provider = f.arm() && f.os().equals("linux") || f.os().equals("android")
                    ? "compiler_builtins (Linux kernel user helpers), or libgcc"
                    : "libgcc or the RTOS (compiler_builtins defines __sync_* only for ARM Linux)";
            for (int n : widths) {
                if (n > 4) {
                    continue;
                }
                for (String op : SYNC_OPS) {
                    b.add("__sync_" + op + "_" + n, Family.ATOMICS, why, provider);
                }
            }
        }
    }

    /** Targets whose CPU has no atomic instructions at all, so LLVM calls __atomic_*. */
    static boolean libcallAtomics(Facts f) {
        if (f.riscv()) {
            return !f.has("a") && !f.has("forced-atomics") && !f.has("zaamo") && !f.has("zalrsc")
                    && f.features().stream().noneMatch(s -> s.startsWith("rva"));
        }
        if (f.arm()) {
            return f.llvmArch().startsWith("thumbv6m") && !f.has("atomics-32");
        }
        if (f.sparc()) {
            return f.registerWidth() == 32 && f.cpu().matches("v7|v8|generic") && !f.has("v8plus");
        }
        return f.arch().equals("csky");
    }

    static String noAtomicReason(Facts f) {
        if (f.riscv()) {
            return "the RISC-V target lacks the A extension";
        }
        if (f.arm()) {
            return "ARMv6-M has no exclusive load/store, and the spec does not enable +atomics-32";
        }
        return "the CPU has no compare-and-swap instruction LLVM uses";
    }

    /** Targets where LLVM lowers read-modify-write atomics to __sync_* calls. */
    static boolean syncAtomics(Facts f) {
        if (f.arm()) {
            String a = f.llvmArch();
            boolean preV6 = a.startsWith("armv4") || a.startsWith("armv5") || a.startsWith("thumbv4")
                    || a.startsWith("thumbv5") || a.equals("arm") && f.lastLlvmComponent().contains("android");
            return preV6 || a.equals("thumbv6") || f.has("atomics-32") && f.atomicCas();
        }
        if (f.arch().equals("m68k")) {
            return f.cpu().equals("M68010") || f.cpu().equals("M68000");
        }
        return f.riscv() && f.has("forced-atomics");
    }

    static String syncReason(Facts f) {
        if (f.arm()) {
            return "this ARM architecture has no exclusive load/store (LDREX/STREX) in the mode the target uses";
        }
        if (f.riscv()) {
            return "+forced-atomics: loads and stores are native, everything else a call";
        }
        return "the CPU has no compare-and-swap instruction";
    }

    static boolean syncFence(Facts f) {
        if (f.arch().equals("csky")) {
            return true;
        }
        if (!f.arm()) {
            return false;
        }
        String a = f.llvmArch();
        return a.startsWith("armv4") || a.startsWith("armv5") || a.startsWith("thumbv4") || a.startsWith("thumbv5")
                || a.equals("arm") && f.lastLlvmComponent().contains("android") || a.equals("thumbv6");
    }
}
