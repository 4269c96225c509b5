package dev.targetspec.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.json.StrictJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The chip database committed in {@code targets/chips/}. */
class CommittedChipDataTest {
    static final ChipDatabase DB = ChipDatabase.at(Repo.root().resolve("targets").resolve(ChipDatabase.FOLDER));
    static final long KIB = 1024;

    @Test
    void holdsAtLeast4000ChipsEachWithItsSource() throws Exception {
        JsonNode sources = StrictJson.parse(Files.readAllBytes(DB.folder().resolve(ChipDatabase.SOURCES))).root();
        String commit = sources.at("/probe-rs/commit").asString();
        assertTrue(commit.matches("[0-9a-f]{40}"), commit);
        assertTrue(DB.chips().size() >= 4000, DB.chips().size() + " chips");
        assertEquals(sources.at("/probe-rs/chips").asInt(), DB.chips().size());
        for (Chip c : DB.chips()) {
            assertEquals("probe-rs/probe-rs", c.source().repository(), c.name());
            assertEquals(commit, c.source().commit(), c.name());
            assertTrue(c.source().path().matches("probe-rs/targets/[^/]+\\.ya?ml"), c.source().path());
            assertTrue(!c.cores().isEmpty() && !c.regions().isEmpty(), c.name() + " has cores and regions");
        }
        assertEquals(sources.at("/probe-rs/families").asInt(), DB.families().size());
    }

    @Test
    void theStm32ChipsWereComparedAndTheReportCountsEveryRow() throws Exception {
        String report = Files.readString(DB.folder().resolve(ChipDatabase.REPORT));
        long regionRows = report.lines().filter(l -> l.matches("\\| \\S+ \\| \\S+ \\| (nvm|ram) \\|.*")).count();
        assertEquals(count(report, "region disagreements"), regionRows);
        long coreRows = report.lines().filter(l -> l.matches("\\| \\S+ \\| \\S+ \\| arm[^|]* \\| [^|]+ \\|")).count();
        assertEquals(count(report, "core disagreements"), coreRows);
        assertTrue(count(report, "pairs compared") > 1000, "over a thousand STM32 chips compared");
        long checked = DB.chips().stream().filter(c -> c.checkedAgainst().isPresent()).count();
        assertTrue(checked > 1000, checked + " chips marked as checked");
        // Every region row names a chip of the database and differs in what it shows.
        for (String row : report.lines().filter(l -> l.matches("\\| \\S+ \\| \\S+ \\| (nvm|ram) \\|.*")).toList()) {
            String[] cells = row.split("\\|");
            assertTrue(DB.find(cells[1].strip()).isPresent(), row);
            assertTrue(!cells[4].equals(cells[5]), row);
        }
    }

    private static long count(String report, String what) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(what) + " \\| (\\d+) \\|").matcher(report);
        assertTrue(m.find(), what);
        return Long.parseLong(m.group(1));
    }

    /** The chips of QEMU's Arm and RISC-V boards, with the flash and RAM their datasheets give. */
    @Test
    void theQemuBoardsChipsHaveTheirDatasheetSizes() throws Exception {
        record Board(String chip, long nvm, long ram, String core) {
        }
        for (Board b : List.of(
                new Board("STM32F205RG", 1024 * KIB, 128 * KIB, "armv7m"),          // netduino2
                new Board("STM32F405RG", 1024 * KIB, 192 * KIB, "armv7em"),         // netduinoplus2: 128 KiB + 64 KiB CCM
                new Board("STM32F100RB", 128 * KIB, 8 * KIB, "armv7m"),             // stm32vldiscovery
                new Board("nRF51822_xxAA", 256 * KIB, 16 * KIB, "armv6m"),          // microbit
                new Board("LM3S6965", 256 * KIB, 64 * KIB, "armv7m"),               // lm3s6965evb
                new Board("LM3S811", 64 * KIB, 8 * KIB, "armv7m"))) {               // lm3s811evb
            Chip c = DB.find(b.chip()).orElseThrow(() -> new AssertionError(b.chip() + " is missing"));
            long boot = c.regions(RegionKind.NVM).stream().filter(Region::boot).mapToLong(Region::length).sum();
            assertEquals(b.nvm(), boot, b.chip() + " boot flash");
            assertEquals(b.ram(), c.total(RegionKind.RAM), b.chip() + " RAM");
            assertEquals(b.core(), c.cores().get(0).type(), b.chip());
        }
        assertEquals(Optional.of(true), DB.find("STM32F405RG").orElseThrow().cores().get(0).fpu());
        assertEquals(Optional.of(false), DB.find("STM32F205RG").orElseThrow().cores().get(0).fpu());
        assertEquals(64 * KIB, DB.find("STM32F405RG").orElseThrow().regions().stream()
                .filter(r -> r.origin() == 0x10000000L).mapToLong(Region::length).sum(), "the CCM RAM");
        // sifive_e: the FE310's 16 KiB DTIM and its QSPI flash window at 0x2000_0000.
        for (String fe310 : List.of("FE310-G000", "fe310-g002")) {
            Chip c = DB.find(fe310).orElseThrow(() -> new AssertionError(fe310 + " is missing"));
            assertEquals(List.of(16 * KIB), c.regions(RegionKind.RAM).stream().map(Region::length).toList());
            assertEquals(0x80000000L, c.regions(RegionKind.RAM).get(0).origin());
            assertEquals(0x20000000L, c.regions(RegionKind.NVM).get(0).origin());
            assertEquals("riscv", c.cores().get(0).type());
        }
    }

    @Test
    void theDataIsCompact() throws Exception {
        long bytes;
        try (var walk = Files.walk(DB.folder())) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes < 4L * 1024 * 1024, bytes + " bytes");
        assertTrue(Files.readString(DB.folder().resolve("README.md")).contains("MIT OR Apache-2.0"));
        for (Path f : Files.list(DB.folder().resolve(ChipDatabase.FAMILIES)).toList()) {
            assertTrue(!Pattern.compile("\"0[xX][0-9a-fA-F]+\"").matcher(Files.readString(f)).find(),
                    f + " has no hex strings");
        }
    }
}
