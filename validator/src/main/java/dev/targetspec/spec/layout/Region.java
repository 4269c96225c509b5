package dev.targetspec.spec.layout;

import java.math.BigInteger;

/**
 * A memory region: a linker-script {@code MEMORY} entry.
 *
 * @param attributes the {@code MEMORY} attribute letters ({@code rwxai}), possibly empty
 * @param pointer where the region is in the resolved document
 */
public record Region(String name, BigInteger origin, BigInteger length, String attributes, String pointer) {
    /** The first address after the region. */
    public BigInteger end() {
        return origin.add(length);
    }
}
