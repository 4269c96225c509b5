package dev.targetspec.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `targetspec chips` as a user runs it: the packaged jar on the committed chip database. */
class ChipsEndToEndTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Proc.Result chips(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "chips";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--registry";
        all[args.length + 2] = Proc.root().resolve("targets").toAbsolutePath().toString();
        return Proc.targetspec(Path.of("."), all);
    }

    @Test
    void searchListsTheMatchingChipsWithTheirSizes() {
        Proc.Result r = chips("--search", "STM32F205R");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("NAME "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("STM32F205RG ") && l.contains("STMicroelectronics")
                && l.contains("armv7m") && l.matches(".*\\b1 MiB\\s+128 KiB$")), r.out());
        assertTrue(r.out().lines().toList().get((int) r.out().lines().count() - 1).matches("\\d+ chips"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void searchAsJsonIsTheFixedShape() {
        Proc.Result r = chips("--search", "nrf51822_xxaa", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = JSON.readTree(r.out());
        assertEquals(1, list.size(), r.out());
        JsonNode c = list.get(0);
        assertEquals("nRF51822_xxAA", c.get("name").asString());
        assertEquals("Nordic Semiconductor", c.get("vendor").asString());
        assertEquals("nRF51 Series", c.get("family").asString());
        assertEquals("armv6m", c.at("/cores/0/type").asString());
        assertEquals(262144, c.at("/regions/0/length").asLong());
        assertEquals("nvm", c.at("/regions/0/kind").asString());
        assertEquals(536870912L, c.at("/regions/1/origin").asLong());
    }

    @Test
    void showPrintsOneChipFoundInAnyLetterCase() {
        Proc.Result r = chips("show", "stm32f100rb");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("STM32F100RB\n"), r.out());
        assertTrue(r.out().contains("family:    STM32F1 Series"), r.out());
        assertTrue(r.out().contains("0x08000000") && r.out().contains("0x20000 (128 KiB)"), r.out());
        assertTrue(r.out().contains("0x2000 (8 KiB)"), r.out());
        assertTrue(r.out().contains("source:    probe-rs/probe-rs probe-rs/targets/STM32F1_Series.yaml at "), r.out());
    }

    @Test
    void aMistypedNameExitsTwoWithDidYouMean() {
        Proc.Result r = chips("show", "nRF52840_xxBA");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: no chip `nRF52840_xxBA` in the chip database; did you mean nRF52840_xxAA"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
