package dev.targetspec.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Look-ups, searches, near misses and corrections on a small database written for the test. */
class ChipDatabaseTest {
    static final Source SOURCE = new Source("probe-rs/probe-rs", "1111111111111111111111111111111111111111",
            "probe-rs/targets/T.yaml");

    @TempDir
    Path dir;

    static Region region(String name, RegionKind kind, long origin, long length) {
        return new Region(name, kind, origin, length, kind == RegionKind.NVM ? "rx" : "rwx", kind == RegionKind.NVM,
                false, List.of());
    }

    static Chip chip(String name, String core, List<String> packages, Region... regions) {
        return new Chip(name, Optional.of("Acme Semiconductor"), "T Series", packages,
                List.of(new Core("main", core, Optional.empty())), List.of(regions), SOURCE, Optional.empty(), List.of());
    }

    void write(String file, String family, Optional<String> vendor, Chip... chips) throws Exception {
        Files.createDirectories(dir.resolve(ChipDatabase.FAMILIES));
        Files.write(dir.resolve(ChipDatabase.FAMILIES).resolve(file + ".json"),
                ChipFormat.write(new ChipFamily(file, family, vendor, SOURCE, List.of(chips))));
    }

    @BeforeEach
    void database() throws Exception {
        write("T_Series", "T Series", Optional.of("Acme Semiconductor"),
                chip("STM32F411RE", "armv7em", List.of("STM32F411RETx"), region("BANK_1", RegionKind.NVM, 0x8000000, 0x80000),
                        region("SRAM", RegionKind.RAM, 0x20000000, 0x20000)),
                chip("STM32F411CE", "armv7em", List.of("STM32F411CEUx"), region("BANK_1", RegionKind.NVM, 0x8000000, 0x80000),
                        region("SRAM", RegionKind.RAM, 0x20000000, 0x20000)),
                chip("STM32F030F4", "armv6m", List.of(), region("BANK_1", RegionKind.NVM, 0x8000000, 0x4000),
                        region(null, RegionKind.RAM, 0x20000000, 0x1000)));
        write("U_Series", "U Series", Optional.empty(),
                chip("LM3S6965", "armv7m", List.of(), region("IROM1", RegionKind.NVM, 0, 0x40000),
                        region("IRAM1", RegionKind.RAM, 0x20000000, 0xb800)));
    }

    @Test
    void findsANameOrAPackageVariantInAnyLetterCase() throws Exception {
        ChipDatabase db = ChipDatabase.at(dir);
        assertEquals("STM32F411RE", db.find("stm32f411re").orElseThrow().name());
        assertEquals("STM32F411RE", db.find("STM32F411RETX").orElseThrow().name());
        assertEquals(Optional.empty(), db.find("STM32F411"));
        assertEquals(4, db.chips().size());
        assertEquals(List.of("LM3S6965", "STM32F030F4", "STM32F411CE", "STM32F411RE"),
                db.chips().stream().map(Chip::name).toList(), "sorted by name");
    }

    @Test
    void aMistypedNameGetsTheClosestNamesFirst() throws Exception {
        ChipDatabase db = ChipDatabase.at(dir);
        assertEquals(List.of("STM32F411CE", "STM32F411RE"), db.nearMisses("STM32F411XE", 5), "equally close: by name");
        assertEquals(List.of("STM32F411RETx"), db.nearMisses("stm32f411retz", 1));
        assertEquals(List.of("LM3S6965"), db.nearMisses("LM3S6956", 5));
        assertEquals(List.of("STM32F411CE", "STM32F411RE", "STM32F411CEUx", "STM32F411RETx"),
                db.nearMisses("stm32f41", 5), "what was typed begins these names");
        assertEquals(List.of(), db.nearMisses("nRF52840_xxAA", 5));
    }

    @Test
    void searchFiltersByTextVendorAndCore() throws Exception {
        ChipDatabase db = ChipDatabase.at(dir);
        assertEquals(List.of("STM32F411CE", "STM32F411RE"), names(db.search(Optional.of("f411"), Optional.empty(),
                Optional.empty())));
        assertEquals(List.of("STM32F411RE"), names(db.search(Optional.of("retx"), Optional.empty(), Optional.empty())));
        assertEquals(List.of("LM3S6965"), names(db.search(Optional.of("u ser"), Optional.empty(), Optional.empty())));
        assertEquals(List.of("STM32F030F4"), names(db.search(Optional.empty(), Optional.of("acme"),
                Optional.of("ARMV6M"))));
        assertEquals(List.of(), names(db.search(Optional.empty(), Optional.of("acme"), Optional.of("armv7m"))),
                "the family without a vendor is left out");
        assertEquals(4, db.search(Optional.empty(), Optional.empty(), Optional.empty()).size());
    }

