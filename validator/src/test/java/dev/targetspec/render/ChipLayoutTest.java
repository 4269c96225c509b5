package dev.targetspec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.chip.Chip;
import dev.targetspec.diag.Refused;
import dev.targetspec.render.linker.LinkerScript;
import dev.targetspec.render.linker.MemoryXArtifact;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.spec.layout.MemoryX;
import dev.targetspec.spec.layout.Problem;
import dev.targetspec.spec.layout.Region;
import dev.targetspec.spec.layout.Stack;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts whose memory comes from the chip database or from a memory.x, and the memory-x artifact. */
class ChipLayoutTest {
    private static final Provenance P = new Provenance("test.json", "targetspec 9.9.9");
    private static final Path MEMORY_X = Repo.root().resolve("validator/src/test/resources/memory-x");

    @TempDir
    Path dir;

    /** The registry's target {@code triple} with the memory of {@code chip}. */
    private static Target withChip(String triple, String chip) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow().withChip(chip);
    }

    private static Layout layout(Target t) {
        LayoutReader.Reading r = LayoutReader.read(t);
        assertEquals(List.of(), r.problems(), t.triple());
        return r.layout().orElseThrow();
    }

    /** The regions as {@code NAME origin length;}. */
    private static String regions(Layout l) {
        StringBuilder b = new StringBuilder();
        for (Region r : l.regions()) {
            b.append(r.name()).append(' ').append(Address.hex(r.origin())).append(' ').append(Address.hex(r.length()))
                    .append(';');
        }
        return b.toString();
    }

    /** An overlay on the built-in {@code triple} in its own folder, with {@code layout}, resolved in the registry. */
    private Target spec(String triple, String layout) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(triple + "-" + System.nanoTime()));
        Path file = folder.resolve(triple + ".json");
        Files.writeString(file, "{\"triple\": \"" + triple + "\", \"metadata\": {\"status\": \"builtin\"}, \"layout\": "
                + layout + "}");
        SpecFile f = SpecLoader.load(file);
        return Repo.registry().resolve(f).target().orElseThrow();
    }

    @Test
    void theQemuBoardsChipsGiveTheirFlashAndRam() {
        Map<String, String[]> boards = new LinkedHashMap<>();
        boards.put("STM32F205RGTx", new String[] {"thumbv7m-none-eabi", "FLASH 0x8000000 0x100000;RAM 0x20000000 0x20000;"});
        boards.put("STM32F405RGTx", new String[] {"thumbv7em-none-eabihf",
            "FLASH 0x8000000 0x100000;RAM 0x20000000 0x20000;"});
        boards.put("STM32F100RBTx", new String[] {"thumbv7m-none-eabi", "FLASH 0x8000000 0x20000;RAM 0x20000000 0x2000;"});
        boards.put("nRF51822_xxAA", new String[] {"thumbv6m-none-eabi", "FLASH 0x0 0x40000;RAM 0x20000000 0x4000;"});
        boards.put("LM3S6965", new String[] {"thumbv7m-none-eabi", "FLASH 0x0 0x40000;RAM 0x20000000 0x10000;"});
        boards.put("lm3s811", new String[] {"thumbv7m-none-eabi", "FLASH 0x0 0x10000;RAM 0x20000000 0x2000;"});
        boards.put("FE310-G000", new String[] {"riscv32imac-unknown-none-elf",
            "FLASH 0x20000000 0x20000000;RAM 0x80000000 0x4000;"});
        // Two flash banks make one FLASH; SRAM1 to SRAM3 one RAM; the nRF52840's RAM is taken in the SRAM
        // area, not its view on the code bus at 0x800000.
        boards.put("STM32F429ZITx", new String[] {"thumbv7em-none-eabihf",
            "FLASH 0x8000000 0x200000;RAM 0x20000000 0x30000;"});
        boards.put("nRF52840_xxAA", new String[] {"thumbv7em-none-eabihf", "FLASH 0x0 0x100000;RAM 0x20000000 0x40000;"});
        for (Map.Entry<String, String[]> b : boards.entrySet()) {
            Layout l = layout(withChip(b.getValue()[0], b.getKey()));
            assertEquals(b.getValue()[1], regions(l), b.getKey());
            assertTrue(l.memory().chip().isPresent(), b.getKey());
            if (b.getValue()[0].startsWith("thumb")) {
                assertEquals("cortex-m", l.protocol(), b.getKey());
                assertEquals(Stack.Placement.REGION_END, l.stack().placement());
                assertTrue(l.stack().size().compareTo(l.region("RAM").orElseThrow().length().shiftRight(2)) <= 0,
                        b.getKey() + ": the default stack takes at most a quarter of RAM");
            } else {
                assertEquals("RAM", l.realRegion("REGION_STACK"));
                assertEquals("FLASH", l.realRegion("REGION_TEXT"));
            }
        }
    }

    @Test
    void memoryXFilesOfPublicProjectsGiveTheRegionsOfTheDatabase() throws Exception {
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("cortex-m-quickstart.x", new String[] {"thumbv7m-none-eabi", "LM3S6965"});
        files.put("microbit.x", new String[] {"thumbv6m-none-eabi", "nRF51822_xxAA"});
        files.put("embassy-nrf52840.x", new String[] {"thumbv7em-none-eabihf", "nRF52840_xxAA"});
        files.put("stm32f4xx-hal-f413disco.x", new String[] {"thumbv7em-none-eabihf", "STM32F413ZH"});
        files.put("stm32f4xx-hal-f429disco.x", new String[] {"thumbv7em-none-eabihf", "STM32F429ZI"});
        files.put("stm32f4xx-hal-f469disco.x", new String[] {"thumbv7em-none-eabihf", "STM32F469NI"});
        for (Map.Entry<String, String[]> f : files.entrySet()) {
            Layout fromFile = layout(memoryXSpec(f.getValue()[0], f.getKey()));
            Layout fromChip = layout(withChip(f.getValue()[0], f.getValue()[1]));
            assertEquals(regions(fromChip), regions(fromFile), f.getKey());
            assertEquals(fromChip.stack().placement(), fromFile.stack().placement(), f.getKey());
            assertEquals(fromChip.stack().region(), fromFile.stack().region(), f.getKey());
        }
        // Two board files: their RAM is the chip's, their flash what the board has.
        Layout hifive = layout(memoryXSpec("riscv32imac-unknown-none-elf", "hifive1.x"));
        Layout fe310 = layout(withChip("riscv32imac-unknown-none-elf", "FE310-G000"));
        assertEquals(fe310.region("RAM"), hifive.region("RAM").map(r -> new Region(r.name(), r.origin(), r.length(),
                "rwx", "/layout/chip")));
        assertEquals(BigInteger.valueOf(0x20400000L), hifive.region("FLASH").orElseThrow().origin(),
                "the HiFive1's boot loader keeps the first 4 MiB of flash");
        Layout rp = layout(memoryXSpec("thumbv6m-none-eabi", "embassy-rp.x"));
        assertEquals(layout(withChip("thumbv6m-none-eabi", "RP2040")).region("RAM").orElseThrow().length(),
                rp.region("RAM").orElseThrow().length());
    }

    /** A spec next to a copy of {@code file} that names it in {@code layout.memory-x}. */
    private Target memoryXSpec(String triple, String file) throws Exception {
        Target t = spec(triple, "{\"memory-x\": \"memory.x\"}");
        Files.copy(MEMORY_X.resolve(file), t.file().path().resolveSibling("memory.x"));
        return t;
    }

    @Test
    void memoryXRoundTripsForEveryMicrocontrollerOfTheDatabase() throws Exception {
        Map<String, String> targets = Map.of("armv6m", "thumbv6m-none-eabi", "armv7m", "thumbv7m-none-eabi",
                "armv7em", "thumbv7em-none-eabi", "armv8m", "thumbv8m.main-none-eabi", "riscv",
                "riscv32imac-unknown-none-elf");
        Map<String, Target> bases = new LinkedHashMap<>();
        targets.forEach((core, triple) -> bases.put(core, Repo.registry().resolve(triple).orElseThrow().target()
                .orElseThrow()));
        MemoryXArtifact artifact = new MemoryXArtifact();
        int chips = 0;
        int written = 0;
        List<String> failed = new ArrayList<>();
        for (Chip chip : Repo.registry().chips().orElseThrow().chips()) {
            Target base = bases.get(chip.cores().get(0).type());
            if (base == null) {
                continue;
            }
            chips++;
            Target t = base.withChip(chip.name());
            LayoutReader.Reading r = LayoutReader.read(t);
            if (r.layout().isEmpty()) {
                assertTrue(r.problems().stream().allMatch(p -> p.rule().equals(LayoutReader.CHIP)), chip.name()
                        + ": " + r.problems());
                continue;
            }
            Layout l = r.layout().get();
            String text = artifact.render(t, artifact.formats().get(0), new RenderContext(P));
            written++;
            MemoryX.File back = MemoryX.parse(text);
            StringBuilder again = new StringBuilder();
            for (MemoryX.Entry e : back.regions()) {
                again.append(e.name()).append(' ').append(Address.hex(e.origin())).append(' ')
                        .append(Address.hex(e.length())).append(';');
            }
            if (!again.toString().equals(regions(l)) || !back.aliases().equals(l.memory().aliases())) {
                failed.add(chip.name());
            }
        }
        assertEquals(List.of(), failed);
        assertTrue(chips > 4000 && written > 0.95 * chips, written + " of " + chips);
    }

    @Test
    void aRiscvRtMemoryXKeepsItsAliasesAndHartsThroughTheArtifact() throws Exception {
        Target t = memoryXSpec("riscv64gc-unknown-none-elf", "riscv-rt-memory-multihart.x");
        Layout l = layout(t);
        assertEquals(2, l.stack().harts());
        assertEquals(Stack.Placement.REGION_END, l.stack().placement());
        assertEquals(6, l.memory().aliases().size());
        assertEquals(Optional.empty(), l.sections().stream().filter(s -> s.name().equals(".data")).findFirst()
                .orElseThrow().loadRegion(), "all in RAM: .data is not copied");
        String x = new MemoryXArtifact().render(t, new MemoryXArtifact().formats().get(0), new RenderContext(P));
        MemoryX.File back = MemoryX.parse(x);
        assertEquals(l.memory().aliases(), back.aliases());
        assertEquals(BigInteger.ONE, back.symbols().get("_max_hart_id").value());
        String script = new LinkerScript().render(t, new LinkerScript().formats().get(0), new RenderContext(P));
        assertTrue(script.contains("REGION_ALIAS(\"REGION_STACK\", RAM);"), script);
        assertTrue(script.contains("_max_hart_id = 1;") && script.contains("_hart_stack_size = 0x10000;"), script);
        assertTrue(script.contains("__stack_bottom = __stack_top - 0x20000;"), script);
    }

    @Test
    void aChipLayoutGetsWhatCortexMRtGivesAndAFlipLinkStack() throws Exception {
        Target t = spec("thumbv7em-none-eabihf", "{\"chip\": \"STM32F405RGTx\", \"stack\": {\"placement\":"
                + " \"region-start\", \"size\": \"2K\", \"align\": \"8\"}}");
        Layout l = layout(t);
        assertEquals(List.of(".vector_table", ".text", ".rodata", ".stack", ".data", ".bss", ".uninit"),
                l.sections().stream().map(s -> s.name()).toList());
        String s = new LinkerScript().render(t, new LinkerScript().formats().get(0), new RenderContext(P));
        for (String want : List.of("LONG(_stack_start)", "KEEP(*(.vector_table.reset_vector))",
                "PROVIDE(SysTick = DefaultHandler);", "PROVIDE(HardFault = DEFINED(HardFault_) ? HardFault_ : 0);", "EXTERN(__RESET_VECTOR);",
                "__sidata = LOADADDR(.data);", "__sbss = __bss_start;", "__sheap = __uninit_end;",
                ".stack (NOLOAD) : ALIGN(0x8)", ". += 0x800;", "__exidx_start = .;",
                "ASSERT(__stack_bottom - ORIGIN(RAM) < 8,", "FLASH and RAM of chip STM32F405RG")) {
            assertTrue(s.contains(want), want + " in\n" + s);
        }
        assertFalse(s.contains("*(.ARM.exidx .ARM.exidx.* .ARM.extab .ARM.extab.*)"), "exidx is placed, not discarded");
        assertTrue(s.indexOf(".stack (NOLOAD)") < s.indexOf(".data :"), "the stack is below .data");
        String x = new MemoryXArtifact().render(t, new MemoryXArtifact().formats().get(0), new RenderContext(P));
        assertTrue(x.contains("FLASH (rx) : ORIGIN = 0x8000000, LENGTH = 1M\n    RAM (rwx) : ORIGIN = 0x20000000,"
                + " LENGTH = 128K\n"), x);
        assertTrue(x.contains("link with flip-link"), x);
    }

    @Test
    void regionsInTheSpecReplaceOrAddToTheChips() throws Exception {
        Target t = spec("riscv32imac-unknown-none-elf", "{\"chip\": \"FE310-G000\", \"text-start\": \"0x20400000\","
                + " \"regions\": [{\"name\": \"RAM\", \"origin\": \"0x80000000\", \"length\": \"8K\"},"
                + " {\"name\": \"ITIM\", \"origin\": \"0x08000000\", \"length\": \"8K\"}]}");
        Layout l = layout(t);
        assertEquals("FLASH 0x20000000 0x20000000;RAM 0x80000000 0x2000;ITIM 0x8000000 0x2000;", regions(l));
        String s = new LinkerScript().render(t, new LinkerScript().formats().get(0), new RenderContext(P));
        assertTrue(s.contains(".text 0x20400000 : ALIGN(0x10)"), s);
        Target outside = spec("riscv32imac-unknown-none-elf", "{\"chip\": \"FE310-G000\", \"text-start\": \"0x80000000\"}");
        assertEquals(List.of("`layout.text-start` `0x80000000` is outside region `FLASH` (`0x20000000`–`0x40000000`)"
                + " that holds `.text`; give an address inside it."), messages(outside, LayoutReader.REGIONS));
    }

    private static List<String> messages(Target t, String rule) {
        return LayoutReader.read(t).problems().stream().filter(p -> p.rule().equals(rule)).map(Problem::message)
                .toList();
    }

    @Test
    void aMissingOrBrokenMemoryXIsADiagnostic() throws Exception {
        Target missing = spec("thumbv7m-none-eabi", "{\"memory-x\": \"nowhere/memory.x\"}");
        assertEquals(List.of("`layout.memory-x` names `nowhere/memory.x`, which is not a file next to the spec; give"
                + " the path of the memory.x file, relative to the spec file."), messages(missing, LayoutReader.MEMORY_X));
        Target broken = spec("thumbv7m-none-eabi", "{\"memory-x\": \"memory.x\"}");
        Files.writeString(broken.file().path().resolveSibling("memory.x"), "MEMORY\n{\n  FLASH : ORIGIN = 0\n}\n");
        assertEquals(List.of("`layout.memory-x` file `memory.x`, line 4: expected `LENGTH =` in region `FLASH`, found"
                + " `}`."), messages(broken, LayoutReader.MEMORY_X));
        Target folder = spec("thumbv7m-none-eabi", "{\"memory-x\": \".\"}");
        assertEquals(1, messages(folder, LayoutReader.MEMORY_X).size());
        Target both = spec("thumbv7m-none-eabi", "{\"memory-x\": \"memory.x\", \"chip\": \"LM3S6965\"}");
        assertEquals(List.of("`layout.chip` and `layout.memory-x` both give the memory regions; keep one of them."),
                messages(both, LayoutReader.CHIP));
    }

    @Test
    void renderWithAChipRefusesAnUnknownNameAndStopsAtAWrongCore() throws Exception {
        Rendering rendering = new Rendering(Repo.registry(), "targetspec 9.9.9");
        SpecFile file = Repo.registry().file("thumbv7em-none-eabihf").orElseThrow();
        LinkerScript ls = new LinkerScript();
        Refused e = assertThrows(Refused.class, () -> rendering.render(file, ls, ls.formats().get(0), false,
                "STM32F411RTEx"));
        assertEquals("--chip STM32F411RTEx is not a chip in the database; did you mean STM32F411RCTx, STM32F411RE or"
                + " STM32F411RETx?", e.getMessage());
        Rendering.Outcome wrong = rendering.render(file, ls, ls.formats().get(0), false, "nRF51822_xxAA");
        assertEquals(Rendering.Outcome.Kind.BLOCKED, wrong.kind());
        assertTrue(wrong.message().contains("cannot run `thumbv7em` code") && wrong.message().contains(
                "[layout-chip-core]"), wrong.message());
        Rendering.Outcome ok = rendering.render(file, ls, ls.formats().get(0), false, "stm32f411retx");
        assertEquals(Rendering.Outcome.Kind.RENDERED, ok.kind(), ok.message());
        assertTrue(ok.text().contains("FLASH (rx) : ORIGIN = 0x8000000, LENGTH = 0x80000"), ok.text());
        assertTrue(ok.text().contains("with chip stm32f411retx"), "the header names the chip");
    }
}
