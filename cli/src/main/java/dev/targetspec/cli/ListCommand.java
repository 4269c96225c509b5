package dev.targetspec.cli;

import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec list}. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "List every target in the registry with its tier, arch, OS, environment and status.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec list",
            "  targetspec list --format json | jq -r '.[] | select(.status == \"proposed\") | .triple'",
        })
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    /** One row of the listing. */
    record Row(String triple, JsonNode tier, String arch, String os, String env, String status, String description) {
    }

    @Override
    public Integer call() {
        Format form = format.require(Format.text, Format.json);
        Registry reg = registry.load();
        List<Row> rows = new ArrayList<>();
        for (String triple : reg.triples()) {
            Resolution r = reg.resolve(triple).orElseThrow();
            if (r.target().isPresent()) {
                rows.add(row(r.target().get()));
            }
        }
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
            out.printf("%d targets%n", rows.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Row row(Target t) {
        JsonNode tier = t.at("/metadata/tier");
        return new Row(t.triple(), tier.isIntegralNumber() ? tier : JsonNodeFactory.instance.nullNode(),
                t.text("/rustc/arch").orElse(""), t.text("/rustc/os").orElse("none"), t.text("/rustc/env").orElse(""),
                t.text("/metadata/status").orElse(""), t.text("/metadata/description").orElse(""));
    }
}
