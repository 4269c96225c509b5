package dev.targetspec.render.crate;

import dev.targetspec.render.entry.EntryPoint;
import java.util.List;
import java.util.regex.Pattern;

/** The source of {@code src/main.rs}: the entry function, a halt or exit, and the panic handler. */
final class MainRs {
    /** What a Rust {@code extern "..."} may name; anything else in an entry artifact is prose, not an ABI. */
    private static final Pattern RUST_ABI = Pattern.compile("[a-z][a-z0-9-]*");

    private MainRs() {
    }

    /**
     * How the program starts.
     *
     * @param entry the entry artifact
     * @param arch rustc's {@code arch}
     * @param linux whether the program is a Linux process (then it leaves through {@code exit_group})
     * @param assembly the rendered assembly files to include, relative to the crate root, in order
     * @param mainSymbol when a boot stub defines the entry, the Rust function it calls with (magic, info)
     * @param vectorTable whether to emit a Cortex-M vector table (initial stack pointer, reset handler)
     * @param copyData whether the entry copies {@code .data} from where the linker script stores it
     *     ({@code __data_load_start}) to {@code __data_start}..{@code __data_end}
     * @param zeroBss whether the entry zeroes {@code __bss_start}..{@code __bss_end}
     */
    record Plan(EntryPoint entry, String arch, boolean linux, List<String> assembly, String mainSymbol,
            boolean vectorTable, boolean copyData, boolean zeroBss) {
        Plan {
            assembly = List.copyOf(assembly);
        }
    }

    static String source(Plan p) {
        EntryPoint e = p.entry();
        StringBuilder s = new StringBuilder();
        s.append("//! A freestanding program for `").append(e.target()).append("`: no standard library, no C runtime,")
                .append("\n//! no `main`. See README.md for how to build and run it.\n\n");
        s.append("#![no_std]\n#![no_main]\n\n");
        s.append("use core::panic::PanicInfo;\n\n");
        for (String file : p.assembly()) {
            s.append("// Rendered by targetspec; assembled here by rustc's integrated assembler.\n");
            s.append("core::arch::global_asm!(include_str!(\"../").append(file)
                    .append(p.arch().equals("x86") || p.arch().equals("x86_64") ? "\"), options(att_syntax, raw));\n\n"
                            : "\"), options(raw));\n\n");
        }
        if (p.vectorTable()) {
            s.append("// The reset vector, word 1 of the vector table at the start of flash: the linker script writes\n");
            s.append("// the initial stack pointer as word 0 and keeps .vector_table.reset_vector next, as cortex-m-rt's\n");
            s.append("// does (the linker sets the handler's Thumb bit).\n");
            s.append("core::arch::global_asm!(\n");
            s.append("    \".pushsection .vector_table.reset_vector, \\\"a\\\"\",\n");
            s.append("    \".word ").append(e.symbol()).append("\",\n");
            s.append("    \".popsection\",\n");
            s.append(");\n\n");
        }
        if (p.mainSymbol() != null) {
            s.append("/// Called by the boot stub's `").append(e.symbol())
                    .append("` once it has set up a stack, with the loader's magic value\n")
                    .append("/// and the physical address of the boot information.\n");
            s.append("#[unsafe(no_mangle)]\n");
            s.append("pub extern \"C\" fn ").append(p.mainSymbol()).append("(_magic: u32, _info: u32) -> ! {\n");
            s.append("    halt()\n}\n\n");
        } else if (e.returns().mayReturn() && e.protocol().equals("uefi")) {
            s.append("/// The entry: the firmware calls it with the image handle and the system table.\n");
            s.append("#[unsafe(no_mangle)]\n");
            s.append("pub extern \"").append(abi(e)).append("\" fn ").append(e.symbol())
                    .append("(_image: *mut core::ffi::c_void, _system_table: *mut core::ffi::c_void) -> usize {\n");
            s.append("    0 // EFI_SUCCESS\n}\n\n");
        } else {
            s.append("/// The entry point: the ").append(p.vectorTable() ? "core jumps here from the reset vector"
                    : p.linux() ? "kernel starts the process here" : "loader jumps here").append(". It must not return.\n");
            if (p.copyData() || p.zeroBss()) {
                s.append("/// Before anything reads a static, it copies `.data` from flash to RAM and zeroes `.bss`,\n")
                        .append("/// between the bounds the linker script defines.\n");
            }
            s.append("#[unsafe(no_mangle)]\n");
            if (!e.symbol().equals(e.symbol().toLowerCase(java.util.Locale.ROOT))) {
                s.append("#[allow(non_snake_case)]\n");
            }
            s.append("pub extern \"").append(abi(e)).append("\" fn ").append(e.symbol()).append("() -> ! {\n");
            if (p.copyData() || p.zeroBss()) {
                s.append(initialise(p));
            }
            s.append(p.linux() && exitCall(p.arch()) != null ? "    exit(0)\n" : "    halt()\n");
            s.append("}\n\n");
        }
        s.append("#[panic_handler]\nfn panic(_info: &PanicInfo) -> ! {\n");
        s.append(p.linux() && exitCall(p.arch()) != null ? "    exit(101)\n" : "    halt()\n");
        s.append("}\n");
        if (p.linux() && exitCall(p.arch()) != null) {
            s.append("\n/// Ends the process with the `exit_group` system call: there is no C library to call `exit`.\n");
            s.append("fn exit(status: i32) -> ! {\n");
            s.append("    unsafe {\n        core::arch::asm!(").append(exitCall(p.arch()))
                    .append(", options(noreturn, nostack))\n    }\n}\n");
        } else {
            s.append("\n/// Stops here for good: there is nothing to return to.\n");
            s.append("fn halt() -> ! {\n    loop {\n");
            String wait = waitInstruction(p.arch());
            if (wait == null) {
                s.append("        core::hint::spin_loop();\n");
            } else {
                s.append("        unsafe { core::arch::asm!(\"").append(wait).append("\", options(nomem, nostack)) }\n");
            }
            s.append("    }\n}\n");
        }
        return s.toString();
    }

