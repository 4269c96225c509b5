package dev.targetspec.it.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.boot.Build.Boot;
import dev.targetspec.it.boot.Build.Linker;
import dev.targetspec.spec.Target;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compiles test programs for every seed target with the rendered C compiler flags (the cflags
 * artifact) and links them with the rendered linker script, with GNU ld and with LLD, checks the
 * result against the layout, and boots it: QEMU for the kernels (through GRUB for
 * the x86_64 Multiboot ones), natively for the Linux program. Each boot prints a line on the serial
 * port and exits QEMU with a code the test expects.
 */
class BootTest {
    private static final String MB1_MAGIC = "0x2badb002";
    private static final String MB2_MAGIC = "0x36d76289";
    /** isa-debug-exit turns the guest's 0x21 into QEMU's exit status (0x21 << 1) | 1. */
    private static final int X86_PASS = (0x21 << 1) | 1;
    /** The semihosting and SiFive-test boards exit with the guest's code itself. */
    private static final int PASS = 0x21;

    @TempDir
    Path work;

    private Build build(String... files) throws Exception {
        Target t = Tools.target(work, files);
        return new Build(work, t);
    }

    private static void assertBooted(Boot boot, int exit, String... lines) {
        for (String line : lines) {
            assertTrue(boot.serial().contains(line), () -> "expected `" + line + "`; " + boot);
        }
        assertEquals(exit, boot.exit(), () -> "wrong exit; " + boot);
    }

    // ------------------------------------------------------------------ x86 Multiboot

    /** The rendered header, stub and script with the C kernel_main, linked for a Multiboot target. */
    private Path x86Kernel(Build b, Linker linker, boolean i686, String magic) throws Exception {
        Path header = b.as("as", b.render("boot-header"), i686 ? "--32" : "--64");
        Path stub = b.as("as", b.render("boot-stub"), i686 ? "--32" : "--64");
        Path kernel = b.clang("x86/kernel.c", "-DEXPECTED_MAGIC=" + magic);
        return b.link(linker, "ld", i686 ? List.of("-m", "elf_i386") : List.of(), b.render("linker-script"),
                List.of(header, stub, kernel));
    }

