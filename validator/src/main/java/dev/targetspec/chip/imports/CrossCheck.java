package dev.targetspec.chip.imports;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipFamily;
import dev.targetspec.chip.Core;
import dev.targetspec.chip.Region;
import dev.targetspec.chip.RegionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * probe-rs against stm32-data, for every chip both describe. An stm32-data chip is paired with the
 * probe-rs chip of the same name, and with each probe-rs chip whose name or package variant is one of
 * its package names (probe-rs names some STM32 variants by package, such as {@code STM32H7A3AGIxQ}), or
 * else with the probe-rs chips that list one of its packages as a package variant.
 * For each pair the memory is compared by kind (flash and EEPROM against probe-rs's non-volatile
 * regions, RAM against RAM): the ranges of each kind are merged where they touch (stm32-data splits flash
 * into erase regions, probe-rs often splits RAM into banks; stm32-data's flash and EEPROM are merged
 * each on its own), and each range that is not the same in both
 * is a disagreement. Where stm32-data gives more than one memory map (flash as one bank or two), the map
 * closest to probe-rs's is compared. Aliases and generic regions are left out.
 * The cores are compared by architecture.
 */
final class CrossCheck {
    /** A merged range of one kind. */
    record Span(long origin, long end) {
        long length() {
            return end - origin;
        }
    }

    /** A range, or overlapping ranges, that the sources do not give alike. Either list may be empty. */
    record RegionDiff(String chip, String stm32Chip, RegionKind kind, List<Span> probeRs, List<Span> stm32Data) {
        /** What differs, in a few words. */
        String what() {
            if (probeRs.isEmpty()) {
                return "only in stm32-data";
            }
            if (stm32Data.isEmpty()) {
                return "only in probe-rs";
            }
            if (probeRs.size() == 1 && stm32Data.size() == 1) {
                Span a = probeRs.get(0);
                Span b = stm32Data.get(0);
                return a.origin() == b.origin() ? "length" : a.end() == b.end() ? "origin" : "origin and length";
            }
            return "split differently";
        }
    }

    /** Cores whose architectures differ. */
    record CoreDiff(String chip, String stm32Chip, List<String> probeRs, List<String> stm32Data) {
    }

    /** A probe-rs chip and the stm32-data chip it was compared with. */
    record Pair(Chip probeRs, Stm32Data.Chip stm32Data) {
    }

    /** What the comparison found. */
    record Result(List<Pair> pairs, List<RegionDiff> regionDiffs, List<CoreDiff> coreDiffs,
            List<String> onlyInStm32Data, List<String> onlyInProbeRs, List<ChipFamily> families, int stm32Chips) {
        /** The pairs in which nothing differs. */
        long agreeing() {
            Set<String> differ = new LinkedHashSet<>();
            regionDiffs.forEach(d -> differ.add(d.chip() + "\n" + d.stm32Chip()));
            coreDiffs.forEach(d -> differ.add(d.chip() + "\n" + d.stm32Chip()));
            return pairs.size() - differ.size();
        }
    }

    private CrossCheck() {
    }

    /**
     * Compares {@code families} with {@code stm32}. The families of the result are {@code families} with
     * each compared chip marked with its stm32-data chip and its cores' FPU as stm32-data gives it.
     */
    static Result run(List<ChipFamily> families, List<Stm32Data.Chip> stm32) {
        Map<String, Chip> byName = new HashMap<>();
        Map<String, List<Chip>> byPackage = new HashMap<>();
        for (ChipFamily f : families) {
            for (Chip c : f.chips()) {
                byName.put(lower(c.name()), c);
                for (String p : c.packages()) {
                    byPackage.computeIfAbsent(lower(p), k -> new ArrayList<>()).add(c);
                }
            }
        }
        Set<String> stm32Names = new HashSet<>();
        stm32.forEach(s -> stm32Names.add(lower(s.name())));
        List<Pair> pairs = new ArrayList<>();
        List<String> onlyStm32 = new ArrayList<>();
        for (Stm32Data.Chip s : stm32) {
            // By name first: the chip's own, or a package's that probe-rs uses as a chip name.
            LinkedHashSet<Chip> matches = new LinkedHashSet<>();
            Optional.ofNullable(byName.get(lower(s.name()))).ifPresent(matches::add);
            for (String p : s.packages()) {
                Optional.ofNullable(byName.get(lower(p))).ifPresent(matches::add);
            }
            // Else by package variant, leaving out probe-rs chips that stm32-data has under their own name.
            if (matches.isEmpty()) {
                for (String p : s.packages()) {
                    byPackage.getOrDefault(lower(p), List.of()).stream()
                            .filter(c -> !stm32Names.contains(lower(c.name()))).forEach(matches::add);
                }
            }
            if (matches.isEmpty()) {
                onlyStm32.add(s.name());
            }
            matches.forEach(c -> pairs.add(new Pair(c, s)));
        }
        List<RegionDiff> regionDiffs = new ArrayList<>();
        List<CoreDiff> coreDiffs = new ArrayList<>();
        Map<Chip, Pair> first = new LinkedHashMap<>();
        for (Pair p : pairs) {
            first.putIfAbsent(p.probeRs(), p);
            regionDiffs.addAll(compare(p));
            List<String> a = p.probeRs().cores().stream().map(Core::type).sorted().toList();
            List<String> b = p.stm32Data().cores().stream().map(c -> Stm32Data.coreType(c.name())).sorted().toList();
            if (!a.equals(b)) {
                coreDiffs.add(new CoreDiff(p.probeRs().name(), p.stm32Data().name(), a,
                        p.stm32Data().cores().stream().map(Stm32Data.Core::name).toList()));
            }
        }
        List<String> onlyProbeRs = new ArrayList<>();
        List<ChipFamily> marked = new ArrayList<>();
        for (ChipFamily f : families) {
            List<Chip> chips = new ArrayList<>();
            for (Chip c : f.chips()) {
                Pair p = first.get(c);
                if (p == null) {
                    if (f.vendor().orElse("").equals("STMicroelectronics")) {
                        onlyProbeRs.add(c.name());
                    }
                    chips.add(c);
                } else {
                    chips.add(new Chip(c.name(), c.vendor(), c.family(), c.packages(), fpu(c.cores(), p.stm32Data()),
                            c.regions(), c.source(), Optional.of(p.stm32Data().name()), c.corrections()));
                }
            }
            marked.add(new ChipFamily(f.file(), f.family(), f.vendor(), f.source(), chips));
        }
        return new Result(pairs, regionDiffs, coreDiffs, onlyStm32, onlyProbeRs, marked, stm32.size());
    }

