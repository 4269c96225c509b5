package dev.targetspec.render.entry;

import dev.targetspec.render.entry.EntryPoint.LinkArgs;
import dev.targetspec.render.entry.EntryPoint.Note;
import dev.targetspec.render.entry.EntryPoint.Returns;
import dev.targetspec.render.entry.EntryPoint.State;
import dev.targetspec.spec.Target;
import dev.targetspec.spec.layout.BootProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives a target's entry-point requirements from its boot protocol, operating system, object
 * format and {@code entry} overrides.
 */
public final class Entries {
    static final String MULTIBOOT_SPEC = "Multiboot Specification 0.6.96, section 3.2 \"Machine state\"";
    static final String MULTIBOOT2_SPEC = "Multiboot2 Specification 2.0, section 3.3 \"I386 machine state\"";
    static final String PSABI = "System V AMD64 psABI 1.0";
    static final String SYSV_AMD64 = PSABI + ", section 3.4 \"Process Initialization\"";
    static final String UEFI_SPEC = "UEFI Specification 2.10, sections 2.3 \"Calling Conventions\" and 4.1"
            + " \"UEFI Image Entry Point\"";
    static final String OPENSBI_DOC = "OpenSBI docs/firmware/fw.md (\"previous booting stage\" passes hart id in"
            + " a0 and the FDT address in a1)";
    static final String ARMV7M_ARM = "ARMv7-M Architecture Reference Manual, B1.5.5 \"Reset behavior\" and B1.5.3"
            + " \"The vector table\"";
    static final String CORTEX_M_RT = "cortex-m-rt link.x.in: ENTRY(Reset), vector table at ORIGIN(FLASH)";
    static final String ARM64_BOOTING = "Linux Documentation/arch/arm64/booting.rst; QEMU docs, \"'virt' generic"
            + " virtual platform\" (secondary CPUs are started with PSCI CPU_ON)";
    static final String RUST_REFERENCE = "The Rust Reference, \"Attributes\": unsafe attributes (edition 2024)";
    static final String LINUX_SYSCALLS = "Linux syscall tables: arch/x86/entry/syscalls/syscall_64.tbl (exit 60,"
            + " exit_group 231), syscall_32.tbl (exit 1), include/uapi/asm-generic/unistd.h (exit 93,"
            + " exit_group 94)";
    static final String LD_MANUAL = "GNU ld manual, \"Entry Point\"; gcc manual, -nostartfiles";
    static final String LD64 = "ld64(1): -e symbol_name, -static";
    static final String LINK_EXE = "Microsoft C++ docs, \"/ENTRY (Entry-Point Symbol)\" and \"/SUBSYSTEM\"";

    private Entries() {
    }

    /** The entry-point requirements of {@code target}. */
    public static EntryPoint derive(Target target) {
        Facts f = Facts.of(target);
        return switch (f.protocol) {
            case "multiboot", "multiboot2" -> multiboot(f);
            case "uefi" -> uefi(f);
            case "opensbi" -> opensbi(f);
            case "cortex-m" -> cortexM(f);
            case "linux" -> linux(f);
            case "hosted" -> hosted(f);
            default -> bareMetal(f);
        };
    }

    /** The spec values the requirements depend on. */
    record Facts(String triple, String protocol, String arch, String os, String env, String format, int pointerWidth,
            String features, boolean redZoneDisabled, boolean softFloat, boolean isNoneTarget,
            java.util.Optional<String> symbolOverride, java.util.Optional<String> abiOverride) {
        static Facts of(Target t) {
            String arch = t.text("/rustc/arch").orElse("");
            String os = t.text("/rustc/os").orElse("none");
            String env = t.text("/rustc/env").orElse("");
            String features = t.text("/rustc/features").orElse("");
            String format = objectFormat(t, arch);
            int width = Entries.pointerWidth(t);
            boolean soft = features.contains("+soft-float") || t.text("/rustc/rustc-abi").map(
                    a -> a.contains("softfloat")).orElse(false) || t.text("/rustc/llvm-floatabi").map(
                    a -> a.equals("soft")).orElse(false);
            String protocol = BootProtocol.of(t);
            return new Facts(t.triple(), protocol, arch, os, env, format, width, features,
                    t.bool("/rustc/disable-redzone").orElse(false), soft, t.triple().contains("-none"),
                    t.text("/entry/symbol"), t.text("/entry/abi"));
        }

        boolean x86() {
            return arch.equals("x86") || arch.equals("x86_64");
        }
    }

