package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * A target's memory layout with every default filled in: what the linker-script, boot-header and
 * boot-stub renderers work from. Read one with {@link LayoutReader#read}.
 *
 * @param triple the target's name
 * @param arch rustc's {@code arch}: {@code x86}, {@code x86_64}, {@code aarch64}, {@code riscv64}, {@code arm}...
 * @param pointerWidth rustc's {@code target-pointer-width}
 * @param protocol {@code boot.protocol}, or {@code none}
 * @param headerSection the input section that holds the boot header, for a protocol that has one
 * @param entrySymbol the ELF entry point
 * @param mainSymbol the function the boot stub calls
 * @param codeModel rustc's {@code code-model}, when set
 * @param relocationModel rustc's {@code relocation-model} ({@code pic} when unset, as in rustc)
 * @param panicAbort whether {@code panic-strategy} is {@code abort} (then unwind tables are discarded)
 * @param loadBase in a layout without regions, the physical address of the first section
 * @param virtualBase in a layout without regions, the link address of the first non-physical section's load base
 * @param pageSize the segment alignment
 * @param multiboot2Tags for Multiboot 2, the header tags the spec asks for
 * @param multibootFlags for Multiboot 1, the header flags (bit 0 page-align, bit 1 memory info)
 */
public record Layout(String triple, String arch, int pointerWidth, String protocol, Optional<String> headerSection,
        String entrySymbol, String mainSymbol, Optional<String> codeModel, String relocationModel, boolean panicAbort,
        Optional<BigInteger> loadBase, Optional<BigInteger> virtualBase, BigInteger pageSize, List<Region> regions,
        List<Section> sections, Stack stack, List<String> discard, List<HeaderTag> multiboot2Tags,
        long multibootFlags) {
    public Layout {
        regions = List.copyOf(regions);
        sections = List.copyOf(sections);
        discard = List.copyOf(discard);
        multiboot2Tags = List.copyOf(multiboot2Tags);
    }

    /** Whether sections are placed in {@code MEMORY} regions rather than from {@link #loadBase()}. */
    public boolean usesRegions() {
        return !regions.isEmpty();
    }

    /** The distance from load address to link address of the non-physical sections (0 when identity). */
    public BigInteger offset() {
        return virtualBase.orElse(BigInteger.ZERO).subtract(loadBase.orElse(BigInteger.ZERO));
    }

    /** Whether the program is linked above where it is loaded. */
    public boolean higherHalf() {
        return offset().signum() != 0;
    }

    /** Whether the protocol is Multiboot 1 or 2. */
    public boolean multiboot() {
        return protocol.equals("multiboot") || protocol.equals("multiboot2");
    }

    public Optional<Region> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A Multiboot 2 header tag. */
    public record HeaderTag(Kind kind, boolean optional, List<Long> values, String pointer) {
        public HeaderTag {
            values = List.copyOf(values);
        }

        /** The tag types this tool writes; numbers from the Multiboot2 Specification 2.0, section 3.1.3. */
        public enum Kind {
            INFORMATION_REQUEST("information-request", 1),
            CONSOLE_FLAGS("console-flags", 4),
            FRAMEBUFFER("framebuffer", 5),
            MODULE_ALIGN("module-align", 6);

            private final String json;
            private final int type;

            Kind(String json, int type) {
                this.json = json;
                this.type = type;
            }

            public String json() {
                return json;
            }

            public int type() {
                return type;
            }
        }
    }
}
