package dev.targetspec.render.intrinsics;

import java.util.List;

/** Stack probes, unwinding, sanitizer hooks and linker-defined symbols. */
final class PlatformRules {
    /**
     * {@code __rust_probestack} as rustc 1.95 mangles it: a Rust-internal symbol of the
     * {@code __rustc} pseudo-crate, whose hash changes with the compiler version. Measured with
     * llvm-nm on objects from rustc 1.95.0.
     */
    static final String PROBESTACK_1_95 = "_RNvCsfLfy6EI15iL_7___rustc17___rust_probestack";
    static final List<String> ASAN = List.of("__asan_init", "__asan_version_mismatch_check_v8",
            "__asan_report_load1", "__asan_report_load2", "__asan_report_load4", "__asan_report_load8",
            "__asan_report_load16", "__asan_report_load_n", "__asan_report_store1", "__asan_report_store2",
            "__asan_report_store4", "__asan_report_store8", "__asan_report_store16", "__asan_report_store_n",
            "__asan_memcpy", "__asan_memmove", "__asan_memset", "__asan_register_elf_globals",
            "__asan_set_shadow_00", "__asan_set_shadow_f8",
            "__start_asan_globals", "__stop_asan_globals");

    private PlatformRules() {
    }

    static void add(Facts f, Intrinsics.Builder b) {
        stackProbes(f, b);
        linker(f, b);
        if (f.sanitizers().contains("address")) {
            b.addAll(ASAN, Family.SANITIZER, "the target enables AddressSanitizer by default (default-sanitizers)",
                    "the AddressSanitizer runtime (rustc's librustc-*_rt.asan)");
        }
        if (f.arm() && f.format().equals("elf") && f.uwtable() && !f.aeabiMemory()
                || f.arm() && f.format().equals("elf") && f.uwtable() && f.os().equals("vexos")) {
            b.addAll(List.of("__aeabi_unwind_cpp_pr0", "__aeabi_unwind_cpp_pr1"), Family.UNWIND,
                    "ARM EHABI unwind tables (default-uwtable) name the compact personality routines",
                    "libgcc_s or libunwind (define empty stubs when nothing unwinds)");
        }
        if (f.arch().equals("arm64ec")) {
            for (String n : List.of("__os_arm64x_check_icall", "__os_arm64x_dispatch_call_no_redirect",
                    "__os_arm64x_dispatch_ret")) {
                b.raw(n, Family.LINKER, "Arm64EC: indirect calls and returns go through the emulator's dispatch"
                        + " pointers", "the Windows loader (CHPE metadata)");
            }
            b.raw("memcmp", Family.MEMORY, "Arm64EC: the x64-compatible (unmangled) entry of memcmp, referenced"
                    + " alongside #memcmp", MemoryRules.provider(f));
        }
    }

    private static void stackProbes(Facts f, Intrinsics.Builder b) {
        String kind = f.stackProbes();
        boolean call = kind.equals("call") || kind.equals("inline-or-call");
        if (call && f.x86()) {
            b.add(PROBESTACK_1_95, Family.STACK_PROBE, "stack-probes = call: frames larger than a page call"
                    + " __rust_probestack (version-mangled since rust-lang/rust#141992; this is rustc 1.95's spelling)",
                    Intrinsics.CB);
            return;
        }
        if (!f.windows()) {
            return;
        }
        String why = "Windows: frames larger than a page call the stack-probe routine";
        if (f.arch().equals("arm64ec")) {
            b.raw("#__chkstk_arm64ec", Family.STACK_PROBE, why + " (Arm64EC name)", "the MSVC runtime");
        } else if (f.arch().equals("x86_64") && gnu(f)) {
            b.add("___chkstk_ms", Family.STACK_PROBE, why + " (MinGW name)", Intrinsics.CB + " or libgcc");
        } else if (f.x86() && !gnu(f)) {
            b.add(f.arch().equals("x86") ? "_chkstk" : "__chkstk", Family.STACK_PROBE, why + " (MSVC name)",
                    "the MSVC runtime, or compiler_builtins");
        } else if (f.arch().equals("x86")) {
            b.add("_alloca", Family.STACK_PROBE, why + " (MinGW 32-bit name)", Intrinsics.CB + " or libgcc");
        } else {
            b.add("__chkstk", Family.STACK_PROBE, why, "the MSVC runtime, or compiler_builtins");
        }
    }

    static boolean gnu(Facts f) {
        return f.llvmEnv().startsWith("gnu") || f.llvmOs().equals("cygwin") || f.env().equals("gnu");
    }

    private static void linker(Facts f, Intrinsics.Builder b) {
        String why = "position-independent code refers to the GOT base";
        if (f.format().equals("elf") && !f.staticRelocation()) {
            if (f.arch().equals("x86") || f.arch().equals("csky") && f.os().equals("linux")
                    || f.sparc() && !f.os().equals("none")) {
                b.raw("_GLOBAL_OFFSET_TABLE_", Family.LINKER, why, Intrinsics.LINKER);
            }
            if (f.arch().equals("powerpc64")) {
                b.raw(".TOC.", Family.LINKER, "the PowerPC64 ELF ABI addresses globals through the TOC",
                        Intrinsics.LINKER);
            }
            if ((f.arch().equals("mips") || f.arch().equals("mips32r6")) && !f.has("noabicalls")) {
                b.raw("_gp_disp", Family.LINKER, "MIPS o32 PIC computes $gp from _gp_disp", Intrinsics.LINKER);
            }
        }
        if (f.wasm()) {
            b.raw("__stack_pointer", Family.LINKER, "the wasm shadow-stack pointer global", "wasm-ld");
            if (!f.cpu().equals("mvp")) {
                b.raw("__indirect_function_table", Family.LINKER, "the wasm table that function pointers index"
                        + " (an imported table needs reference types, which the MVP CPU lacks)", "wasm-ld");
            }
        }
        if (f.x86() && f.msvcNames() && !f.llvmOs().equals("cygwin")) {
            b.add("_fltused", Family.LINKER, "MSVC convention: objects that use floating point reference _fltused",
                    "the MSVC runtime, or compiler_builtins (defines it on UEFI)");
        }
    }
}
