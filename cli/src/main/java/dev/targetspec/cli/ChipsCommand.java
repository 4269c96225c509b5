package dev.targetspec.cli;

import dev.targetspec.chip.Bytes;
import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.chip.Core;
import dev.targetspec.chip.Region;
import dev.targetspec.chip.RegionKind;
import dev.targetspec.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec chips [--search TEXT] [--vendor V] [--core C]} and {@code targetspec chips show NAME}. */
@Command(name = "chips", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "List the chips of the chip database (REGISTRY/chips/): memory maps of about 4,400 microcontrollers "
                    + "and SoCs from probe-rs, checked against stm32-data for STM32 chips.",
            "Each line shows the chip's vendor, family, core architectures, the size of the non-volatile memory it "
                    + "boots from, and its total RAM. Names are probe-rs's; letter case is ignored, and a package "
                    + "variant's name (STM32F411RETx) finds its chip.",
        },
        subcommands = ChipsCommand.Show.class,
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec chips --search stm32f411",
            "  targetspec chips --vendor nordic --core armv7em",
            "  targetspec chips --search lm3s --format json | jq -r '.[].name'",
            "  targetspec chips show nRF52840_xxAA",
        })
final class ChipsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only chips whose name, package variant or family contains TEXT.")
    String search;

    @Option(names = "--vendor", paramLabel = "V", description = "Only chips whose vendor's name contains V.")
    String vendor;

    @Option(names = "--core", paramLabel = "C",
            description = "Only chips with a core of architecture C: armv6m, armv7m, armv7em, armv8m, armv7a, armv7r, "
                    + "armv8a, riscv, riscv64.")
    String core;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Override
    public Integer call() {
        Format form = format.require(Format.text, Format.json);
        ChipDatabase db = database(registry);
        List<Chip> chips;
        try {
            chips = db.search(Optional.ofNullable(search), Optional.ofNullable(vendor), Optional.ofNullable(core));
        } catch (ChipDataException e) {
            throw CliException.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (form == Format.json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            chips.forEach(c -> list.add(summary(c)));
            out.print(Json.pretty(list));
        } else {
            int name = width(chips.stream().map(Chip::name).toList(), 4);
            int vend = width(chips.stream().map(c -> c.vendor().orElse("-")).toList(), 6);
            int fam = width(chips.stream().map(Chip::family).toList(), 6);
            int cores = width(chips.stream().map(ChipsCommand::coreTypes).toList(), 5);
            String fmt = "%-" + name + "s  %-" + vend + "s  %-" + fam + "s  %-" + cores + "s  %10s  %10s%n";
            out.printf(fmt, "NAME", "VENDOR", "FAMILY", "CORES", "BOOT NVM", "RAM");
            for (Chip c : chips) {
                out.printf(fmt, c.name(), c.vendor().orElse("-"), c.family(), coreTypes(c), bootNvm(c),
                        Bytes.human(c.total(RegionKind.RAM)));
            }
            out.printf("%d chips%n", chips.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static ChipDatabase database(RegistryOption registry) {
        return ChipDatabase.at(registry.chipFolder());
    }

    private static int width(List<String> values, int min) {
        return Math.max(min, values.stream().mapToInt(String::length).max().orElse(0));
    }

    private static String coreTypes(Chip c) {
        return c.cores().stream().map(Core::type).distinct().collect(Collectors.joining(","));
    }

    /** The size of the region the chip boots from, or of all its non-volatile memory when none is marked. */
    private static String bootNvm(Chip c) {
        List<Region> boot = c.regions(RegionKind.NVM).stream().filter(Region::boot).toList();
        long bytes = (boot.isEmpty() ? c.regions(RegionKind.NVM) : boot).stream().mapToLong(Region::length).sum();
        return bytes == 0 ? "-" : Bytes.human(bytes);
    }

    /** The fixed JSON shape of a listed chip. */
    static ObjectNode summary(Chip c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", c.name());
        if (c.vendor().isPresent()) {
            o.put("vendor", c.vendor().get());
        } else {
            o.putNull("vendor");
        }
        o.put("family", c.family());
        ArrayNode cores = o.putArray("cores");
        for (Core k : c.cores()) {
            ObjectNode co = cores.addObject();
            co.put("name", k.name());
            co.put("type", k.type());
            k.fpu().ifPresent(f -> co.put("fpu", f));
        }
        ArrayNode regions = o.putArray("regions");
        for (Region r : c.regions()) {
            ObjectNode ro = regions.addObject();
            ro.put("name", r.name());
            ro.put("kind", r.kind().id());
            ro.put("origin", r.origin());
            ro.put("length", r.length());
        }
        return o;
    }

    /** {@code targetspec chips show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
            description = {
                "Show one chip: vendor, family, package variants, cores, every memory region with its origin, length, "
                        + "access and boot flag, where the data comes from, and the corrections applied to it.",
                "NAME is a chip's name or a package variant's, in any letter case; a name the database does not have "
                        + "gets the names it may have meant (exit code 2).",
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  targetspec chips show STM32F411RE",
                "  targetspec chips show stm32f411retx --format json",
            })
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The chip.")
        String name;

        @Mixin
        FormatOption format;

        @Mixin
        RegistryOption registry;

        @Override
        public Integer call() {
            Format form = format.require(Format.text, Format.json);
            ChipDatabase db = database(registry);
            Chip c;
            try {
                Optional<Chip> found = db.find(name);
                if (found.isEmpty()) {
                    List<String> near = db.nearMisses(name, 5);
                    throw CliException.usage("no chip `" + name + "` in the chip database; " + (near.isEmpty()
                            ? "`targetspec chips --search TEXT` lists the chips whose name contains TEXT."
                            : "did you mean " + String.join(", ", near) + "?"));
                }
                c = found.get();
            } catch (ChipDataException e) {
                throw CliException.usage(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (form == Format.json) {
                out.print(Json.pretty(detail(c)));
            } else {
                text(c, out);
            }
            out.flush();
            return ExitCodes.OK;
        }

        static ObjectNode detail(Chip c) {
            ObjectNode o = summary(c);
            ArrayNode packages = JsonNodeFactory.instance.arrayNode();
            c.packages().forEach(packages::add);
            o.set("packages", packages);
            ArrayNode regions = (ArrayNode) o.get("regions");
            for (int i = 0; i < c.regions().size(); i++) {
                Region r = c.regions().get(i);
                ObjectNode ro = (ObjectNode) regions.get(i);
                ro.put("access", r.access());
                ro.put("boot", r.boot());
                ro.put("alias", r.alias());
                ArrayNode cores = ro.putArray("cores");
                (r.cores().isEmpty() ? c.cores().stream().map(Core::name).toList() : r.cores()).forEach(cores::add);
            }
            ObjectNode source = o.putObject("source");
            source.put("repository", c.source().repository());
            source.put("commit", c.source().commit());
            source.put("path", c.source().path());
            if (c.checkedAgainst().isPresent()) {
                o.put("stm32-data", c.checkedAgainst().get());
            } else {
                o.putNull("stm32-data");
            }
            ArrayNode corrections = o.putArray("corrections");
            c.corrections().forEach(corrections::add);
            return o;
        }

        private static void text(Chip c, PrintWriter out) {
            out.println(c.name());
            out.println("  vendor:    " + c.vendor().orElse("unknown"));
            out.println("  family:    " + c.family());
            if (!c.packages().isEmpty()) {
                out.println("  packages:  " + String.join(", ", c.packages()));
            }
            out.println("  cores:     " + c.cores().stream().map(k -> k.name() + " (" + k.type()
                    + k.fpu().map(f -> f ? ", FPU" : ", no FPU").orElse("") + ")").collect(Collectors.joining(", ")));
            out.println("  source:    " + c.source().repository() + " " + c.source().path() + " at "
                    + c.source().commit());
            c.checkedAgainst().ifPresent(s -> out.println("  checked:   against stm32-data chip " + s
                    + " (disagreements are in " + ChipDatabase.FOLDER + "/" + ChipDatabase.REPORT + ")"));
            out.println("  regions:");
            int name = Math.max(4, c.regions().stream().mapToInt(r -> r.name().length()).max().orElse(0));
            String fmt = "    %-" + name + "s  %-7s  %-18s  %-22s  %-6s  %s%n";
            out.printf(fmt, "NAME", "KIND", "ORIGIN", "LENGTH", "ACCESS", "NOTES");
            for (Region r : c.regions()) {
                StringBuilder notes = new StringBuilder();
                if (r.boot()) {
                    notes.append("boot ");
                }
                if (r.alias()) {
                    notes.append("alias ");
                }
                if (!r.cores().isEmpty()) {
                    notes.append("cores: ").append(String.join(",", r.cores()));
                }
                out.printf(fmt, r.name(), r.kind().id(), String.format(Locale.ROOT, "0x%08x", r.origin()),
                        String.format(Locale.ROOT, "0x%x (%s)", r.length(), Bytes.human(r.length())),
                        r.access().isEmpty() ? "-" : r.access(), notes.toString().strip());
            }
            for (String note : c.corrections()) {
                out.println("  corrected: " + note);
            }
        }
    }
}
