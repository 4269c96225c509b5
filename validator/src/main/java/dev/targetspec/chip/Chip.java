package dev.targetspec.chip;

import java.util.List;
import java.util.Optional;

/**
 * One chip variant and its memory map.
 *
 * @param name the name probe-rs gives it, such as {@code STM32F411RE} or {@code nRF52840_xxAA}
 * @param vendor the company that makes it, when known
 * @param family the probe-rs family it belongs to, such as {@code STM32F4 Series}
 * @param packages the package variants that share this memory map, such as {@code STM32F411RETx}
 * @param cores the processor cores
 * @param regions the memory regions, in the source's order
 * @param source the file the chip was imported from
 * @param checkedAgainst the stm32-data chip it was compared with, when there is one
 * @param corrections notes on the hand-written corrections applied to it, one sentence each
 */
public record Chip(String name, Optional<String> vendor, String family, List<String> packages, List<Core> cores,
        List<Region> regions, Source source, Optional<String> checkedAgainst, List<String> corrections) {
    public Chip {
        packages = List.copyOf(packages);
        cores = List.copyOf(cores);
        regions = List.copyOf(regions);
        corrections = List.copyOf(corrections);
    }

    /** The regions of {@code kind} that are not aliases of other regions. */
    public List<Region> regions(RegionKind kind) {
        return regions.stream().filter(r -> r.kind() == kind && !r.alias()).toList();
    }

    /** The bytes of {@code kind}, counting each region once (aliases left out). */
    public long total(RegionKind kind) {
        return regions(kind).stream().mapToLong(Region::length).sum();
    }
}
