package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code targetspec chips} and {@code chips show} on the committed database, in-process. */
class ChipsCommandTest {
    static JsonNode json(String text) throws Exception {
        return StrictJson.parse(text.getBytes(StandardCharsets.UTF_8)).root();
    }

    @Test
    void theJsonListHasTheFixedShapeWithIntegers() throws Exception {
        CliTest.Run r = CliTest.withRegistry("chips", "--search", "stm32f405", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = json(r.out());
        assertTrue(list.size() >= 2, r.out());
        for (JsonNode chip : list) {
            assertEquals(Set.of("name", "vendor", "family", "cores", "regions"), Set.copyOf(chip.propertyNames()));
            for (JsonNode region : chip.get("regions")) {
                assertEquals(Set.of("name", "kind", "origin", "length"), Set.copyOf(region.propertyNames()));
                assertTrue(region.get("origin").isIntegralNumber() && region.get("length").isIntegralNumber(), region.toString());
            }
        }
        JsonNode rg = list.valueStream().filter(c -> c.get("name").asString().equals("STM32F405RG")).findFirst().orElseThrow();
        assertEquals("STMicroelectronics", rg.get("vendor").asString());
        assertEquals("armv7em", rg.at("/cores/0/type").asString());
        assertEquals(134217728L, rg.at("/regions/0/origin").asLong());
        assertEquals(1048576L, rg.at("/regions/0/length").asLong());
    }

    @Test
    void filtersCombine() {
        CliTest.Run r = CliTest.withRegistry("chips", "--vendor", "NORDIC", "--core", "armv6m");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"), r.out());
        assertTrue(lines.stream().skip(1).limit(lines.size() - 2).allMatch(l -> l.startsWith("nRF51")), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ chips"), r.out());
    }

    @Test
    void showFindsAPackageVariantAndPrintsEveryRegion() throws Exception {
        CliTest.Run r = CliTest.withRegistry("chips", "show", "stm32f405rgtx", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode c = json(r.out());
        assertEquals("STM32F405RG", c.get("name").asString());
        assertEquals("probe-rs/probe-rs", c.at("/source/repository").asString());
        assertEquals("STM32F405RG", c.get("stm32-data").asString());
        assertTrue(c.at("/cores/0/fpu").asBoolean());
        assertTrue(c.at("/regions/0/boot").asBoolean());
        assertEquals("rx", c.at("/regions/0/access").asString());
        CliTest.Run text = CliTest.withRegistry("chips", "show", "LM3S6965");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("IRAM1  ram"), text.out());
        assertTrue(text.out().contains("0x10000 (64 KiB)"), text.out());
        assertTrue(text.out().contains("corrected: `IRAM1` is 0x20000000, 65536 bytes"), text.out());
    }

    @Test
    void aMistypedNameIsAUsageErrorWithDidYouMean() {
        CliTest.Run r = CliTest.withRegistry("chips", "show", "STM32F411REX");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: no chip `STM32F411REX` in the chip database; did you mean STM32F411RE"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aProjectFolderWithoutAChipDatabaseUsesTheBundledOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliTest.Run r = CliTest.run("chips", "--registry", dir.toString(), "--search", "stm32f405rg");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("STM32F405RG"), r.out());
    }

    @Test
    void importChipsWithoutACheckoutIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliTest.Run r = CliTest.run("import", "chips", "--registry", dir.toString(), "--probe-rs", dir.toString(),
                "--probe-rs-commit", "1111111111111111111111111111111111111111");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: No probe-rs chip files in "), r.err());
        CliTest.Run help = CliTest.run("import", "chips", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: targetspec import chips") && help.out().contains("Examples:"), help.out());
    }
}