    static String objectFormat(Target t, String arch) {
        java.util.Optional<String> explicit = t.text("/rustc/binary-format");
        if (explicit.isPresent()) {
            return explicit.get().toLowerCase(Locale.ROOT).replace("-", "");
        }
        if (t.bool("/rustc/is-like-darwin").orElse(false) || t.bool("/rustc/is-like-osx").orElse(false)) {
            return "macho";
        }
        if (t.bool("/rustc/is-like-windows").orElse(false)) {
            return "coff";
        }
        if (arch.startsWith("wasm")) {
            return "wasm";
        }
        return t.text("/rustc/os").orElse("").equals("aix") ? "xcoff" : "elf";
    }

    static int pointerWidth(Target t) {
        var n = t.at("/rustc/target-pointer-width");
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.asInt();
        }
        if (n.isString()) {
            try {
                return Integer.parseInt(n.asString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }


    // ---- The parts every protocol shares.

    static List<String> commonProvides(Facts f, String fnLine) {
        List<String> p = new ArrayList<>();
        p.add("#![no_std] and #![no_main] at the crate root: no standard library, and no Rust `main` shim.");
        p.add("A #[panic_handler] fn(&core::panic::PanicInfo) -> ! (halt, or report and exit).");
        p.add("panic = \"abort\" in both [profile.dev] and [profile.release] of Cargo.toml, so that no unwinding"
                + " (and no eh_personality) is needed.");
        p.add(fnLine);
        p.add("On editions before 2024 the attribute is spelled #[no_mangle] (without unsafe(...)).");
        return p;
    }

    static String entryFn(String symbol, String abi, String ret) {
        return "The entry: #[unsafe(no_mangle)] pub extern \"" + abi + "\" fn " + symbol + "() -> " + ret
                + " { ... } (edition 2024 spelling).";
    }

    static void redZoneAndSimd(Facts f, List<String> provides, List<Note> notes, boolean interrupts) {
        if (f.x86() && f.pointerWidth == 64) {
            if (f.redZoneDisabled) {
                provides.add("The target disables the red zone (disable-redzone), so interrupt and exception"
                        + " handlers may run on the current stack.");
            } else if (interrupts) {
                provides.add("The target keeps the 128-byte red zone below RSP: code that takes interrupts on the"
                        + " same stack must use a target with disable-redzone = true.");
            }
        }
        if (f.softFloat) {
            provides.add("The target generates no SIMD or floating-point register code (soft-float), so the entry"
                    + " need not enable the FPU or save its state in handlers.");
        } else if (f.x86() && interrupts) {
            provides.add("The target uses SSE registers: enable SSE (CR0.EM=0, CR0.MP=1, CR4.OSFXSR=1,"
                    + " CR4.OSXMMEXCPT=1) before any Rust code runs, and save them in interrupt handlers.");
        } else if (f.arch.equals("aarch64") && interrupts) {
            provides.add("The target uses FP/SIMD registers: enable them (CPACR_EL1.FPEN = 0b11) before any Rust"
                    + " code runs, or use aarch64-unknown-none-softfloat.");
        }
        if (f.x86() && f.pointerWidth == 64) {
            notes.add(new Note("The red zone is the 128 bytes below RSP that leaf functions may use without"
                    + " moving RSP.", PSABI + ", section 3.2.2 \"The Stack Frame\""));
        }
    }

    static LinkArgs noLinkArgs() {
        return new LinkArgs(List.of(), List.of(), "");
    }

    static LinkArgs linkArgs(String triple, List<String> linker) {
        List<String> flags = new ArrayList<>();
        for (String a : linker) {
            flags.add("-C");
            flags.add("link-arg=" + a);
        }
        StringBuilder toml = new StringBuilder();
        toml.append("[target.").append(triple).append("]\nrustflags = [");
        for (int i = 0; i < flags.size(); i++) {
            toml.append(i == 0 ? "" : ", ").append('"').append(flags.get(i).replace("\"", "\\\"")).append('"');
        }
        toml.append("]\n");
        return new LinkArgs(linker, flags, toml.toString());
    }

    static String linkerSymbol(Facts f, String symbol) {
        if (f.format.equals("macho")) {
            return "_" + symbol;
        }
        if (f.format.equals("coff") && f.arch.equals("x86")) {
            return "_" + symbol;
        }
        return symbol;
    }

    // ---- Protocols.

    static EntryPoint multiboot(Facts f) {
        boolean v2 = f.protocol.equals("multiboot2");
        String symbol = f.symbolOverride.orElse("_start");
        String magic = v2 ? "0x36D76289" : "0x2BADB002";
        List<State> state = new ArrayList<>();
        state.add(new State("EAX", magic + " (the bootloader's Multiboot" + (v2 ? "2" : "") + " magic)"));
        state.add(new State("EBX", "32-bit physical address of the Multiboot" + (v2 ? "2" : "")
                + " information structure" + (v2 ? " (8-byte aligned)" : "")));
        state.add(new State("mode", "32-bit protected mode: CR0.PE = 1, CR0.PG = 0 (paging off)"));
        state.add(new State("segments", "CS a 32-bit read/execute segment, DS, ES, FS, GS, SS 32-bit read/write,"
                + " all with base 0 and limit 0xFFFFFFFF; the GDTR may be invalid, so load your own GDT before"
                + " reloading a segment register"));
        state.add(new State("interrupts", "EFLAGS.IF = 0 and EFLAGS.VM = 0; the IDTR is undefined: set up an IDT"
                + " before enabling interrupts"));
        state.add(new State("A20", "enabled"));
        state.add(new State("ESP", "undefined: the program must set up its own stack"));
        state.add(new State(".bss", "zero-filled by the loader (p_memsz beyond p_filesz of each PT_LOAD)"));
        List<String> provides = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String abi;
        if (f.pointerWidth == 64) {
            abi = f.abiOverride.orElse("none (32-bit code)");
            provides.addAll(commonProvides(f, "The entry `" + symbol + "` must be 32-bit code, which an x86_64"
                    + " target cannot compile from Rust: write it in global_asm! with .code32, and from there"
                    + " switch to long mode and call a Rust #[unsafe(no_mangle)] pub extern \"sysv64\" fn"
                    + " kernel_main(magic: u32, info: u32) -> !."));
            provides.add("The 32-bit stub must: set ESP to a stack in .bss; keep EAX and EBX; build page tables"
                    + " (identity-map at least the kernel); set CR4.PAE, load CR3, set EFER.LME (MSR 0xC0000080),"
                    + " set CR0.PG; load a GDT with a 64-bit code segment; far-jump to 64-bit code; pass the magic"
                    + " in EDI and the info pointer in ESI. See the boot-stub artifact.");
            notes.add(new Note("An x86_64 kernel booted through Multiboot starts in 32-bit protected mode and must"
                    + " enter long mode itself; render --artifact boot-stub gives a stub that does.", v2
                    ? MULTIBOOT2_SPEC : MULTIBOOT_SPEC));
        } else {
            abi = f.abiOverride.orElse("none (registers only)");
            provides.addAll(commonProvides(f, entryFn(symbol, "C", "!") + " Make it a naked function"
                    + " (#[unsafe(naked)], body core::arch::naked_asm!(...)) that sets ESP to a stack in .bss,"
                    + " pushes EBX and EAX, and calls a Rust extern \"C\" fn kernel_main(magic: u32, info: u32)"
                    + " -> !."));
        }
        provides.add("A Multiboot" + (v2 ? "2" : "") + " header in the first " + (v2 ? "32768" : "8192")
                + " bytes of the file, " + (v2 ? "8" : "4") + "-byte aligned (see the linker-script artifact).");
        provides.add("A stack: a static array in .bss (16-byte aligned, e.g. 64 KiB) whose top the entry loads"
                + " into ESP before any Rust code runs.");
        redZoneAndSimd(f, provides, notes, true);
        notes.add(new Note("Machine state at entry as listed.", v2 ? MULTIBOOT2_SPEC : MULTIBOOT_SPEC));
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol), abi,
                new Returns(false, "There is nothing to return to: disable interrupts and halt in a loop"
                        + " (cli; hlt)."),
                state, provides, noLinkArgs(), notes);
    }

