package dev.targetspec.chip.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The company that makes a probe-rs family, by the family file's name. probe-rs records a JEP106
 * manufacturer code in most files (some have none, and codes name companies as they were registered,
 * long before mergers), so the vendor is the present-day company named here; a family that matches no
 * rule has no vendor.
 */
final class Vendors {
    private record Rule(Pattern file, String vendor) {
    }

    private static final List<Rule> RULES = List.of(
            rule("ADuCM|MAX3", "Analog Devices"),
            rule("AIR", "AirM2M"),
            rule("AM26|CC1[3-9]|CC2[0-9]|LM3S|MSP43|MSPM0|TMS570|Tiva", "Texas Instruments"),
            rule("ASR6", "ASR Microelectronics"),
            rule("AT32", "Artery Technology"),
            rule("BCM", "Broadcom"),
            rule("CH32|CH5", "WCH"),
            rule("CW32", "Wuhan Xinyuan Semiconductor"),
            rule("EFM32|EFR32", "Silicon Labs"),
            rule("FM3|PSOC|XMC|TLE98", "Infineon"),
            rule("GD32", "GigaDevice"),
            rule("HC32", "Xiaohua Semiconductor"),
            rule("HF5032|HT32|HT50", "Holtek"),
            rule("HPM", "HPMicro"),
            rule("LPC|MCX|MIMXRT|S32K|iMX|OL23", "NXP"),
            rule("MEC1|PIC32|SAM", "Microchip"),
            rule("Nuclei", "Nuclei System Technology"),
            rule("OpenTitan", "lowRISC"),
            rule("PAC5", "Qorvo"),
            rule("PY32", "Puya Semiconductor"),
            rule("RA[0-9]", "Renesas"),
            rule("RP2|RP23", "Raspberry Pi"),
            rule("SF32", "SiFli Technologies"),
            rule("STM32", "STMicroelectronics"),
            rule("SWM", "Synwit"),
            rule("SiFive|fe310", "SiFive"),
            rule("T32C", "Trident IoT"),
            rule("VA10|VA41", "Vorago Technologies"),
            rule("W7500", "WIZnet"),
            rule("Zynq", "AMD"),
            rule("nRF", "Nordic Semiconductor"));

    private Vendors() {
    }

    private static Rule rule(String prefixes, String vendor) {
        return new Rule(Pattern.compile("(?:" + prefixes + ").*"), vendor);
    }

    /** The vendor of the family in the probe-rs file named {@code stem} (its name without extension). */
    static Optional<String> of(String stem) {
        return RULES.stream().filter(r -> r.file().matcher(stem).matches()).map(Rule::vendor).findFirst();
    }
}