    private static void checkMultiboot(Path kernel, boolean two) throws Exception {
        long offset = two ? Build.multibootHeaderOffset(kernel, 0xE85250D6L, 4, 8, 32768)
                : Build.multibootHeaderOffset(kernel, 0x1BADB002L, 3, 4, 8192);
        assertTrue(offset >= 0, kernel.getFileName() + ": no Multiboot header in the search window");
        Tools.run(kernel.getParent(), "grub-file", two ? "--is-x86-multiboot2" : "--is-x86-multiboot",
                kernel.toString()).ok();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void i686MultibootBootsWithQemuKernel(Linker linker) throws Exception {
        Build b = build("targets/x86/i686-unknown-none-multiboot.json");
        Path kernel = x86Kernel(b, linker, true, MB1_MAGIC);
        Elf elf = Elf.read(kernel);
        b.checkLayout(elf);
        assertEquals(BigInteger.valueOf(0x100000), elf.section(".boot").orElseThrow().addr());
        checkMultiboot(kernel, false);
        Boot boot = b.qemu("qemu-system-i386", 60, Build.x86("-kernel", kernel.toString()));
        assertBooted(boot, X86_PASS, "boot ok magic=" + MB1_MAGIC);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64Multiboot1BootsUnderGrub(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-none-multiboot.json");
        Path kernel = x86Kernel(b, linker, false, MB1_MAGIC);
        b.checkLayout(Elf.read(kernel));
        checkMultiboot(kernel, false);
        Boot boot = b.qemu("qemu-system-x86_64", 90, Build.x86("-cdrom", b.iso(kernel, "multiboot").toString()));
        assertBooted(boot, X86_PASS, "boot ok magic=0x00000000" + MB1_MAGIC.substring(2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64Multiboot2BootsUnderGrub(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-none-multiboot2.json");
        Path kernel = x86Kernel(b, linker, false, MB2_MAGIC);
        b.checkLayout(Elf.read(kernel));
        checkMultiboot(kernel, true);
        Boot boot = b.qemu("qemu-system-x86_64", 90, Build.x86("-cdrom", b.iso(kernel, "multiboot2").toString()));
        assertBooted(boot, X86_PASS, "boot ok magic=0x00000000" + MB2_MAGIC.substring(2), "main=0x0000000000");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64Multiboot2HigherHalfBootsUnderGrub(Linker linker) throws Exception {
        Build b = build(Build.RESOURCES.resolve("x86_64-unknown-none-multiboot2-higher-half.json").toString(),
                "targets/x86_64/x86_64-unknown-none-multiboot2.json");
        Path kernel = x86Kernel(b, linker, false, MB2_MAGIC);
        Elf elf = Elf.read(kernel);
        b.checkLayout(elf);
        BigInteger text = elf.section(".text").orElseThrow().addr();
        assertTrue(text.compareTo(new BigInteger("ffffffff80000000", 16)) >= 0, "`.text` is not in the higher half");
        assertTrue(elf.physical(text).compareTo(BigInteger.valueOf(0x100000)) > 0
                && elf.physical(text).compareTo(BigInteger.valueOf(0x1000000)) < 0, "`.text` is not loaded near 1 MiB");
        checkMultiboot(kernel, true);
        Boot boot = b.qemu("qemu-system-x86_64", 90, Build.x86("-cdrom", b.iso(kernel, "multiboot2").toString()));
        assertBooted(boot, X86_PASS, "boot ok magic=0x00000000" + MB2_MAGIC.substring(2), "main=0xffffffff8");
    }

    /** Compiles the no_core Rust kernel_main with the local rustc for the target's exported JSON. */
    private static Path rustKernelMain(Build b, String... flags) throws Exception {
        Path json = b.exportRustcJson();
        Path main = b.dir().resolve("kmain.o");
        List<String> cmd = new java.util.ArrayList<>(List.of("rustc", "-Z", "unstable-options", "--target",
                json.toString(), "--emit", "obj", "-C", "opt-level=2", "-C", "panic=abort", "-o", main.toString()));
        cmd.addAll(List.of(flags));
        cmd.add(Build.RESOURCES.resolve("rust/kmain.rs").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p = pb.directory(b.dir().toFile()).redirectErrorStream(true).start();
        String rustcOut = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> "rustc failed:\n" + rustcOut);
        return main;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void i686MultibootRustKernelBootsWithQemuKernel(Linker linker) throws Exception {
        Build b = build("targets/x86/i686-unknown-none-multiboot.json");
        Path main = rustKernelMain(b, "--cfg", "multiboot1");
        Path header = b.as("as", b.render("boot-header"), "--32");
        Path stub = b.as("as", b.render("boot-stub"), "--32");
        Path kernel = b.link(linker, "ld", List.of("-m", "elf_i386"), b.render("linker-script"),
                List.of(header, stub, main));
        b.checkLayout(Elf.read(kernel));
        checkMultiboot(kernel, false);
        Boot boot = b.qemu("qemu-system-i386", 60, Build.x86("-kernel", kernel.toString()));
        assertBooted(boot, X86_PASS, "rust kernel ok");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64Multiboot2RustKernelBootsUnderGrub(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-none-multiboot2.json");
        Path main = rustKernelMain(b);
        Path header = b.as("as", b.render("boot-header"), "--64");
        Path stub = b.as("as", b.render("boot-stub"), "--64");
        Path kernel = b.link(linker, "ld", List.of(), b.render("linker-script"), List.of(header, stub, main));
        b.checkLayout(Elf.read(kernel));
        checkMultiboot(kernel, true);
        Boot boot = b.qemu("qemu-system-x86_64", 90, Build.x86("-cdrom", b.iso(kernel, "multiboot2").toString()));
        assertBooted(boot, X86_PASS, "rust kernel ok");
    }

    // ------------------------------------------------------------------ x86_64 without a boot protocol

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64NoneLinksInTheTopTwoGiB(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-none.json");
        Elf elf = Elf.read(linkBareX86_64(b, linker));
        b.checkLayout(elf);
        assertEquals(new BigInteger("ffffffff80000000", 16), elf.section(".text").orElseThrow().addr());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64NoneElfLinksAtTwoMiB(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-none-elf.json", "targets/x86_64/x86_64-unknown-none.json");
        Elf elf = Elf.read(linkBareX86_64(b, linker));
        b.checkLayout(elf);
        assertEquals(BigInteger.valueOf(0x200000), elf.section(".text").orElseThrow().addr());
    }

    private Path linkBareX86_64(Build b, Linker linker) throws Exception {
        Path start = b.clang("x86/start64.S");
        Path kernel = b.clang("x86/kernel.c", "-DEXPECTED_MAGIC=0");
        return b.link(linker, "ld", List.of(), b.render("linker-script"), List.of(start, kernel));
    }

    // ------------------------------------------------------------------ other architectures

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void aarch64BootsOnQemuVirt(Linker linker) throws Exception {
        Build b = build("targets/aarch64/aarch64-unknown-none.json");
        Path kernel = b.link(linker, "aarch64-linux-gnu-ld", List.of(), b.render("linker-script"),
                List.of(b.clang("aarch64/start.S"), b.clang("common.c")));
        Elf elf = Elf.read(kernel);
        b.checkLayout(elf);
        assertEquals(BigInteger.valueOf(0x40080000), elf.entry());
        Boot boot = b.qemu("qemu-system-aarch64", 60, "-M", "virt", "-cpu", "cortex-a53",
                "-semihosting-config", "enable=on,target=native", "-kernel", kernel.toString());
        assertBooted(boot, PASS, "boot ok main=0x00000000400");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void riscv64BootsBehindOpenSbi(Linker linker) throws Exception {
        Build b = build("targets/riscv64/riscv64gc-unknown-none-elf.json");
        Path kernel = b.link(linker, "riscv64-linux-gnu-ld", List.of(), b.render("linker-script"),
                List.of(b.clang("riscv64/start.S"), b.clang("common.c")));
        Elf elf = Elf.read(kernel);
        b.checkLayout(elf);
        assertEquals(BigInteger.valueOf(0x80200000L), elf.entry());
        assertEquals(elf.symbol("__data_start").add(BigInteger.valueOf(0x800)), elf.symbol("__global_pointer$"));
        Boot boot = b.qemu("qemu-system-riscv64", 60, "-M", "virt", "-bios", "default", "-kernel", kernel.toString());
        assertBooted(boot, PASS, "OpenSBI", "boot ok main=0x0000000080200");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void thumbv7emBootsOnMps2(Linker linker) throws Exception {
        Build b = build("targets/arm/thumbv7em-none-eabihf.json");
        Path kernel = b.link(linker, "arm-none-eabi-ld", List.of(), b.render("linker-script"),
                List.of(b.clang("thumbv7em/start.S"), b.clang("common.c")));
        Elf elf = Elf.read(kernel);
        b.checkLayout(elf);
        assertEquals(BigInteger.ZERO, elf.section(".vector_table").orElseThrow().addr());
        assertEquals(BigInteger.valueOf(0x20000000L), elf.section(".data").orElseThrow().addr());
        assertTrue(elf.physical(BigInteger.valueOf(0x20000000L)).compareTo(BigInteger.valueOf(0x400000)) < 0,
                "`.data` is not stored in flash");
        Boot boot = b.qemu("qemu-system-arm", 60, "-M", "mps2-an386",
                "-semihosting-config", "enable=on,target=native", "-kernel", kernel.toString());
        assertBooted(boot, PASS, "boot ok main=0x000000");
    }

    // ------------------------------------------------------------------ Linux

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void x86_64LinuxNoneRunsNatively(Linker linker) throws Exception {
        Build b = build("targets/x86_64/x86_64-unknown-linux-none.json");
        Path program = b.link(linker, "ld", List.of(), b.render("linker-script"),
                List.of(b.clang("linux/hello.c")));
        Elf elf = Elf.read(program);
        b.checkLayout(elf);
        assertTrue(elf.hasSegment("GNU_STACK"), "no PT_GNU_STACK");
        assertTrue(elf.section(".interp").isEmpty() && elf.section(".dynamic").isEmpty(), "interpreter or dynamic");
        assertEquals(BigInteger.valueOf(0x400000), elf.section(".text").orElseThrow().addr());
        Tools.Result run = Tools.run(b.dir(), 20, List.of(program.toString()));
        assertTrue(!run.timedOut(), "the program hung");
        assertEquals("hello from targetspec\n", run.out());
        assertEquals(42, run.exit());
    }

    // ------------------------------------------------------------------ GCC

    /** The seeds whose GCC is installed, with the program each compiles. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "targets/x86/i686-unknown-none-multiboot.json, gcc, x86/kernel.c",
        "targets/x86_64/x86_64-unknown-none-multiboot2.json, gcc, x86/kernel.c",
        "targets/x86_64/x86_64-unknown-none.json, gcc, x86/kernel.c",
        "targets/x86_64/x86_64-unknown-linux-none.json, gcc, linux/hello.c",
        "targets/arm/thumbv7em-none-eabihf.json, arm-none-eabi-gcc, common.c",
    })
    void gccCompilesTheTestProgramsWithTheRenderedFlags(String spec, String gcc, String source) throws Exception {
        Build b = build(spec);
        Path object = b.gcc(gcc, source, "-DEXPECTED_MAGIC=0");
        assertTrue(java.nio.file.Files.size(object) > 0, object.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void i686MultibootGccKernelBootsWithQemuKernel(Linker linker) throws Exception {
        Build b = build("targets/x86/i686-unknown-none-multiboot.json");
        Path header = b.as("as", b.render("boot-header"), "--32");
        Path stub = b.as("as", b.render("boot-stub"), "--32");
        Path kernel = b.link(linker, "ld", List.of("-m", "elf_i386"), b.render("linker-script"),
                List.of(header, stub, b.gcc("gcc", "x86/kernel.c", "-DEXPECTED_MAGIC=" + MB1_MAGIC)));
        b.checkLayout(Elf.read(kernel));
        Boot boot = b.qemu("qemu-system-i386", 60, Build.x86("-kernel", kernel.toString()));
        assertBooted(boot, X86_PASS, "boot ok magic=" + MB1_MAGIC);
    }
}
