package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The output sections a layout gets when it lists none, by boot protocol and architecture. */
final class Defaults {
    private static final BigInteger PAGE = BigInteger.valueOf(4096);

    private Defaults() {
    }

    static List<Section> sections(String protocol, String arch, Optional<String> header, List<Region> regions) {
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
                out.add(new Section(".vector_table", List.of(".vector_table", ".vector_table.*"), true,
                        BigInteger.valueOf(128), flash, Optional.empty(), false, false, at));
                out.add(new Section(".text", List.of(".text", ".text.*"), false, four, flash, Optional.empty(), false,
                        false, at));
                out.add(new Section(".rodata", List.of(".rodata", ".rodata.*"), false, four, flash, Optional.empty(),
                        false, false, at));
                out.add(new Section(".data", List.of(".data", ".data.*"), false, four, ram, flash, false, false, at));
                out.add(new Section(".bss", List.of(".bss", ".bss.*", "COMMON"), false, four, ram, Optional.empty(),
                        true, false, at));
            }
            default -> {
                List<String> small = arch.startsWith("riscv") ? List.of(".s") : List.of();
                BigInteger align = regions.isEmpty() ? PAGE : BigInteger.valueOf(16);
                addGeneric(out, align, small, regions, at);
            }
        }
        return out;
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