    static final String RUST_REFERENCE_LINE = "Edition 2024 requires no_mangle to be written"
            + " #[unsafe(no_mangle)]; earlier editions accept #[no_mangle].";

    static EntryPoint uefi(Facts f) {
        String symbol = f.symbolOverride.orElse("efi_main");
        String abi = f.abiOverride.orElse("efiapi");
        List<State> state = new ArrayList<>();
        state.add(new State("argument 1", "EFI_HANDLE ImageHandle: the loaded image"));
        state.add(new State("argument 2", "EFI_SYSTEM_TABLE *SystemTable: boot and runtime services, console"));
        switch (f.arch) {
            case "x86_64" -> {
                state.add(new State("calling convention", "Microsoft x64: ImageHandle in RCX, SystemTable in RDX,"
                        + " 32 bytes of shadow space on the stack"));
                state.add(new State("mode", "long mode, paging on with an identity map of all memory"));
                state.add(new State("interrupts", "enabled, but only the firmware's timer interrupt is used"));
            }
            case "x86" -> {
                state.add(new State("calling convention", "cdecl: both arguments on the stack"));
                state.add(new State("mode", "32-bit protected mode, paging off or identity-mapped"));
            }
            case "aarch64" -> {
                state.add(new State("calling convention", "AAPCS64: ImageHandle in X0, SystemTable in X1"));
                state.add(new State("mode", "EL1 or EL2, MMU on with an identity map, little-endian"));
            }
            default -> state.add(new State("calling convention", "the platform C convention (efiapi)"));
        }
        state.add(new State("stack", "at least 128 KiB, set up by the firmware"));
        state.add(new State(".bss", "zeroed: the PE loader fills VirtualSize beyond SizeOfRawData with zeros"));
        List<String> provides = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        provides.addAll(commonProvides(f, "The entry: #[unsafe(no_mangle)] pub extern \"efiapi\" fn " + symbol
                + "(image: *mut c_void, system_table: *mut c_void) -> usize (EFI_STATUS; 0 is EFI_SUCCESS)."));
        provides.add("Nothing else for the stack: the firmware provides one. Boot services own the machine until"
                + " ExitBootServices; after that the program must not return.");
        redZoneAndSimd(f, provides, notes, false);
        notes.add(new Note("rustc links UEFI images with /ENTRY:efi_main and /SUBSYSTEM:efi_application"
                + " (rustc_target uefi_msvc base), so efi_main needs no linker argument.",
                "rustc compiler/rustc_target/src/spec/base/uefi_msvc.rs"));
        notes.add(new Note("EFI_IMAGE_ENTRY_POINT takes ImageHandle and SystemTable and returns EFI_STATUS;"
                + " firmware gives at least 128 KiB of stack.", UEFI_SPEC));
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        LinkArgs link = symbol.equals("efi_main") ? noLinkArgs()
                : linkArgs(f.triple, List.of("/ENTRY:" + symbol));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol), abi,
                new Returns(true, "Return an EFI_STATUS to the firmware (EFI_SUCCESS = 0), or call"
                        + " BootServices->Exit; after ExitBootServices, halt instead."),
                state, provides, link, notes);
    }

    static EntryPoint opensbi(Facts f) {
        String symbol = f.symbolOverride.orElse("_start");
        List<State> state = new ArrayList<>();
        state.add(new State("a0", "the hart id of the hart that runs the entry"));
        state.add(new State("a1", "physical address of the flattened device tree"));
        state.add(new State("mode", "S-mode, satp = 0 (no translation), interrupts disabled (sstatus.SIE = 0)"));
        state.add(new State("sp", "undefined: the program must set up its own stack"));
        state.add(new State("gp", "undefined: load __global_pointer$ with relaxation off before any Rust code"));
        state.add(new State("other harts", "with the SBI HSM extension, stopped until sbi_hart_start; older"
                + " firmware may enter every hart at the same address (use a0 to pick one)"));
        state.add(new State(".bss", "not zeroed: the image is loaded as a flat binary"));
        List<String> provides = new ArrayList<>(commonProvides(f, entryFn(symbol, f.abiOverride.orElse("C"), "!")
                + " Make it a naked function (#[unsafe(naked)], body core::arch::naked_asm!(...)) placed first in"
                + " .text (e.g. #[unsafe(link_section = \".text.init\")]) that loads gp and sp, zeroes .bss and"
                + " calls a Rust extern \"C\" fn kernel_main(hart: usize, dtb: usize) -> !."));
        provides.add("A stack per hart, in .bss, whose top the entry loads into sp.");
        provides.add("Zeroing of .bss (from __bss_start to __bss_end, as the linker script defines them).");
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("OpenSBI jumps to the next stage in S-mode with the hart id in a0 and the device tree"
                + " in a1; the generic platform puts it at 0x80200000 on QEMU virt (FW_JUMP_OFFSET).",
                OPENSBI_DOC));
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol),
                f.abiOverride.orElse("C"),
                new Returns(false, "Stop the hart with the SBI HSM hart_stop call, shut down with SBI SRST"
                        + " system_reset, or spin on wfi."),
                state, provides, noLinkArgs(), notes);
    }

    static EntryPoint cortexM(Facts f) {
        String symbol = f.symbolOverride.orElse("Reset");
        List<State> state = new ArrayList<>();
        state.add(new State("SP (MSP)", "loaded by the hardware from word 0 of the vector table"));
        state.add(new State("PC", "loaded from word 1 of the vector table: the reset handler's address with bit 0"
                + " set (Thumb)"));
        state.add(new State("mode", "Thread mode, privileged, using the main stack"));
        state.add(new State("interrupts", "PRIMASK = 0 but no peripheral interrupt enabled in the NVIC"));
        state.add(new State(".data/.bss", "not initialised: the reset handler copies .data from flash and zeroes"
                + " .bss"));
        if (!f.softFloat && f.triple.endsWith("hf")) {
            state.add(new State("FPU", "disabled: set CPACR bits 20-23 (CP10, CP11 full access) before any"
                    + " floating-point instruction"));
        }
        List<String> provides = new ArrayList<>(commonProvides(f, "The reset handler: #[unsafe(no_mangle)] pub"
                + " unsafe extern \"C\" fn " + symbol + "() -> ! (cortex-m-rt provides it and calls #[entry])."));
        provides.add("A vector table in its own section (.vector_table.reset_vector): the initial stack pointer,"
                + " then " + symbol + ", then the exception handlers; placed at the start of flash by the linker"
                + " script (cortex-m-rt's link.x with a memory.x).");
        provides.add("The copy of .data from flash and the zeroing of .bss before any Rust code reads a static.");
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("On reset the processor loads SP_main from vector-table offset 0 and the PC from"
                + " offset 4.", ARMV7M_ARM));
        notes.add(new Note("The ELF entry is only used by debuggers and flashing tools; the hardware uses the"
                + " vector table.", CORTEX_M_RT));
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        LinkArgs link = linkArgs(f.triple, List.of("-Tlink.x"));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol),
                f.abiOverride.orElse("C"),
                new Returns(false, "Loop forever (loop { cortex_m::asm::wfi() }), or reset through"
                        + " SCB::sys_reset (AIRCR.SYSRESETREQ)."),
                state, provides, link, notes);
    }

    static EntryPoint linux(Facts f) {
        String symbol = f.symbolOverride.orElse("_start");
        boolean libc = !f.env.isEmpty() && !f.env.equals("none") && !f.isNoneTarget;
        List<State> state = new ArrayList<>();
        String sp = stackPointer(f.arch);
        state.add(new State(sp, "points at argc; above it argv[0..argc], NULL, envp[..], NULL, then the auxiliary"
                + " vector (type, value pairs ending with AT_NULL)"));
        if (f.arch.equals("x86_64")) {
            state.add(new State("RSP alignment", "16-byte aligned at the first instruction of _start, that is"
                    + " 8 bytes off from what an extern \"C\" function expects after a call"));
            state.add(new State("RDX", "a function pointer to register with atexit (0 for a static program)"));
        } else {
            state.add(new State(sp + " alignment", "16-byte aligned"));
        }
        state.add(new State("mode", "user mode; the kernel has mapped the PT_LOAD segments and the stack"));
        state.add(new State(".bss", "zeroed by the kernel (and by the dynamic loader for a PIE)"));
        List<String> provides = new ArrayList<>(commonProvides(f, entryFn(symbol, "C", "!")));
        provides.add("No C library: nothing before " + symbol + " initialises one, so call no libc function;"
                + " make system calls directly with core::arch::asm!.");
        provides.add("To read argc, argv or envp, make " + symbol + " a naked function that passes " + sp
                + " to a Rust function as its first argument (and realigns the stack), since a normal function"
                + " cannot see the stack pointer it was entered with.");
        List<Note> notes = new ArrayList<>();
        redZoneAndSimd(f, provides, notes, false);
        notes.add(new Note("The initial process stack holds argc, argv, envp and the auxiliary vector, and RSP is"
                + " 16-byte aligned at entry.", SYSV_AMD64));
        notes.add(new Note("Exit with the exit_group system call: " + exitSyscall(f.arch) + ".", LINUX_SYSCALLS));
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        LinkArgs link;
        if (libc) {
            link = linkArgs(f.triple, List.of("-nostartfiles"));
            notes.add(new Note("-nostartfiles leaves out crt1.o, crti.o and crtn.o, whose _start would call"
                    + " __libc_start_main; the linker's default entry is then the program's _start.",
                    LD_MANUAL));
        } else {
            link = symbol.equals("_start") ? noLinkArgs() : linkArgs(f.triple, List.of("--entry=" + symbol));
        }
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol),
                f.abiOverride.orElse("C"),
                new Returns(false, "There is no caller to return to: end the process with the exit_group system"
                        + " call (" + exitSyscall(f.arch) + ")."),
                state, provides, link, notes);
    }

    static String stackPointer(String arch) {
        return switch (arch) {
            case "x86_64" -> "RSP";
            case "x86" -> "ESP";
            default -> "sp";
        };
    }

    static String exitSyscall(String arch) {
        return switch (arch) {
            case "x86_64" -> "syscall with RAX = 231 (exit_group; 60 is exit) and the status in RDI";
            case "x86" -> "int 0x80 with EAX = 252 (exit_group; 1 is exit) and the status in EBX";
            case "aarch64" -> "svc #0 with X8 = 94 (exit_group; 93 is exit) and the status in X0";
            case "riscv64", "riscv32", "loongarch64" -> "ecall (syscall 0 on LoongArch) with a7 = 94"
                    + " (exit_group; 93 is exit) and the status in a0";
            case "arm" -> "svc #0 with r7 = 248 (exit_group; 1 is exit) and the status in r0";
            default -> "the architecture's exit_group system call";
        };
    }

    static EntryPoint hosted(Facts f) {
        String symbol = f.symbolOverride.orElse("_start");
        List<State> state = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<String> provides = new ArrayList<>(commonProvides(f, entryFn(symbol, "C", "!")));
        LinkArgs link;
        Returns returns;
        switch (f.format) {
            case "macho" -> {
                state.add(new State("sp", "points at argc, then argv, NULL, envp, NULL and the apple[] strings"));
                state.add(new State("mode", "user mode, loaded by the kernel (with -static, no dyld)"));
                link = linkArgs(f.triple, List.of("-e", "__start", "-static", "-nostartfiles"));
                returns = new Returns(false, "End the process with the exit system call, or, when libSystem is"
                        + " linked, with exit().");
                notes.add(new Note("Mach-O symbols carry a leading underscore, so the Rust `_start` is `__start` to"
                        + " the linker, which is the name -e takes.", LD64));
                notes.add(new Note("Apple supports no system call ABI and no fully static programs on arm64;"
                        + " without -static, link libSystem and exit through exit(). Not verified on this"
                        + " machine.", LD64));
            }
            case "coff" -> {
                state.add(new State("calling convention", "the entry is called like a function with no arguments;"
                        + " use GetCommandLineW for the command line"));
                state.add(new State("mode", "user mode, loaded by the Windows loader"));
                link = linkArgs(f.triple, List.of("/ENTRY:" + symbol, "/SUBSYSTEM:console"));
                returns = new Returns(false, "Call ExitProcess (kernel32) with the exit code; returning ends"
                        + " only the thread.");
                provides.add("Link kernel32.lib for ExitProcess; there is no stable system-call interface.");
                notes.add(new Note("Without the C runtime the default entry, mainCRTStartup, is missing; /ENTRY"
                        + " names the program's own. On 32-bit x86 the decorated name is _" + symbol + ".",
                        LINK_EXE));
            }
            case "wasm" -> {
                boolean wasi = f.os.startsWith("wasi");
                state.add(new State("caller", wasi ? "the WASI runtime calls the exported _start with no"
                        + " arguments" : "the embedder calls whichever exports it wants; there is no start"
                        + " symbol"));
                state.add(new State("stack", "the shadow stack (__stack_pointer) is set up by wasm-ld's"
                        + " layout; there are no registers to prepare"));
                link = wasi ? noLinkArgs() : linkArgs(f.triple, List.of("--no-entry", "--export=" + symbol));
                returns = new Returns(wasi, wasi ? "Return to end the program, or call WASI proc_exit with"
                        + " a status." : "Return to the embedder.");
                notes.add(new Note("wasm-ld exports _start for a WASI command; without WASI, --no-entry links"
                        + " a module with no start function and --export keeps the named function.",
                        "LLVM lld documentation, \"WebAssembly lld port\""));
            }
            default -> {
                state.add(new State("stack", "the initial process stack: argc, argv, envp and the auxiliary"
                        + " vector"));
                link = linkArgs(f.triple, List.of("-nostartfiles"));
                returns = new Returns(false, "End the process with the operating system's exit system call.");
                notes.add(new Note("-nostartfiles leaves out the C runtime's start files; the linker's default"
                        + " entry is then the program's _start.", LD_MANUAL));
            }
        }
        redZoneAndSimd(f, provides, notes, false);
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol),
                f.abiOverride.orElse("C"), returns, state, provides, link, notes);
    }

    static EntryPoint bareMetal(Facts f) {
        String symbol = f.symbolOverride.orElse("_start");
        List<State> state = new ArrayList<>();
        List<String> provides = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String sp = stackPointer(f.arch);
        switch (f.arch) {
            case "aarch64" -> {
                state.add(new State("exception level", "EL2 or EL1, depending on the loader (QEMU virt: EL1,"
                        + " EL2 with virtualization=on; Raspberry Pi firmware: EL2); read CurrentEL"));
                state.add(new State("MMU and caches", "MMU off, data cache off"));
                state.add(new State("other cores", "either held in a spin table (the firmware's release"
                        + " addresses) or powered off until PSCI CPU_ON; only one core runs the entry"));
                state.add(new State("x0", "physical address of the device tree when booted as a Linux-style"
                        + " Image; otherwise unspecified"));
                notes.add(new Note("Boot CPU state for an AArch64 image: MMU off, D-cache off, x0 = DTB; secondary"
                        + " CPUs wait in a spin table or for PSCI.", ARM64_BOOTING));
            }
            case "riscv64", "riscv32" -> {
                state.add(new State("a0", "the hart id, when started by OpenSBI or U-Boot"));
                state.add(new State("a1", "the device tree address, when started by OpenSBI or U-Boot"));
                state.add(new State("mode", "M-mode when the image is the first stage, S-mode under an SBI"
                        + " firmware"));
                state.add(new State("gp", "undefined: load __global_pointer$ with relaxation off"));
                notes.add(new Note("An SBI firmware passes the hart id in a0 and the FDT in a1.", OPENSBI_DOC));
            }
            case "x86_64" -> {
                state.add(new State("mode", "decided by the loader (Limine, the bootloader crate, a Multiboot"
                        + " stub): usually long mode with paging on"));
                notes.add(new Note("x86_64-unknown-none needs a loader to set up long mode; pick a boot protocol"
                        + " in the spec (boot.protocol) for its exact entry state.", MULTIBOOT_SPEC));
            }
            default -> state.add(new State("mode", "decided by whatever loads the image"));
        }
        state.add(new State(sp, "undefined unless the loader documents one: set up a stack first"));
        state.add(new State(".bss", "not zeroed unless the loader is an ELF loader that zero-fills p_memsz"));
        provides.addAll(commonProvides(f, entryFn(symbol, f.abiOverride.orElse("C"), "!") + " Make it a naked"
                + " function (#[unsafe(naked)], body core::arch::naked_asm!(...)) that sets up the stack and zeroes"
                + " .bss, then calls a Rust extern \"C\" function that never returns."));
        provides.add("A stack in .bss whose top the entry loads into " + sp + ".");
        provides.add("Zeroing of .bss, unless the loader does it.");
        if (f.arch.equals("aarch64")) {
            provides.add("Parking of secondary cores if the loader starts them all at the entry: compare"
                    + " MPIDR_EL1.Aff0 with 0 and wfe-loop the others.");
        }
        redZoneAndSimd(f, provides, notes, true);
        notes.add(new Note(RUST_REFERENCE_LINE, RUST_REFERENCE));
        LinkArgs link = symbol.equals("_start") ? noLinkArgs() : linkArgs(f.triple, List.of("--entry=" + symbol));
        return new EntryPoint(f.triple, f.protocol, f.format, symbol, linkerSymbol(f, symbol),
                f.abiOverride.orElse("C"),
                new Returns(false, "Nothing to return to: halt in a loop (" + haltInstruction(f.arch) + ")."),
                state, provides, link, notes);
    }

    static String haltInstruction(String arch) {
        return switch (arch) {
            case "x86", "x86_64" -> "cli; hlt";
            case "aarch64", "arm" -> "wfe or wfi";
            case "riscv64", "riscv32" -> "wfi";
            default -> "the architecture's wait instruction";
        };
    }
}
