package dev.targetspec.render.intrinsics;

import java.util.List;

/** memcpy and friends. */
final class MemoryRules {
    private MemoryRules() {
    }

    static String provider(Facts f) {
        return f.memFeatureAutomatic() ? "compiler_builtins (its `mem` feature, on by default for this target)"
                : "the C library, or compiler_builtins with -Zbuild-std-features=compiler-builtins-mem";
    }

    static void add(Facts f, Intrinsics.Builder b) {
        String p = provider(f);
        switch (f.arch()) {
            case "nvptx64", "amdgpu", "bpf" -> {
                b.add("memcmp", Family.MEMORY, "comparison of byte slices of unknown length (compare_bytes)", p);
                return;
            }
            case "s390x" -> {
                b.add("memmove", Family.MEMORY, "overlapping copies of unknown length (ptr::copy); SystemZ does"
                        + " copies, fills and comparisons inline with MVC/XC/CLC loops", p);
                b.addAll(List.of("memcpy", "memset"), Family.MEMORY, "volatile copies and fills of unknown length"
                        + " (volatile_copy_memory, volatile_set_memory), which SystemZ does not expand inline", p);
                return;
            }
            default -> {
            }
        }
        if (f.os().equals("aix")) {
            b.addAll(List.of("___memmove64", "___memset64", "___bzero64", "___memcmp64"), Family.MEMORY,
                    "block copies, fills and comparisons: LLVM calls AIX's 64-bit libc entry points", "the AIX C"
                    + " library");
            b.add("memcmp", Family.MEMORY, "comparison of byte slices (compare_bytes)", p);
            return;
        }
        b.add("memcmp", Family.MEMORY, "comparison of byte slices (compare_bytes, slice ==)", p);
        boolean bulk = f.wasm() && !f.disabled().contains("bulk-memory") && !f.cpu().equals("mvp");
        if (bulk) {
            return;
        }
        if (f.aeabiMemory()) {
            for (String op : List.of("memcpy", "memmove", "memset", "memclr")) {
                for (String suffix : List.of("", "4", "8")) {
                    if (op.equals("memclr") && suffix.equals("4") && !memclr4(f)) {
                        continue;
                    }
                    b.add("__aeabi_" + op + suffix, Family.MEMORY, "block " + (op.startsWith("memcpy") ? "copies"
                            : op.equals("memmove") ? "moves" : op.equals("memset") ? "fills" : "zeroing")
                            + " (struct copies, ptr::copy, write_bytes); ARM EABI names, the suffix is the known"
                            + " alignment", "compiler_builtins (always on ARM EABI; calls its own mem"
                            + " implementation)");
                }
            }
        } else if (!f.sanitizers().contains("address")) {
            // AddressSanitizer calls __asan_memcpy and friends instead (see the sanitizer family).
            for (String op : List.of("memcpy", "memmove", "memset")) {
                b.add(op, Family.MEMORY, "block copies and fills of unknown or large size (struct copies,"
                        + " ptr::copy, write_bytes, zero-initialisation)", p);
            }
        }
        if (bcmp(f)) {
            b.add("bcmp", Family.MEMORY, "memcmp whose result is only compared with zero: LLVM uses bcmp where the"
                    + " target's C library is known to have it", p);
        }
        if (f.darwin() && !f.arm()) {
            String name = f.aarch64() ? "bzero" : f.os().equals("macos") ? "__bzero" : null;
            if (name != null) {
                b.add(name, Family.MEMORY, "zero fills: LLVM calls Darwin's bzero for memset(0)", "libSystem");
            }
        }
    }

    /**
     * Whether LLVM zeroes 4-byte-aligned blocks with {@code __aeabi_memclr4}: on M-profile and
     * pre-v6 cores; the v6 and later A and R profiles call {@code __aeabi_memclr} or
     * {@code __aeabi_memclr8} instead.
     */
    static boolean memclr4(Facts f) {
        String a = f.llvmArch();
        return a.startsWith("armv4") || a.startsWith("armv5") || a.startsWith("thumbv4") || a.startsWith("thumbv5")
                || a.startsWith("thumbv6m") || a.startsWith("thumbv7m") || a.startsWith("thumbv7em")
                || a.startsWith("thumbv8m") || a.equals("arm");
    }

    /** Where LLVM's TargetLibraryInfo marks bcmp available. */
    static boolean bcmp(Facts f) {
        String os = f.llvmOs();
        if (f.lastLlvmComponent().startsWith("android") || f.llvmEnv().contains("ilp32")) {
            return false;
        }
        return os.equals("linux") && !f.llvmEnv().equals("none") || os.startsWith("freebsd")
                || os.startsWith("solaris") || os.equals("illumos");
    }
}
