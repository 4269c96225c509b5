package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output sections a layout gets when it lists none, by boot protocol and architecture. */
final class Defaults {
    private static final BigInteger PAGE = BigInteger.valueOf(4096);

    private Defaults() {
    }

    /** riscv-rt's region aliases, in the order its {@code memory.x} files write them. */
    static final List<String> RISCV_ALIASES = List.of("REGION_TEXT", "REGION_RODATA", "REGION_DATA", "REGION_BSS",
            "REGION_HEAP", "REGION_STACK");

    /**
     * The aliases a RISC-V layout with regions gets, as riscv-rt's {@code memory.x} gives them: code and
     * read-only data in {@code FLASH} (else the first region), the rest in {@code RAM} (else the last);
     * an alias already in {@code given} is kept.
     */
    static Map<String, String> riscvAliases(List<Region> regions, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(given);
        if (regions.isEmpty()) {
            return out;
        }
        String code = named(regions, "FLASH", 0).orElseThrow();
        String data = named(regions, "RAM", regions.size() - 1).orElseThrow();
        for (String alias : RISCV_ALIASES) {
            out.putIfAbsent(alias, alias.equals("REGION_TEXT") || alias.equals("REGION_RODATA") ? code : data);
        }
        return out;
    }

    static List<Section> sections(String protocol, String arch, Optional<String> header, List<Region> regions,
            Map<String, String> aliases) {
        List<Section> out = new ArrayList<>();
        String at = "/layout";
        switch (protocol) {
            case "multiboot", "multiboot2" -> {
                // The header, the 32-bit entry code and its page tables run before paging: they are
                // linked where they are loaded, whatever the kernel's virtual base.
                List<String> boot = new ArrayList<>();
                header.ifPresent(boot::add);
                boot.addAll(List.of(".boot.text", ".boot.text.*", ".boot.rodata", ".boot.rodata.*", ".boot.data",
                        ".boot.data.*"));
                out.add(new Section(".boot", boot, true, BigInteger.valueOf(8), Optional.empty(), Optional.empty(),
                        false, true, at));
                if (arch.equals("x86_64")) {
                    // The x86_64 boot stub's page tables. The 32-bit stub has none, and an empty
                    // section would leave GNU ld an empty PT_LOAD at address 0.
                    out.add(new Section(".boot.bss", List.of(".boot.bss", ".boot.bss.*"), false, PAGE,
                            Optional.empty(), Optional.empty(), true, true, at));
                }
                addGeneric(out, PAGE, List.of(), regions, at);
            }
            case "cortex-m" -> {
                Optional<String> flash = named(regions, "FLASH", 0);
                Optional<String> ram = named(regions, "RAM", regions.size() - 1);
                BigInteger four = BigInteger.valueOf(4);
                // As cortex-m-rt's link.x: the script writes the initial stack pointer, then come the reset
                // vector, the exception vectors and the device's interrupt vectors, each in its input section.
                out.add(new Section(".vector_table", List.of(".vector_table.reset_vector", ".vector_table.exceptions",
                        ".vector_table.interrupts", ".vector_table", ".vector_table.*"), true,
                        BigInteger.valueOf(128), flash, Optional.empty(), false, false, at));
                out.add(new Section(".text", List.of(".Reset", ".text", ".text.*", ".HardFaultTrampoline",
                        ".HardFault.*"), false, four, flash, Optional.empty(), false, false, at));
                out.add(new Section(".rodata", List.of(".rodata", ".rodata.*"), false, four, flash, Optional.empty(),
                        false, false, at));
                out.add(new Section(".data", List.of(".data", ".data.*"), false, four, ram, flash, false, false, at));
                out.add(new Section(".bss", List.of(".bss", ".bss.*", "COMMON"), false, four, ram, Optional.empty(),
                        true, false, at));
                // Statics that start-up code leaves as they are (cortex-m-rt's #[link_section = ".uninit"]).
                out.add(new Section(".uninit", List.of(".uninit", ".uninit.*"), false, four, ram, Optional.empty(),
                        true, false, at));
            }
            default -> {
                if (arch.startsWith("riscv") && !regions.isEmpty()) {
                    riscvRt(out, aliases, at);
                    break;
                }
                List<String> small = arch.startsWith("riscv") ? List.of(".s") : List.of();
                BigInteger align = regions.isEmpty() ? PAGE : BigInteger.valueOf(16);
                addGeneric(out, align, small, regions, at);
            }
        }
        return out;
    }

    /**
     * riscv-rt's sections, in its region aliases: code from {@code .init} (the entry) and {@code .trap}
     * first, small data next to the rest so that {@code __global_pointer$} reaches it, {@code .data} stored
     * in {@code REGION_RODATA} when that is other memory.
     */
    private static void riscvRt(List<Section> out, Map<String, String> aliases, String at) {
        BigInteger align = BigInteger.valueOf(16);
        Optional<String> text = Optional.of("REGION_TEXT");
        Optional<String> rodata = Optional.of("REGION_RODATA");
        Optional<String> data = Optional.of("REGION_DATA");
        boolean copied = !aliases.get("REGION_DATA").equals(aliases.get("REGION_RODATA"));
        out.add(new Section(".text", List.of(".init", ".init.*", ".trap", ".trap.*", ".text.boot", ".text.boot.*",
                ".text", ".text.*"), false, align, text, Optional.empty(), false, false, at));
        out.add(new Section(".rodata", List.of(".srodata", ".srodata.*", ".rodata", ".rodata.*"), false, align, rodata,
                Optional.empty(), false, false, at));
        out.add(new Section(".data", List.of(".sdata", ".sdata.*", ".data", ".data.*"), false, align, data,
                copied ? rodata : Optional.empty(), false, false, at));
        out.add(new Section(".bss", List.of(".sbss", ".sbss.*", ".bss", ".bss.*", "COMMON"), false, align,
                Optional.of("REGION_BSS"), Optional.empty(), true, false, at));
    }

    private static void addGeneric(List<Section> out, BigInteger align, List<String> small, List<Region> regions,
            String at) {
        Optional<String> region = regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(0).name());
        boolean riscv = !small.isEmpty();
        out.add(new Section(".text", List.of(".text.boot", ".text.boot.*", ".text", ".text.*"), false, align, region,
                Optional.empty(), false, false, at));
        out.add(new Section(".rodata", riscv ? List.of(".rodata", ".rodata.*", ".srodata", ".srodata.*")
                : List.of(".rodata", ".rodata.*"), false, align, region, Optional.empty(), false, false, at));
        out.add(new Section(".data", riscv ? List.of(".data", ".data.*", ".sdata", ".sdata.*")
                : List.of(".data", ".data.*"), false, align, region, Optional.empty(), false, false, at));
        out.add(new Section(".bss", riscv ? List.of(".sbss", ".sbss.*", ".bss", ".bss.*", "COMMON")
                : List.of(".bss", ".bss.*", "COMMON"), false, align, region, Optional.empty(), true, false, at));
    }

    private static Optional<String> named(List<Region> regions, String name, int fallback) {
        if (regions.stream().anyMatch(r -> r.name().equals(name))) {
            return Optional.of(name);
        }
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(Math.max(0, fallback)).name());
    }
}
