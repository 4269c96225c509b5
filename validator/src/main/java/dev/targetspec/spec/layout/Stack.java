package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The initial stack.
 *
 * @param size the bytes of one stack
 * @param placement where it goes
 * @param region for {@link Placement#REGION_END} and {@link Placement#REGION_START}, the region whose top or
 *     start it occupies
 * @param harts how many harts (cores) get a stack of {@code size} each, one below the other from the top
 */
public record Stack(BigInteger size, BigInteger align, Placement placement, Optional<String> region, String pointer,
        int harts) {
    /** The bytes of every hart's stack together. */
    public BigInteger total() {
        return size.multiply(BigInteger.valueOf(harts));
    }

    /** Where the stack goes. */
    public enum Placement {
        /** Reserved at the end of the last {@code nobits} section, between {@code __stack_bottom} and {@code __stack_top}. */
        BSS("bss"),
        /** The top of a memory region, below which the stack grows (Cortex-M style). */
        REGION_END("region-end"),
        /**
         * The start of a memory region, below the data of the program, as flip-link places it: a stack that
         * overflows runs off the start of the region and faults instead of overwriting {@code .bss} and
         * {@code .data}.
         */
        REGION_START("region-start"),
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
