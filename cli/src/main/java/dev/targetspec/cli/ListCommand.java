package dev.targetspec.cli;

import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.NameReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec list}. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "List the registry's targets with their tier, arch, OS, environment and status: the bundled registry "
                    + "and your own folder (see --registry). The last line names the folders.",
            "",
            "The filters take one value or several separated by commas; a target is listed when it matches every "
                    + "filter given. --env none and --tier none match targets without one.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec list",
            "  targetspec list --arch arm --os none",
            "  targetspec list --status proposed,custom",
            "  targetspec list --tier 1,2 --format json | jq -r '.[].triple'",
        })
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Option(names = "--arch", paramLabel = "ARCH", split = ",", description = "Only these arches (rustc's `arch`).")
    List<String> arches = new ArrayList<>();

    @Option(names = "--os", paramLabel = "OS", split = ",", description = "Only these OSes (`os`; none for bare metal).")
    List<String> oses = new ArrayList<>();

    @Option(names = "--env", paramLabel = "ENV", split = ",", description = "Only these environments (`env`).")
    List<String> envs = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses: builtin, proposed or custom.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--tier", paramLabel = "TIER", split = ",", description = "Only these tiers: 1, 2, 3 or none.")
    List<String> tiers = new ArrayList<>();

    /** One row of the listing. */
    record Row(String triple, JsonNode tier, String arch, String os, String env, String status, String description) {
    }

    @Override
    public Integer call() {
        Format form = format.require(Format.text, Format.json);
        Registry reg = registry.load();
        List<Row> all = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (String triple : reg.triples()) {
            Resolution r = reg.resolve(triple).orElseThrow();
            if (r.target().isPresent()) {
                all.add(row(r.target().get()));
            } else {
                err.println("warning: " + triple + " is not listed: " + r.problems().get(0).message());
            }
        }
        err.flush();
        List<Filter> filters = List.of(new Filter("--arch", arches, Row::arch), new Filter("--os", oses, Row::os),
                new Filter("--env", envs, r -> r.env().isEmpty() ? "none" : r.env()),
                new Filter("--status", statuses, Row::status), new Filter("--tier", tiers, ListCommand::tierText));
        for (Filter f : filters) {
            f.check(all);
        }
        List<Row> rows = all.stream().filter(r -> filters.stream().allMatch(f -> f.test(r))).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (form == Format.json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (Row row : rows) {
                ObjectNode o = list.addObject();
                o.put("triple", row.triple());
                o.set("tier", row.tier());
                o.put("arch", row.arch());
                o.put("os", row.os());
                o.put("env", row.env());
                o.put("status", row.status());
                o.put("description", row.description());
            }
            out.print(Json.pretty(list));
        } else {
            int width = rows.stream().mapToInt(r -> r.triple().length()).max().orElse(6);
            String fmt = "%-" + width + "s  %-4s  %-12s  %-10s  %-8s  %s%n";
            out.printf(fmt, "TRIPLE", "TIER", "ARCH", "OS", "ENV", "STATUS");
            for (Row row : rows) {
                out.printf(fmt, row.triple(), row.tier().isNull() ? "-" : row.tier().asString(), row.arch(), row.os(),
                        row.env().isEmpty() ? "-" : row.env(), row.status());
            }
            out.println(Plural.of(rows.size(), "target") + (rows.size() == all.size() ? "" : " of " + all.size()));
            out.println(RegistryOption.describe(reg));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String tierText(Row r) {
        return r.tier().isNull() ? "none" : r.tier().asString();
    }

    /** One filter option: the values asked for, and what of a row it compares them with. */
    private record Filter(String option, List<String> values, Function<Row, String> field) {
        boolean test(Row r) {
            return values.isEmpty() || values.contains(field.apply(r));
        }

        /** Refuses a value no target has, naming the nearest values there are. */
        void check(List<Row> rows) {
            Set<String> known = new TreeSet<>();
            rows.forEach(r -> known.add(field.apply(r)));
            for (String v : values) {
                if (!known.contains(v)) {
                    List<String> near = NameReport.nearMisses(v, known);
                    throw CliException.usage(option + " " + v + " matches no target; "
                            + (near.isEmpty() ? "the registry has: " + String.join(", ", known) + "."
                                    : "did you mean " + String.join(" or ", near.stream().map(n -> "`" + n + "`")
                                            .toList()) + "?"));
                }
            }
        }
    }

    static Row row(Target t) {
        JsonNode tier = t.at("/metadata/tier");
        return new Row(t.triple(), tier.isIntegralNumber() ? tier : JsonNodeFactory.instance.nullNode(),
                t.text("/rustc/arch").orElse(""), t.text("/rustc/os").orElse("none"), t.text("/rustc/env").orElse(""),
                t.text("/metadata/status").orElse(""), t.text("/metadata/description").orElse(""));
    }
}