    @Test
    void aRegionWithoutANameIsNamedAfterItsKind() throws Exception {
        Chip c = ChipDatabase.at(dir).find("STM32F030F4").orElseThrow();
        assertEquals(List.of("BANK_1", "RAM"), c.regions().stream().map(Region::name).toList());
    }

    @Test
    void aCorrectionAppliesWhileTheSourceStillHasTheValueItReplaces() throws Exception {
        Files.writeString(dir.resolve(ChipDatabase.CORRECTIONS), """
                {"regions": [{"chip": "lm3s6965", "region": "IRAM1", "length": 65536, "was-length": 47104,
                  "reason": "the datasheet says 64 KB."},
                 {"chip": "STM32F411RE", "region": "SRAM", "length": 1, "was-length": 2, "reason": "no longer applies."}],
                 "aliases": [{"name": "LM3S6965-EVB", "chip": "LM3S6965", "reason": "a board name."}]}
                """);
        ChipDatabase db = ChipDatabase.at(dir);
        Chip lm = db.find("LM3S6965").orElseThrow();
        assertEquals(65536, lm.regions().get(1).length());
        assertEquals(List.of("`IRAM1` is 0x20000000, 65536 bytes, not 0x20000000, 47104 bytes as the source has it: "
                + "the datasheet says 64 KB."), lm.corrections());
        assertEquals(0x20000, db.find("STM32F411RE").orElseThrow().regions().get(1).length());
        assertEquals(List.of(), db.find("STM32F411RE").orElseThrow().corrections());
        assertEquals("LM3S6965", db.find("lm3s6965-evb").orElseThrow().name());
    }

    @Test
    void anAliasOfAChipThatIsNotThereIsAnError() throws Exception {
        Files.writeString(dir.resolve(ChipDatabase.CORRECTIONS),
                "{\"aliases\": [{\"name\": \"X\", \"chip\": \"NOPE\", \"reason\": \"r\"}]}");
        ChipDataException e = assertThrows(ChipDataException.class, () -> ChipDatabase.at(dir).chips());
        assertEquals("corrections.json: alias `X` names chip `NOPE`, which is not in the database; fix or remove the "
                + "alias.", e.getMessage());
    }

    @Test
    void aBrokenFileIsOneSentenceNamingTheFileAndField() throws Exception {
        Path f = dir.resolve(ChipDatabase.FAMILIES).resolve("U_Series.json");
        Files.writeString(f, Files.readString(f).replace("\"origin\":0,", "\"origin\":\"0\","));
        ChipDataException e = assertThrows(ChipDataException.class, () -> ChipDatabase.at(dir).find("x"));
        assertEquals("probe-rs/U_Series.json: field `chips/0/regions/0/origin` must be a non-negative integer below "
                + "2^63.", e.getMessage());
        Files.writeString(f, "{\"format\": 1,");
        e = assertThrows(ChipDataException.class, () -> ChipDatabase.at(dir).find("x"));
        assertTrue(e.getMessage().startsWith("probe-rs/U_Series.json:1:"), e.getMessage());
    }

    @Test
    void aMissingDatabaseSaysHowToMakeOne(@TempDir Path empty) {
        ChipDataException e = assertThrows(ChipDataException.class, () -> ChipDatabase.at(empty).chips());
        assertTrue(e.getMessage().endsWith("run `targetspec import chips`."), e.getMessage());
    }

    @Test
    void theFileFormatRoundTripsAndKeepsOneChipALine() throws Exception {
        Chip c = new Chip("X1", Optional.of("V"), "F", List.of("X1T"), List.of(new Core("cm7", "armv7em", Optional.of(true)),
                new Core("cm4", "armv7em", Optional.of(false))), List.of(new Region("A", RegionKind.GENERIC, 0xfcffffffL, 1,
                "", false, true, List.of("cm4"))), SOURCE, Optional.of("X1-A"), List.of());
        byte[] bytes = ChipFormat.write(new ChipFamily("F", "F", Optional.of("V"), SOURCE, List.of(c, c)));
        assertEquals(4, new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().count());
        ChipFamily back = ChipFormat.read("F", bytes);
        assertEquals(List.of(c, c), back.chips());
        assertEquals(SOURCE, back.source());
    }

    @Test
    void bytesAreShownInTheLargestUnitThatDividesThem() {
        assertEquals("128 KiB", Bytes.human(131072));
        assertEquals("1 MiB", Bytes.human(1 << 20));
        assertEquals("528 bytes", Bytes.human(528));
        assertEquals("46 KiB", Bytes.human(47104));
    }

    static List<String> names(List<Chip> chips) {
        return chips.stream().map(Chip::name).toList();
    }
}
