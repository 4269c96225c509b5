package dev.targetspec.chip.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.chip.Core;
import dev.targetspec.chip.Region;
import dev.targetspec.chip.RegionKind;
import dev.targetspec.json.StrictJson;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The importer on small probe-rs and stm32-data trees made for it (test resources {@code dev/targetspec/chip/}). */
class ChipImportTest {
    static final String PR = "1111111111111111111111111111111111111111";
    static final String ST = "2222222222222222222222222222222222222222";

    @TempDir
    Path out;

    static Path fixture(String name) {
        try {
            return Path.of(ChipImportTest.class.getResource("/dev/targetspec/chip/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ChipImport.Result importBoth() throws Exception {
        return ChipImport.run(fixture("probe-rs"), Optional.of(PR), Optional.of(fixture("stm32-data")), Optional.of(ST),
                out);
    }

    Chip chip(String name) throws Exception {
        return ChipDatabase.at(out).find(name).orElseThrow(() -> new AssertionError(name + " is missing"));
    }

    @Test
    void readsProbeRsRegionsWithTheirKindsAccessAndBootFlag() throws Exception {
        ChipImport.Result r = importBoth();
        assertEquals(2, r.families());
        assertEquals(5, r.chips());
        Chip c = chip("STM32X405RG");
        assertEquals(Optional.of("STMicroelectronics"), c.vendor());
        assertEquals("STM32X4 Series", c.family());
        assertEquals(List.of("STM32X405RGTx"), c.packages());
        assertEquals(List.of("BANK_1", "CCMRAM", "SRAM", "SRAM2", "ALIAS"), c.regions().stream().map(Region::name).toList());
        Region flash = c.regions().get(0);
        assertEquals(RegionKind.NVM, flash.kind());
        assertEquals(0x8000000L, flash.origin());
        assertEquals(0x100000L, flash.length());
        assertEquals("rx", flash.access());
        assertTrue(flash.boot());
        assertEquals(List.of(), flash.cores(), "a region every core sees lists no cores");
        Region ram = c.regions().get(2);
        assertEquals(RegionKind.RAM, ram.kind());
        assertEquals("rwx", ram.access());
        assertFalse(ram.boot());
        Region alias = c.regions().get(4);
        assertEquals(RegionKind.GENERIC, alias.kind());
        assertTrue(alias.alias());
        assertEquals(192 * 1024, c.total(RegionKind.RAM));
        assertEquals("probe-rs/targets/STM32X4_Series.yaml", c.source().path());
        assertEquals(PR, c.source().commit());
        assertEquals("probe-rs/probe-rs", c.source().repository());
    }

    @Test
    void aRegionOnlySomeCoresSeeNamesThem() throws Exception {
        importBoth();
        Chip c = chip("STM32X745ZI");
        assertEquals(List.of("cm7"), c.regions().get(1).cores());
        assertEquals(List.of(), c.regions().get(0).cores());
    }

    @Test
    void unnamedRegionsAreNamedAfterTheirKindAndAYmlFileIsRead() throws Exception {
        importBoth();
        Chip c = chip("nrf51822_XXAA");
        assertEquals(List.of("NVM", "RAM", "RAM2"), c.regions().stream().map(Region::name).toList());
        assertEquals("rw", c.regions().get(2).access());
        assertEquals(Optional.of("Nordic Semiconductor"), c.vendor());
        String file = Files.readString(out.resolve("probe-rs/nRF51_Series.json"));
        assertFalse(file.contains("\"name\":\"RAM\""), "the data keeps the source's missing names: " + file);
    }

    @Test
    void theCoresGetTheFpuStm32DataGivesThem() throws Exception {
        importBoth();
        assertEquals(List.of(Optional.of(true), Optional.of(false)),
                chip("STM32X745ZI").cores().stream().map(Core::fpu).toList());
        assertEquals(List.of(Optional.of(true)), chip("STM32X405RG").cores().stream().map(Core::fpu).toList());
        assertEquals(List.of(Optional.of(false)), chip("STM32X411RE").cores().stream().map(Core::fpu).toList());
        assertEquals(List.of(Optional.empty()), chip("nRF51822_xxAA").cores().stream().map(Core::fpu).toList());
    }

    @Test
    void pairsByNameByPackageNameAndByPackageVariant() throws Exception {
        importBoth();
        assertEquals(Optional.of("STM32X405RG"), chip("STM32X405RG").checkedAgainst());
        assertEquals(Optional.of("STM32X411RE-A"), chip("STM32X411RETxA").checkedAgainst());
        assertEquals(Optional.of("STM32X745ZG"), chip("STM32X745ZI").checkedAgainst());
        assertEquals(Optional.empty(), chip("nRF51822_xxAA").checkedAgainst());
    }

    @Test
    void theReportListsEveryDisagreementWithBothValues() throws Exception {
        ChipImport.Result r = importBoth();
        String report = Files.readString(out.resolve(ChipDatabase.REPORT));
        List<String> rows = report.lines().filter(l -> l.startsWith("| STM32X")).toList();
        assertEquals(List.of(
                "| STM32X411RE | STM32X411RE | ram | 0x20000000 +98304 (96 KiB) | 0x20000000 +131072 (128 KiB) | length |",
                "| STM32X411RE | STM32X411RE | nvm | - | 0x08080000 +4096 (4 KiB) | only in stm32-data |",
                "| STM32X411RETxA | STM32X411RE-A | armv7em | cm0p |"), rows);
        assertTrue(report.contains("| region disagreements | 2 |"), report);
        assertTrue(report.contains("| core disagreements | 1 |"), report);
        assertTrue(report.contains("| pairs compared | 4 |"), report);
        assertTrue(report.contains("| pairs that agree | 2 |"), report);
        assertTrue(report.contains("## stm32-data chips without a probe-rs chip\n\nSTM32X999ZZ\n"), report);
        assertTrue(report.contains(PR) && report.contains(ST), "the report names both commits");
        assertEquals(new ChipImport.Counts(5, 4, 2, 2, 1), r.crossCheck().orElseThrow());
    }

    @Test
    void sourcesNameTheRepositoriesCommitsAndLicence() throws Exception {
        importBoth();
        JsonNode s = StrictJson.parse(Files.readAllBytes(out.resolve(ChipDatabase.SOURCES))).root();
        assertEquals("probe-rs/probe-rs", s.at("/probe-rs/repository").asString());
        assertEquals(PR, s.at("/probe-rs/commit").asString());
        assertEquals("MIT OR Apache-2.0", s.at("/probe-rs/licence").asString());
        assertEquals(5, s.at("/probe-rs/chips").asInt());
        assertEquals("embassy-rs/stm32-data-generated", s.at("/stm32-data/repository").asString());
        assertEquals(ST, s.at("/stm32-data/commit").asString());
    }

    @Test
    void aReimportRemovesFamiliesProbeRsNoLongerHasAndWithoutStm32DataTheReport() throws Exception {
        importBoth();
        Files.writeString(out.resolve("probe-rs/Gone_Series.json"), "{}");
        ChipImport.Result r = ChipImport.run(fixture("probe-rs"), Optional.of(PR), Optional.empty(), Optional.empty(), out);
        assertEquals(List.of(out.resolve("probe-rs/Gone_Series.json"), out.resolve(ChipDatabase.REPORT)), r.removed());
        assertEquals(Optional.empty(), r.crossCheck());
        assertEquals(Optional.empty(), chip("STM32X405RG").checkedAgainst());
        assertFalse(Files.readString(out.resolve(ChipDatabase.SOURCES)).contains("stm32-data"));
    }

    @Test
    void theCommitIsReadFromTheCheckoutsGitFolder(@TempDir Path checkout) throws Exception {
        Path targets = Files.createDirectories(checkout.resolve("probe-rs/targets"));
        Files.copy(fixture("probe-rs/probe-rs/targets/nRF51_Series.yml"), targets.resolve("nRF51_Series.yml"));
        Files.createDirectories(checkout.resolve(".git/refs/heads"));
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/master\n");
        Files.writeString(checkout.resolve(".git/packed-refs"), "# pack-refs\n" + PR + " refs/heads/master\n");
        ChipImport.run(checkout, Optional.empty(), Optional.empty(), Optional.empty(), out);
        assertEquals(PR, chip("nRF51822_xxAA").source().commit());
        Files.writeString(checkout.resolve(".git/refs/heads/master"), ST + "\n");
        ChipImport.run(checkout, Optional.empty(), Optional.empty(), Optional.empty(), out);
        assertEquals(ST, ChipDatabase.at(out).find("nRF51822_xxAA").orElseThrow().source().commit());
    }

    @Test
    void withoutACommitTheImportStopsAndSaysWhatToPass() throws Exception {
        ChipDataException e = assertThrows(ChipDataException.class, () -> ChipImport.run(
                fixture("probe-rs/probe-rs/targets"), Optional.empty(), Optional.empty(), Optional.empty(), out));
        assertTrue(e.getMessage().contains("pass --probe-rs-commit"), e.getMessage());
        assertFalse(Files.exists(out.resolve("probe-rs")), "nothing is written");
    }

    @Test
    void aRegionWithoutAKindTagIsAnErrorNamingTheField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Bad.yaml"), """
                name: Bad
                variants:
                - name: BAD1
                  cores:
                  - name: main
                    type: armv6m
                  memory_map:
                  - range:
                      start: 0x0
                      end: 0x100
                """);
        ChipDataException e = assertThrows(ChipDataException.class,
                () -> ChipImport.run(dir, Optional.of(PR), Optional.empty(), Optional.empty(), out));
        assertEquals("Bad.yaml: `variants/0/memory_map/0` must be tagged !Ram, !Nvm or !Generic, not ``.", e.getMessage());
    }

    @Test
    void aChipInTwoFamiliesIsAnError(@TempDir Path dir) throws Exception {
        String family = """
                name: F
                variants:
                - name: Twice
                  cores:
                  - name: main
                    type: armv6m
                  memory_map:
                  - !Ram
                    range:
                      start: 0x20000000
                      end: 0x20001000
                """;
        Files.writeString(dir.resolve("A.yaml"), family);
        Files.writeString(dir.resolve("B.yaml"), family.replace("Twice", "TWICE"));
        ChipDataException e = assertThrows(ChipDataException.class,
                () -> ChipImport.run(dir, Optional.of(PR), Optional.empty(), Optional.empty(), out));
        assertTrue(e.getMessage().startsWith("Chip `TWICE` is in both"), e.getMessage());
    }

    @Test
    void yamlHexIntegersAndTagsAreRead() throws Exception {
        JsonNode n = YamlTree.parse("t.yaml", "- !Nvm\n  range: {start: 0x8000000, end: 134348800}\n- !Ram {}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Nvm", n.get(0).get(YamlTree.TAG).asString());
        assertEquals(0x8000000L, n.get(0).at("/range/start").asLong());
        assertTrue(n.get(0).at("/range/start").isIntegralNumber());
        assertEquals(134348800L, n.get(0).at("/range/end").asLong());
        assertEquals("Ram", n.get(1).get(YamlTree.TAG).asString());
    }

    @Test
    void mergeJoinsTouchingAndOverlappingRanges() {
        assertEquals(List.of(new CrossCheck.Span(0, 30), new CrossCheck.Span(40, 50)), CrossCheck.merge(List.of(
                new CrossCheck.Span(10, 20), new CrossCheck.Span(0, 10), new CrossCheck.Span(15, 30),
                new CrossCheck.Span(40, 50), new CrossCheck.Span(45, 45))));
    }
}