    /**
     * The start of a reset handler that copies {@code .data} and zeroes {@code .bss} a byte at a time,
     * with volatile writes so that the compiler does not turn the loops into calls of {@code memcpy}
     * and {@code memset}, which may not be there yet.
     */
    private static String initialise(Plan p) {
        StringBuilder s = new StringBuilder();
        s.append("    // Addresses the linker script defines; only their addresses mean anything.\n");
        s.append("    unsafe extern \"C\" {\n");
        if (p.copyData()) {
            s.append("        static mut __data_start: u8;\n        static mut __data_end: u8;\n")
                    .append("        static __data_load_start: u8;\n");
        }
        if (p.zeroBss()) {
            s.append("        static mut __bss_start: u8;\n        static mut __bss_end: u8;\n");
        }
        s.append("    }\n");
        s.append("    unsafe {\n");
        if (p.copyData()) {
            s.append("        let mut to = &raw mut __data_start;\n");
            s.append("        let mut from = &raw const __data_load_start;\n");
            s.append("        while to < &raw mut __data_end {\n");
            s.append("            to.write_volatile(from.read());\n");
            s.append("            to = to.add(1);\n");
            s.append("            from = from.add(1);\n");
            s.append("        }\n");
        }
        if (p.zeroBss()) {
            s.append("        let mut at = &raw mut __bss_start;\n");
            s.append("        while at < &raw mut __bss_end {\n");
            s.append("            at.write_volatile(0);\n");
            s.append("            at = at.add(1);\n");
            s.append("        }\n");
        }
        s.append("    }\n");
        return s.toString();
    }

    /** The entry's ABI when it is one Rust can name; "C" otherwise. */
    static String abi(EntryPoint e) {
        return RUST_ABI.matcher(e.abi()).matches() ? e.abi() : "C";
    }

    /** The operands of an {@code asm!} that makes the exit_group system call, or null for an unknown arch. */
    static String exitCall(String arch) {
        return switch (arch) {
            case "x86_64" -> "\"syscall\", in(\"rax\") 231, in(\"rdi\") status";
            case "x86" -> "\"int 0x80\", in(\"eax\") 252, in(\"ebx\") status";
            case "aarch64" -> "\"svc #0\", in(\"x8\") 94, in(\"x0\") status";
            case "riscv64", "riscv32" -> "\"ecall\", in(\"a7\") 94, in(\"a0\") status";
            default -> null;
        };
    }

    /** The instruction that waits for an interrupt, or null when the arch has none this knows. */
    static String waitInstruction(String arch) {
        return switch (arch) {
            case "x86", "x86_64" -> "cli; hlt";
            case "aarch64" -> "wfe";
            case "arm", "riscv64", "riscv32" -> "wfi";
            default -> null;
        };
    }
}
