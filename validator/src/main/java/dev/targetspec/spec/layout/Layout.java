package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param memory where the regions come from, and what else the layout takes from there
 */
public record Layout(String triple, String arch, int pointerWidth, String protocol, Optional<String> headerSection,
        String entrySymbol, String mainSymbol, Optional<String> codeModel, String relocationModel, boolean panicAbort,
        Optional<BigInteger> loadBase, Optional<BigInteger> virtualBase, BigInteger pageSize, List<Region> regions,
        List<Section> sections, Stack stack, List<String> discard, List<HeaderTag> multiboot2Tags,
        long multibootFlags, Memory memory) {
    public Layout {
        regions = List.copyOf(regions);
        sections = List.copyOf(sections);
        discard = List.copyOf(discard);
        multiboot2Tags = List.copyOf(multiboot2Tags);
    }

    /**
     * Where a layout's regions come from, and the runtime settings that go with them.
     *
     * @param chip the database chip the regions were taken from ({@code layout.chip}), with the core chosen
     * @param memoryX the {@code memory.x} file they were read from ({@code layout.memory-x}), as the spec names it
     * @param aliases {@code REGION_ALIAS}es, alias to region, in order: riscv-rt's {@code REGION_TEXT}…
     *     {@code REGION_STACK}, or those a {@code memory.x} gives
     * @param textStart where {@code .text} starts, when not right after what precedes it in its region
     *     (cortex-m-rt's and riscv-rt's {@code _stext})
     * @param heapSize bytes reserved for a heap after the last section in the stack's region ({@code _heap_size})
     */
    public record Memory(Optional<String> chip, Optional<String> memoryX, Map<String, String> aliases,
            Optional<BigInteger> textStart, BigInteger heapSize) {
        public Memory {
            aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        }

        /** No chip, no file, no aliases. */
        public static final Memory PLAIN = new Memory(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                BigInteger.ZERO);
    }

    /** The region {@code name} stands for: itself, or the region an alias names. */
    public String realRegion(String name) {
        return memory.aliases().getOrDefault(name, name);
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

    /** The region named {@code name}, or that the alias {@code name} stands for. */
    public Optional<Region> region(String name) {
        String real = realRegion(name);
        return regions.stream().filter(r -> r.name().equals(real)).findFirst();
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
