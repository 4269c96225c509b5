package dev.targetspec.chip;

import java.util.Optional;

/**
 * One processor core of a chip.
 *
 * @param name the core's name in the source ({@code main} for single-core chips)
 * @param type the architecture as probe-rs names it: {@code armv6m}, {@code armv7m}, {@code armv7em},
 *     {@code armv8m}, {@code armv7a}, {@code armv7r}, {@code armv8a}, {@code riscv}, {@code riscv64} or
 *     {@code xtensa}
 * @param fpu whether the core has a floating-point unit, when a source says
 */
public record Core(String name, String type, Optional<Boolean> fpu) {
}
