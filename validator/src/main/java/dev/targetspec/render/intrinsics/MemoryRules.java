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
                    b.add("__aeabi_" + op + suffix, Family.MEMORY, "block " + (op.startsWith("memcpy") ? "copies"
                            : op.equals("memmove") ? "moves" : op.equals("memset") ? "fills" : "zeroing")
                            + " (struct copies, ptr::copy, write_bytes); ARM EABI names, the suffix is the known"
                            + " alignment", "compiler_builtins (always on ARM EABI; calls its own mem"
                            + " implementation)");
                }
            }
        } else {
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

    /** Where LLVM's TargetLibraryInfo marks bcmp available. */
    static boolean bcmp(Facts f) {
        String os = f.llvmOs();
        if (f.lastLlvmComponent().startsWith("android")) {
            return false;
        }
        return os.equals("linux") && !f.llvmEnv().equals("none") || os.startsWith("freebsd")
                || os.startsWith("solaris") || os.equals("illumos");
    }
}
