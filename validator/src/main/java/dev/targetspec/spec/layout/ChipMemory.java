package dev.targetspec.spec.layout;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.Core;
import dev.targetspec.chip.RegionKind;
import dev.targetspec.spec.Target;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chip of the database gives a layout: the {@code FLASH} and {@code RAM} regions that
 * cortex-m-rt's and riscv-rt's {@code memory.x} name, chosen for the core that runs the target's code;
 * and whether that core can run it at all.
 *
 * <p>{@code FLASH} is the non-volatile region the chip boots from (when the source marks none, the first
 * executable one it lists), joined with the non-volatile regions that follow it without a gap (a second
 * flash bank). {@code RAM} is the largest run of adjacent
 * writable RAM regions; on a Cortex-M, RAM in the core's SRAM area (0x20000000 to 0x3fffffff) comes
 * first, where data belongs (a view of the same RAM on the code bus, as the nRF52 has, is left aside).
 * Other regions (CCM RAM, OTP, a second RAM block) are not taken: a spec adds them in
 * {@code layout.regions}.
 */
public final class ChipMemory {
    private static final long SRAM_AREA = 0x20000000L;
    private static final long SRAM_AREA_END = 0x40000000L;

    private ChipMemory() {
    }

    /**
     * The regions a chip gives, for {@code core}.
     *
     * @param flash the boot flash, empty when the chip has no boot region
     * @param ram the RAM, empty when the chip has no writable RAM
     */
    public record Memory(Optional<Span> flash, Optional<Span> ram) {
    }

    /** A range of addresses made of one or more of the chip's regions, named after them. */
    public record Span(long origin, long length, List<String> from) {
        public Span {
            from = List.copyOf(from);
        }

        long end() {
            return origin + length;
        }
    }

    /** The architectures (probe-rs core types) that can run code built for {@code target}; empty when unknown. */
    public static Optional<Set<String>> coresThatRun(Target target) {
        String llvm = target.text("/rustc/llvm-target").orElse(target.triple()).toLowerCase(Locale.ROOT);
        String arch = target.text("/rustc/arch").orElse("");
        if (llvm.startsWith("thumbv6m")) {
            return Optional.of(Set.of("armv6m", "armv7m", "armv7em", "armv8m"));
        }
        if (llvm.startsWith("thumbv7m")) {
            return Optional.of(Set.of("armv7m", "armv7em", "armv8m"));
        }
        if (llvm.startsWith("thumbv7em")) {
            return Optional.of(Set.of("armv7em", "armv8m"));
        }
        if (llvm.startsWith("thumbv8m")) {
            return Optional.of(Set.of("armv8m"));
        }
        if (llvm.startsWith("armv7r") || llvm.startsWith("armebv7r") || llvm.startsWith("thumbv7r")) {
            return Optional.of(Set.of("armv7r"));
        }
        if (llvm.startsWith("armv7a") || llvm.startsWith("armv7-") || llvm.startsWith("thumbv7a")
                || llvm.startsWith("thumbv7neon")) {
            return Optional.of(Set.of("armv7a"));
        }
        if (arch.equals("aarch64") || llvm.startsWith("aarch64")) {
            return Optional.of(Set.of("armv8a"));
        }
        if (arch.equals("riscv32") || llvm.startsWith("riscv32")) {
            return Optional.of(Set.of("riscv"));
        }
        if (arch.equals("riscv64") || llvm.startsWith("riscv64")) {
            return Optional.of(Set.of("riscv64"));
        }
        if (arch.equals("xtensa") || llvm.startsWith("xtensa")) {
            return Optional.of(Set.of("xtensa"));
        }
        return Optional.empty();
    }

    /** The architecture {@code target} builds for, as its {@code llvm-target} starts: {@code thumbv7em}, {@code riscv32}. */
    public static String targetArch(Target target) {
        String llvm = target.text("/rustc/llvm-target").orElse(target.triple());
        int dash = llvm.indexOf('-');
        return dash < 0 ? llvm : llvm.substring(0, dash);
    }

    /** The first core of {@code chip} that runs {@code target}'s code; empty when none does. */
    public static Optional<Core> core(Chip chip, Target target) {
        Optional<Set<String>> runs = coresThatRun(target);
        if (runs.isEmpty()) {
            return chip.cores().stream().findFirst();
        }
        return chip.cores().stream().filter(c -> runs.get().contains(c.type())).findFirst();
    }

    /** Whether {@code target} passes floating-point values in FPU registers (a hard-float ABI). */
    public static boolean hardFloat(Target target) {
        String llvm = target.text("/rustc/llvm-target").orElse(target.triple());
        return llvm.endsWith("eabihf") || target.text("/rustc/abi").orElse("").equals("eabihf")
                || target.text("/rustc/llvm-floatabi").orElse("").equals("hard");
    }