    /**
     * {@code cores} with the FPU flag stm32-data gives: a core is matched by name, else by being the only
     * core of its architecture on both sides.
     */
    private static List<Core> fpu(List<Core> cores, Stm32Data.Chip s) {
        List<Core> out = new ArrayList<>();
        for (Core c : cores) {
            Optional<Stm32Data.Core> match = s.cores().stream().filter(k -> k.name().equals(c.name())).findFirst();
            if (match.isEmpty()) {
                List<Stm32Data.Core> sameType = s.cores().stream()
                        .filter(k -> Stm32Data.coreType(k.name()).equals(c.type())).toList();
                long probeSameType = cores.stream().filter(k -> k.type().equals(c.type())).count();
                if (sameType.size() == 1 && probeSameType == 1) {
                    match = Optional.of(sameType.get(0));
                }
            }
            out.add(match.map(m -> new Core(c.name(), c.type(), Optional.of(m.fpu()))).orElse(c));
        }
        return out;
    }

    /**
     * The disagreements of pair {@code p}. Where stm32-data gives several memory maps (flash as one bank
     * or two), the one that differs least from probe-rs's is compared.
     */
    private static List<RegionDiff> compare(Pair p) {
        List<RegionDiff> best = null;
        for (List<Stm32Data.Block> map : p.stm32Data().maps().isEmpty() ? List.<List<Stm32Data.Block>>of(List.of())
                : p.stm32Data().maps()) {
            List<RegionDiff> diffs = new ArrayList<>();
            for (RegionKind kind : List.of(RegionKind.NVM, RegionKind.RAM)) {
                diffs.addAll(compare(p, kind, map));
            }
            if (best == null || diffs.size() < best.size()) {
                best = diffs;
            }
        }
        return best;
    }

    private static List<RegionDiff> compare(Pair p, RegionKind kind, List<Stm32Data.Block> map) {
        List<Span> a = merge(p.probeRs().regions().stream().filter(r -> r.kind() == kind && !r.alias())
                .map(r -> new Span(r.origin(), r.end())).toList());
        // Flash and EEPROM are merged each on its own, so that an EEPROM right after the flash stays a range of its own.
        List<Span> b = new ArrayList<>();
        map.stream().filter(r -> r.kind() == kind).map(Stm32Data.Block::type).distinct()
                .forEach(type -> b.addAll(merge(map.stream().filter(r -> r.type().equals(type))
                        .map(r -> new Span(r.origin(), r.origin() + r.length())).toList())));
        b.sort(Comparator.comparingLong(Span::origin));
        // Group the ranges of both sides that overlap; a group that is not the same on both sides differs.
        record Side(Span span, boolean probeRs) {
        }
        List<Side> all = new ArrayList<>();
        a.forEach(s -> all.add(new Side(s, true)));
        b.forEach(s -> all.add(new Side(s, false)));
        all.sort(Comparator.comparingLong((Side s) -> s.span().origin()).thenComparing(s -> !s.probeRs()));
        List<RegionDiff> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            long end = all.get(i).span().end();
            int j = i + 1;
            while (j < all.size() && all.get(j).span().origin() < end) {
                end = Math.max(end, all.get(j).span().end());
                j++;
            }
            List<Span> pa = all.subList(i, j).stream().filter(Side::probeRs).map(Side::span).toList();
            List<Span> pb = all.subList(i, j).stream().filter(s -> !s.probeRs()).map(Side::span).toList();
            if (!pa.equals(pb)) {
                out.add(new RegionDiff(p.probeRs().name(), p.stm32Data().name(), kind, pa, pb));
            }
            i = j;
        }
        return out;
    }

    /** {@code spans} sorted, with overlapping and touching ones merged. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> s.length() > 0).toList());
        sorted.sort(Comparator.comparingLong(Span::origin));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.origin() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.origin(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
