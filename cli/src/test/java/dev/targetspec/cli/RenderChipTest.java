package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --chip} and the memory-x artifact, in-process, on the committed registry. */
class RenderChipTest {
    @Test
    void aChipGivesTheLinkerScriptItsMemory() {
        CliTest.Run r = CliTest.withRegistry("render", "thumbv7em-none-eabihf", "--chip", "STM32F411RETx",
                "--artifact", "linker-script");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("FLASH (rx) : ORIGIN = 0x8000000, LENGTH = 0x80000")
                && r.out().contains("RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 0x20000"), r.out());
        assertTrue(r.out().contains("LONG(_stack_start)"), r.out());
    }

    @Test
    void memoryXUsesTheNamesCortexMRtNeeds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("memory.x");
        CliTest.Run r = CliTest.withRegistry("render", "thumbv6m-none-eabi", "--chip", "nrf51822_xxaa", "--artifact",
                "memory-x", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String x = Files.readString(out);
        assertTrue(x.contains("MEMORY\n{\n    FLASH (rx) : ORIGIN = 0x0, LENGTH = 256K\n    RAM (rwx) : ORIGIN ="
                + " 0x20000000, LENGTH = 16K\n}\n"), x);
    }

    @Test
    void aMistypedChipIsAUsageErrorWithDidYouMean() {
        CliTest.Run r = CliTest.withRegistry("render", "thumbv7em-none-eabihf", "--chip", "STM32F411RTEx",
                "--artifact", "linker-script");
        assertEquals(2, r.code());
        assertEquals("error: --chip STM32F411RTEx is not a chip in the database; did you mean STM32F411RCTx,"
                + " STM32F411RE or STM32F411RETx?", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aChipWhoseCoreCannotRunTheTargetStopsTheRender() {
        CliTest.Run r = CliTest.withRegistry("render", "thumbv7em-none-eabihf", "--chip", "nRF51822_xxAA",
                "--artifact", "linker-script");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has an Armv6-M core (Cortex-M0, M0+ or M1), which cannot run `thumbv7em` code")
                && r.err().contains("[layout-chip-core]"), r.err());
        CliTest.Run fpu = CliTest.withRegistry("render", "thumbv7em-none-eabihf", "--chip", "STM32WLE4C8",
                "--artifact", "memory-x");
        assertEquals(1, fpu.code());
        assertTrue(fpu.err().contains("[layout-chip-fpu]"), fpu.err());
    }

    @Test
    void chipGoesWithOneTarget() {
        CliTest.Run r = CliTest.withRegistry("render", "--all", "--chip", "LM3S6965", "--artifact", "memory-x", "-o",
                "out");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--chip gives one chip's memory to one target"), r.err());
    }

    @Test
    void memoryXDoesNotApplyToATargetWithoutRegions() {
        CliTest.Run r = CliTest.withRegistry("render", "x86_64-unknown-none", "--artifact", "memory-x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("neither a Cortex-M nor a RISC-V target"), r.err());
    }
}