    /** Whether {@code core} is known to have no floating-point unit. */
    public static boolean lacksFpu(Core core) {
        return core.fpu().map(f -> !f).orElse(core.type().equals("armv6m") || core.type().equals("armv7m"));
    }

    /** A core as people know it: {@code an Armv7E-M core (Cortex-M4 or M7)}. */
    public static String describe(Core core) {
        return switch (core.type()) {
            case "armv6m" -> "an Armv6-M core (Cortex-M0, M0+ or M1)";
            case "armv7m" -> "an Armv7-M core (Cortex-M3)";
            case "armv7em" -> "an Armv7E-M core (Cortex-M4 or M7)";
            case "armv8m" -> "an Armv8-M core (Cortex-M23, M33 or M55)";
            case "armv7a" -> "an Armv7-A core";
            case "armv7r" -> "an Armv7-R core";
            case "armv8a" -> "an Armv8-A core";
            case "riscv" -> "a 32-bit RISC-V core";
            case "riscv64" -> "a 64-bit RISC-V core";
            case "xtensa" -> "an Xtensa core";
            default -> "a `" + core.type() + "` core";
        };
    }

    /** The memory {@code chip} gives {@code core}. */
    public static Memory of(Chip chip, Core core) {
        List<dev.targetspec.chip.Region> seen = chip.regions().stream()
                .filter(r -> r.cores().isEmpty() || r.cores().contains(core.name())).toList();
        boolean cortexM = core.type().matches("armv[678]e?m");
        return new Memory(flash(seen), ram(seen, cortexM));
    }

    private static Optional<Span> flash(List<dev.targetspec.chip.Region> regions) {
        List<dev.targetspec.chip.Region> nvm = regions.stream().filter(r -> r.kind() == RegionKind.NVM && !r.alias())
                .sorted(Comparator.comparingLong(dev.targetspec.chip.Region::origin)).toList();
        Optional<dev.targetspec.chip.Region> boot = nvm.stream().filter(dev.targetspec.chip.Region::boot).findFirst();
        if (boot.isEmpty()) {
            // Some sources mark no region as the boot region: take the first executable flash they list.
            boot = regions.stream().filter(r -> r.kind() == RegionKind.NVM && !r.alias() && r.access().contains("x"))
                    .findFirst();
        }
        if (boot.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(extend(boot.get(), nvm));
    }

    private static Optional<Span> ram(List<dev.targetspec.chip.Region> regions, boolean cortexM) {
        List<dev.targetspec.chip.Region> writable = regions.stream()
                .filter(r -> r.kind() == RegionKind.RAM && r.access().contains("w")).toList();
        List<dev.targetspec.chip.Region> pool = writable.stream().filter(r -> !r.alias()).toList();
        if (cortexM) {
            List<dev.targetspec.chip.Region> sram = writable.stream()
                    .filter(r -> r.origin() >= SRAM_AREA && r.end() <= SRAM_AREA_END).toList();
            if (!sram.isEmpty()) {
                pool = sram;
            }
        }
        if (pool.isEmpty()) {
            pool = writable;
        }
        List<dev.targetspec.chip.Region> sorted = pool.stream()
                .sorted(Comparator.comparingLong(dev.targetspec.chip.Region::origin)).toList();
        Span best = null;
        long covered = Long.MIN_VALUE;
        for (dev.targetspec.chip.Region r : sorted) {
            if (r.origin() < covered) {
                continue;
            }
            Span s = extend(r, sorted);
            covered = s.end();
            if (best == null || s.length() > best.length()) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code first} joined with the regions of {@code all} that follow it without a gap and with its access. */
    private static Span extend(dev.targetspec.chip.Region first, List<dev.targetspec.chip.Region> all) {
        long origin = first.origin();
        long end = first.end();
        List<String> names = new ArrayList<>(List.of(first.name()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (dev.targetspec.chip.Region r : all) {
                if (r.origin() == end && r.length() > 0 && r.access().equals(first.access()) && r.kind() == first.kind()) {
                    end = r.end();
                    names.add(r.name());
                    grew = true;
                }
            }
        }
        return new Span(origin, end - origin, names);
    }

    /** {@code span} as a layout region named {@code name}, attributed to {@code pointer}. */
    static Region region(String name, Span span, String attributes, String pointer) {
        return new Region(name, BigInteger.valueOf(span.origin()), BigInteger.valueOf(span.length()), attributes,
                pointer);
    }
}
