package dev.targetspec.chip.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison with stm32-data as a Markdown page, every disagreement a table row. */
final class Report {
    private Report() {
    }

    static String markdown(CrossCheck.Result r, String probeRsCommit, String stm32Commit) {
        StringBuilder b = new StringBuilder();
        b.append("# probe-rs against stm32-data\n\n");
        b.append("The chip database's memory maps come from [probe-rs](https://github.com/").append(ProbeRs.REPOSITORY)
                .append(") (`").append(ProbeRs.TARGETS).append("/*.yaml` at commit `").append(probeRsCommit)
                .append("`). Here they are compared with [stm32-data](https://github.com/").append(Stm32Data.REPOSITORY)
                .append(") (`").append(Stm32Data.CHIPS).append("/*.json` at commit `").append(stm32Commit)
                .append("`) for every chip both describe.\n\n");
        b.append("An stm32-data chip is paired with the probe-rs chip of the same name and with each probe-rs chip "
                + "named like one of its packages, or else with the probe-rs chips that list one of its packages as a "
                + "package variant. Memory is compared by kind: stm32-data's flash and EEPROM against probe-rs's "
                + "non-volatile (`nvm`) regions, RAM against RAM. The ranges of each kind are merged where they touch "
                + "(stm32-data splits flash into erase regions, probe-rs often splits RAM into banks; stm32-data's flash and "
                + "EEPROM are merged each on its own), and each range that is not the same in both is a row below. Where stm32-data gives two memory maps (flash as one "
                + "bank or two), the one closer to probe-rs's is compared. Aliases and generic regions are left out. "
                + "Cores are compared by architecture (stm32-data's `cm4` is probe-rs's `armv7em`).\n\n");
        b.append("| | count |\n|---|---:|\n");
        row(b, "stm32-data chips", r.stm32Chips());
        row(b, "stm32-data chips with a probe-rs chip", r.stm32Chips() - r.onlyInStm32Data().size());
        row(b, "pairs compared", r.pairs().size());
        row(b, "pairs that agree", r.agreeing());
        row(b, "region disagreements", r.regionDiffs().size());
        row(b, "of which a range both have, with another origin or length", differ(r).size());
        row(b, "of which a range only one has", r.regionDiffs().size() - differ(r).size());
        row(b, "core disagreements", r.coreDiffs().size());
        row(b, "stm32-data chips without a probe-rs chip", r.onlyInStm32Data().size());
        row(b, "probe-rs STM32 chips without an stm32-data chip", r.onlyInProbeRs().size());
        b.append("\n## Region disagreements\n\n");
        b.append("A range is its origin and its length in bytes; `-` is none. First the ranges both sources have "
                + "but give differently, then the ranges only one of them has (often EEPROM, backup SRAM or external "
                + "memory windows that probe-rs leaves out).\n\n");
        b.append("| probe-rs chip | stm32-data chip | kind | probe-rs | stm32-data | what differs |\n");
        b.append("|---|---|---|---|---|---|\n");
        List<CrossCheck.RegionDiff> ordered = new java.util.ArrayList<>(differ(r));
        r.regionDiffs().stream().filter(d -> !differ(r).contains(d)).forEach(ordered::add);
        for (CrossCheck.RegionDiff d : ordered) {
            b.append("| ").append(d.chip()).append(" | ").append(d.stm32Chip()).append(" | ").append(d.kind().id())
                    .append(" | ").append(spans(d.probeRs())).append(" | ").append(spans(d.stm32Data())).append(" | ")
                    .append(d.what()).append(" |\n");
        }
        b.append("\n## Core disagreements\n\n");
        b.append("| probe-rs chip | stm32-data chip | probe-rs cores | stm32-data cores |\n|---|---|---|---|\n");
        for (CrossCheck.CoreDiff d : r.coreDiffs()) {
            b.append("| ").append(d.chip()).append(" | ").append(d.stm32Chip()).append(" | ")
                    .append(String.join(", ", d.probeRs())).append(" | ").append(String.join(", ", d.stm32Data()))
                    .append(" |\n");
        }
        b.append("\n## stm32-data chips without a probe-rs chip\n\n").append(list(r.onlyInStm32Data()));
        b.append("\n## probe-rs STM32 chips without an stm32-data chip\n\n").append(list(r.onlyInProbeRs()));
        return b.toString();
    }

    /** The disagreements over a range both sources have. */
    private static List<CrossCheck.RegionDiff> differ(CrossCheck.Result r) {
        return r.regionDiffs().stream().filter(d -> !d.probeRs().isEmpty() && !d.stm32Data().isEmpty()).toList();
    }

    private static void row(StringBuilder b, String what, long n) {
        b.append("| ").append(what).append(" | ").append(n).append(" |\n");
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "None.\n" : names.stream().sorted().collect(Collectors.joining(", ")) + "\n";
    }

    private static String spans(List<CrossCheck.Span> spans) {
        return spans.isEmpty() ? "-" : spans.stream()
                .map(s -> String.format(Locale.ROOT, "0x%08x +%d (%s)", s.origin(), s.length(), dev.targetspec.chip.Bytes.human(s.length())))
                .collect(Collectors.joining("; "));
    }
}
