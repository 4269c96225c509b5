package dev.targetspec.it.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.boot.Build.Boot;
import dev.targetspec.it.boot.Build.Linker;
import dev.targetspec.render.linker.LinkerScript;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.spec.layout.Region;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Firmware for QEMU's models of real microcontrollers, linked with scripts whose memory comes from the
 * chip database, with GNU ld and with LLD. The program (boards/main.c, with a cortex-m-rt or riscv-rt
 * style start-up file) checks over semihosting that `.data` was copied, `.bss` cleared and the stack
 * placed where the script says. The same program built to overflow its stack must fault when the stack
 * is at the start of RAM (the `region-start` placement, flip-link's layout), with `.data`, `.bss` and
 * `.uninit` intact; at the top of RAM (`region-end`) the overflow runs into them instead.
 */
class BoardsTest {
    /** Exit codes of boards/main.c. */
    private static final int PASS = 0x21;
    private static final int FAULTED_INTACT = 0x23;
    private static final int CORRUPTED = 0x24;
    private static final Pattern REPORT = Pattern.compile(
            "data=0x(\\p{XDigit}+) bss=0x(\\p{XDigit}+) sp=0x(\\p{XDigit}+) stack=0x(\\p{XDigit}+)\\.\\.0x(\\p{XDigit}+)"
                    + " checks ok");

    /**
     * A QEMU machine, the chip it models, the target for its core, and how to build for it.
     *
     * @param faults whether QEMU raises a bus fault on an access to unmapped memory on this machine, as the
     *     chip does; where it does not, the program sets an MPU region of no access below the stack instead
     */
    enum Board {
        NETDUINO2("netduino2", "STM32F205RGTx", "thumbv7m-none-eabi", false, "-mcpu=cortex-m3"),
        NETDUINOPLUS2("netduinoplus2", "STM32F405RGTx", "thumbv7em-none-eabihf", true, "-mcpu=cortex-m4",
                "-mfloat-abi=hard"),
        STM32VLDISCOVERY("stm32vldiscovery", "STM32F100RBTx", "thumbv7m-none-eabi", true, "-mcpu=cortex-m3"),
        MICROBIT("microbit", "nRF51822_xxAA", "thumbv6m-none-eabi", true, "-mcpu=cortex-m0"),
        LM3S6965EVB("lm3s6965evb", "LM3S6965", "thumbv7m-none-eabi", false, "-mcpu=cortex-m3"),
        LM3S811EVB("lm3s811evb", "LM3S811", "thumbv7m-none-eabi", false, "-mcpu=cortex-m3"),
        SIFIVE_E("sifive_e", "FE310-G000", "riscv32imac-unknown-none-elf", true, "-march=rv32imac", "-mabi=ilp32",
                "-mno-relax");

        final String machine;
        final String chip;
        final String triple;
        final boolean faults;
        final List<String> flags;

        Board(String machine, String chip, String triple, boolean faults, String... flags) {
            this.machine = machine;
            this.chip = chip;
            this.triple = triple;
            this.faults = faults;
            this.flags = List.of(flags);
        }

        boolean riscv() {
            return triple.startsWith("riscv");
        }

        String clangTarget() {
            return riscv() ? "riscv32-unknown-elf" : triple;
        }

        String qemu() {
            return riscv() ? "qemu-system-riscv32" : "qemu-system-arm";
        }

        String gnuLd() {
            return riscv() ? "riscv64-linux-gnu-ld" : "arm-none-eabi-ld";
        }

        List<String> gnuFlags() {
            return riscv() ? List.of("-m", "elf32lriscv") : List.of();
        }

        /** The board's extra layout settings: on the FE310, QEMU's mask ROM jumps to 0x20400000. */
        String layoutExtra() {
            return riscv() ? ", \"text-start\": \"0x20400000\"" : "";
        }
    }

    static Stream<Arguments> boardsAndLinkers() {
        List<Arguments> out = new ArrayList<>();
        for (Board b : Board.values()) {
            for (Linker l : Linker.values()) {
                out.add(Arguments.of(b, l));
            }
        }
        return out.stream();
    }

    @TempDir
    Path work;

    /** Objects built once for the class: each board's start-up file and each build of the program. */
    @TempDir
    static Path shared;
    private static final Map<String, List<Path>> OBJECTS = new HashMap<>();

    /** The target with the board's chip given as `render --chip` gives it: the registry's target, chip set. */
    private static Target withChip(Board board) throws Exception {
        return Tools.registry().resolve(board.triple).orElseThrow().target().orElseThrow().withChip(board.chip);
    }

    /**
     * A spec file for the board whose layout names the chip, with a 1 KiB stack at the start or the top of
     * RAM ({@code placement}), or the default stack ({@code null}).
     */
    private Target spec(Board board, String placement) throws Exception {
        Path folder = Files.createDirectories(work.resolve("spec-" + placement));
        Path file = folder.resolve(board.triple + ".json");
        String stack = placement == null ? "" : ", \"stack\": {\"placement\": \"" + placement + "\", \"size\":"
                + " \"1K\", \"align\": \"8\"}";
        Files.writeString(file, "{\"$schema\": \"../../schema/target-spec.schema.json\", \"triple\": \"" + board.triple
                + "\", \"metadata\": {\"status\": \"builtin\"}, \"layout\": {\"chip\": \"" + board.chip + "\""
                + board.layoutExtra() + stack + "}}");
        return Tools.registry().resolve(SpecLoader.load(file)).target().orElseThrow();
    }

    /** The start-up file and the program built with {@code defines} for {@code board}, compiled once. */
    private static synchronized List<Path> objects(Board board, Target target, List<String> defines) throws Exception {
        String key = board.name() + String.join("", defines).replace("-D", "-");
        List<Path> built = OBJECTS.get(key);
        if (built == null) {
            Build b = new Build(Files.createDirectories(shared.resolve(key)), target);
            List<String> flags = new ArrayList<>(board.flags);
            flags.addAll(defines);
            Path boards = Build.RESOURCES.resolveSibling("boards");
            built = List.of(
                    b.clangFor(board.clangTarget(), boards.resolve(board.riscv() ? "riscv32" : "cortex-m")
                            .resolve("start.S").toString(), board.flags.toArray(String[]::new)),
                    b.clangFor(board.clangTarget(), boards.resolve("main.c").toString(), flags.toArray(String[]::new)));
            OBJECTS.put(key, built);
        }
        return built;
    }

    /** Renders the script and links the program (built with {@code defines}); checks the ELF against the layout. */
    private Elf firmware(Board board, Linker linker, Target target, String name, String... defines) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Build b = new Build(dir, target);
        Path script = Tools.render(new LinkerScript(), target, dir);
        Path elf = b.link(linker, board.gnuLd(), board.gnuFlags(), script, objects(board, target, List.of(defines)));
        Elf e = Elf.read(elf);
        b.checkLayout(e);
        return e;
    }

    private static Boot run(Build b, Board board, Path elf) throws Exception {
        return b.qemu(board.qemu(), 20, "-M", board.machine, "-semihosting-config", "enable=on,target=native",
                "-kernel", elf.toString());
    }

    private static Layout layout(Target t) {
        return new Build(Path.of("."), t).layout();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("boardsAndLinkers")
    void theProgramFindsItsDataAndStackWhereTheChipsScriptPutThem(Board board, Linker linker) throws Exception {
        // As `render --chip` gives it; the FE310 also needs its start address, so its spec names the chip.
        Target target = board.layoutExtra().isEmpty() ? withChip(board) : spec(board, null);
        Layout l = layout(target);
        Region ram = l.region("RAM").orElseThrow();
        Elf e = firmware(board, linker, target, "default");
        assertEquals(ram.end(), e.symbol("__stack_top"), "the stack is at the top of RAM");
        assertEquals(e.symbol("__stack_top"), e.symbol("_stack_start"));
        if (!board.riscv()) {
            // The start-up file defines its handlers under cortex-m-rt's names; the script's PROVIDEs name them.
            assertEquals(e.symbol("HardFault_"), e.symbol("HardFault"));
            assertEquals(e.symbol("DefaultHandler_"), e.symbol("SysTick"));
        }
        Boot boot = run(new Build(work, target), board, e.file());
        Matcher m = REPORT.matcher(boot.log());
        assertTrue(m.find(), () -> "no report; " + boot);
        assertEquals(41, Integer.parseInt(m.group(1), 16), ".data was copied");
        assertEquals(0, Integer.parseInt(m.group(2), 16), ".bss was cleared");
        assertEquals(e.symbol("__stack_top"), new BigInteger(m.group(3), 16), "the reset stack pointer");
        assertEquals(e.symbol("__stack_bottom"), new BigInteger(m.group(4), 16));
        assertEquals(e.symbol("__stack_top"), new BigInteger(m.group(5), 16));
        assertEquals(PASS, boot.exit(), () -> "wrong exit; " + boot);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("boardsAndLinkers")
    void aStackAtTheStartOfRamFaultsWhenItOverflows(Board board, Linker linker) throws Exception {
        Target target = spec(board, "region-start");
        Layout l = layout(target);
        Region ram = l.region("RAM").orElseThrow();
        String[] defines = board.faults ? new String[] {"-DOVERFLOW"} : new String[] {"-DOVERFLOW", "-DMPU_GUARD"};
        Elf e = firmware(board, linker, target, "flip", defines);
        assertEquals(ram.origin(), e.symbol("__stack_bottom"), "the stack starts RAM");
        assertEquals(ram.origin().add(BigInteger.valueOf(1024)), e.symbol("__stack_top"));
        assertTrue(e.symbol("__data_start").compareTo(e.symbol("__stack_top")) >= 0, ".data is above the stack");
        Boot boot = run(new Build(work, target), board, e.file());
        Matcher m = REPORT.matcher(boot.log());
        assertTrue(m.find(), () -> "no report; " + boot);
        assertEquals(ram.origin().add(BigInteger.valueOf(1024)), new BigInteger(m.group(3), 16));
        assertTrue(boot.log().contains("fault depth=") && boot.log().contains("memory intact"), () -> "no fault; " + boot);
        assertEquals(FAULTED_INTACT, boot.exit(), () -> "wrong exit; " + boot);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Board.class)
    void aStackAtTheTopOfRamRunsIntoTheDataWhenItOverflows(Board board) throws Exception {
        Target target = spec(board, "region-end");
        Elf e = firmware(board, Linker.GNU, target, "end", "-DOVERFLOW");
        Boot boot = run(new Build(work, target), board, e.file());
        // Either a level of the recursion sees its data overwritten, or the overflow goes on to the end of
        // RAM and faults there, where the handler finds the data overwritten.
        assertTrue(boot.log().contains("corrupted"), () -> "the overflow was not seen; " + boot);
        assertEquals(CORRUPTED, boot.exit(), () -> "wrong exit; " + boot);
    }
}
