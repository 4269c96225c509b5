package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One output section, in layout order.
 *
 * @param inputs input-section patterns, in order
 * @param keep whether the inputs are kept even when nothing refers to them ({@code KEEP})
 * @param align the section's start alignment, a power of two
 * @param region the region that holds it, when the layout has regions
 * @param loadRegion the region its contents are loaded from, when that differs ({@code AT>})
 * @param nobits whether it occupies no file space ({@code .bss}-like)
 * @param physical whether it is linked at its load address even in a higher-half layout
 * @param pointer where the section is in the resolved document ({@code /layout} for a default)
 */
public record Section(String name, List<String> inputs, boolean keep, BigInteger align, Optional<String> region,
        Optional<String> loadRegion, boolean nobits, boolean physical, String pointer) {
    public Section {
        inputs = List.copyOf(inputs);
    }

    /**
     * Whether the program writes to the section: it is {@code nobits}, or its name says data, bss or
     * GOT and not read-only data or code. The linker script puts such a section in a read-write
     * segment, and its region must allow writing.
     */
    public boolean writable() {
        if (nobits) {
            return true;
        }
        String n = name;
        if (n.contains("rodata") || n.contains("text") || n.equals(".vector_table") || n.contains("init") || physical) {
            return false;
        }
        return n.contains("data") || n.contains("bss") || n.contains("got");
    }
}
