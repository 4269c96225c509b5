package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The initial stack.
 *
 * @param placement where it goes
 * @param region for {@link Placement#REGION_END}, the region whose top it occupies
 */
public record Stack(BigInteger size, BigInteger align, Placement placement, Optional<String> region, String pointer) {
    /** Where the stack goes. */
    public enum Placement {
        /** Reserved at the end of the last {@code nobits} section, between {@code __stack_bottom} and {@code __stack_top}. */
        BSS("bss"),
        /** The top of a memory region, below which the stack grows (Cortex-M style). */
        REGION_END("region-end"),
        /** The loader provides the stack (a program started by an operating system). */
        LOADER("loader");

        private final String json;

        Placement(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }
}
