package dev.targetspec.spec.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memory.x reader, on files from public projects and on what it must refuse. */
class MemoryXTest {
    static final Path FILES = Repo.root().resolve("validator/src/test/resources/memory-x");

    private static MemoryX.File read(String file) throws Exception {
        return MemoryX.parse(Files.readString(FILES.resolve(file), StandardCharsets.UTF_8));
    }

    private static String regions(MemoryX.File f) {
        StringBuilder b = new StringBuilder();
        for (MemoryX.Entry e : f.regions()) {
            b.append(e.name()).append(' ').append(Address.hex(e.origin())).append(' ').append(Address.hex(e.length()))
                    .append(';');
        }
        return b.toString();
    }

    @Test
    void readsTheMemoryMapsOfPublicProjects() throws Exception {
        Map<String, String> expected = Map.of(
                "cortex-m-quickstart.x", "FLASH 0x0 0x40000;RAM 0x20000000 0x10000;",
                "microbit.x", "FLASH 0x0 0x40000;RAM 0x20000000 0x4000;",
                "embassy-nrf52840.x", "FLASH 0x0 0x100000;RAM 0x20000000 0x40000;",
                "embassy-rp.x", "BOOT2 0x10000000 0x100;FLASH 0x10000100 0x1fff00;RAM 0x20000000 0x42000;",
                "stm32f4xx-hal-f413disco.x", "FLASH 0x8000000 0x180000;RAM 0x20000000 0x50000;",
                "stm32f4xx-hal-f429disco.x", "FLASH 0x8000000 0x200000;RAM 0x20000000 0x30000;",
                "stm32f4xx-hal-f469disco.x", "FLASH 0x8000000 0x200000;RAM 0x20000000 0x50000;",
                "hifive1.x", "FLASH 0x20400000 0x20000000;RAM 0x80000000 0x4000;",
                "riscv-rt-memory-multihart.x", "RAM 0x80000000 0x1000000;");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), regions(read(e.getKey())), e.getKey());
        }
        MemoryX.File microbit = read("microbit.x");
        assertEquals(BigInteger.valueOf(0x20004000L), microbit.symbols().get("_stack_start").value());
        assertEquals(11, microbit.symbols().get("_stack_start").line());
        MemoryX.File multihart = read("riscv-rt-memory-multihart.x");
        assertEquals(List.of("REGION_TEXT", "REGION_RODATA", "REGION_DATA", "REGION_BSS", "REGION_HEAP",
                "REGION_STACK"), List.copyOf(multihart.aliases().keySet()));
        assertEquals("RAM", multihart.region("REGION_STACK").orElseThrow().name());
        assertEquals(BigInteger.ONE, multihart.symbols().get("_max_hart_id").value());
        assertTrue(read("cortex-m-quickstart.x").symbols().isEmpty(), "commented-out assignments are comments");
    }

    @Test
    void refusesWhatAMemoryXReadHereWouldLose() throws Exception {
        MemoryX.Malformed e = assertThrows(MemoryX.Malformed.class, () -> read("embassy-boot-nrf.x"));
        assertEquals(10, e.line());
        assertEquals("found `SECTIONS`, but a memory.x file read by targetspec may hold only `MEMORY`, `REGION_ALIAS`"
                + " and symbol assignments; move it into the spec (`layout.sections` for output sections) or remove it.",
                e.getMessage());
        e = assertThrows(MemoryX.Malformed.class, () -> MemoryX.parse("INCLUDE device.x\n"));
        assertTrue(e.getMessage().startsWith("found `INCLUDE`"), e.getMessage());
    }

    @Test
    void evaluatesWhatMemoryXFilesWrite() throws Exception {
        MemoryX.File f = MemoryX.parse("""
                MEMORY {
                  FLASH (rx!w) : org = 0x08000000, len = 0x10K
                  RAM (RWX) : ORIGIN = 0x20000000 LENGTH = 20k
                  CCM : o = ORIGIN(RAM) + 2 * (LENGTH(RAM) / 4), l = 0100
                }
                REGION_ALIAS(REGION_TEXT, FLASH)
                PROVIDE(_stext = ORIGIN(REGION_TEXT) + 0x400);
                _hart_stack_size = 1M - 512;
                """);
        assertEquals("FLASH 0x8000000 0x4000;RAM 0x20000000 0x5000;CCM 0x20002800 0x40;", regions(f));
        assertEquals("rx", f.regions().get(0).attributes());
        assertEquals("RWX", f.regions().get(1).attributes());
        assertEquals(BigInteger.valueOf(0x08000400L), f.symbols().get("_stext").value());
        assertTrue(f.symbols().get("_stext").provide());
        assertEquals(BigInteger.valueOf((1 << 20) - 512), f.symbols().get("_hart_stack_size").value());
    }

    @Test
    void namesTheLineOfEachMistake() {
        record Case(String text, int line, String start) {
        }
        for (Case c : List.of(
                new Case("MEMORY {\n  FLASH : ORIGIN = 0, LENGTH = 1K\n/* never closed", 3, "the comment opened here"),
                new Case("MEMORY {\n  FLASH : ORIGIN = 0, LENGTH = 1K\n", 3, "the `MEMORY` block is not closed"),
                new Case("MEMORY {\n  FLASH ORIGIN = 0, LENGTH = 1K\n}", 2, "expected `:` after region name `FLASH`"),
                new Case("MEMORY {\n  A : ORIGIN = 0, LENGTH = 1K\n  A : ORIGIN = 1K, LENGTH = 1K\n}", 3,
                        "region `A` is already defined on line 2"),
                new Case("MEMORY {\n  A : ORIGIN = ALIGN(4), LENGTH = 1K\n}", 2, "the expression uses `ALIGN`"),
                new Case("MEMORY {\n  A : ORIGIN = LENGTH(B), LENGTH = 1K\n}", 2, "`LENGTH(B)` names no region"),
                new Case("MEMORY {\n  A : ORIGIN = 0, LENGTH = 1 / 0\n}", 2, "the expression divides by zero"),
                new Case("MEMORY {\n  A : ORIGIN = 0 - 4, LENGTH = 1K\n}", 2, "the ORIGIN of region `A` is negative"),
                new Case("MEMORY {\n  A : ORIGIN = 09, LENGTH = 1K\n}", 2, "`09` is not a number"),
                new Case("\n_stack_start = 1", 2, "expected `;` after the assignment"),
                new Case("MEMORY { A : ORIGIN = 0, LENGTH = 1K }\n# comment", 2, "found `#` where"),
                new Case("MEMORY {\n A : ORIGIN = " + "(".repeat(100_000) + "0, LENGTH = 1K }", 2, "the expression nests"),
                new Case("MEMORY {\n A : ORIGIN = " + "- ".repeat(100_000) + "0, LENGTH = 1K }", 2, "the expression nests"),
                new Case("MEMORY {\n A : ORIGIN = " + "9".repeat(500_000) + ", LENGTH = 1K }", 2, "`99999"),
                new Case("MEMORY { A : ORIGIN = 0, LENGTH = 1K }\n\u00a0", 2, "the character"))) {
            MemoryX.Malformed e = assertThrows(MemoryX.Malformed.class, () -> MemoryX.parse(c.text()), c.text());
            assertEquals(c.line(), e.line(), c.text());
            assertTrue(e.getMessage().startsWith(c.start()), e.getMessage());
            assertTrue(e.getMessage().endsWith(".") && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
