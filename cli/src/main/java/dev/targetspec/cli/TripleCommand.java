package dev.targetspec.cli;

import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.triple.InvalidTripleException;
import dev.targetspec.triple.LlvmTriple;
import dev.targetspec.triple.NameReport;
import dev.targetspec.triple.TripleStyle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec triple parse|normalize|explain}. */
@Command(name = "triple", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Parse, normalize and explain target triples.",
        subcommands = {TripleCommand.Parse.class, TripleCommand.Normalize.class, TripleCommand.Explain.class})
final class TripleCommand implements Runnable {
    @Override
    public void run() {
        throw CliException.usage("name a subcommand: `targetspec triple parse|normalize|explain`.");
    }

    /** {@code targetspec triple parse TRIPLE...}. */
    @Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
            description = "Split each triple into LLVM's components (arch, sub-arch, vendor, OS, environment, object "
                    + "format), as LLVM 22's Triple reads them, without reordering.",
            footerHeading = "%nExamples:%n",
            footer = {"  targetspec triple parse x86_64-unknown-none-elf thumbv7em-none-eabihf",
                "  targetspec triple parse --format json arm-none-eabi"})
    static final class Parse implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FormatOption format;

        @Parameters(paramLabel = "TRIPLE", arity = "1..*", description = "Triples to parse.")
        List<String> triples = new ArrayList<>();

        @Override
        public Integer call() {
            Format form = format.require(Format.text, Format.json);
            PrintWriter out = spec.commandLine().getOut();
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String t : triples) {
                LlvmTriple p = LlvmTriple.parse(t);
                if (form == Format.json) {
                    ObjectNode o = list.addObject();
                    o.put("triple", t);
                    o.put("arch", p.arch());
                    o.put("sub-arch", p.subArch());
                    o.put("vendor", p.vendor());
                    o.put("os", p.os());
                    o.put("environment", p.environment());
                    o.put("object-format", p.objectFormat());
                    o.put("normalized", p.normalized());
                } else {
                    out.printf("%s: arch=%s sub-arch=%s vendor=%s os=%s environment=%s object-format=%s"
                            + " normalized=%s%n", t, p.arch(), p.subArch().isEmpty() ? "-" : p.subArch(), p.vendor(),
                            p.os(), p.environment(), p.objectFormat(), p.normalized());
                }
            }
            if (form == Format.json) {
                out.print(Json.pretty(list));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code targetspec triple normalize [--style llvm|gnu] TRIPLE...}. */
    @Command(name = "normalize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
            description = {
                "Print the normalized form of each triple, one per line, in order.",
                "--style llvm (the default) follows LLVM 22's Triple::normalize; --style gnu follows GNU config.sub, "
                        + "and an invalid triple gets `error: …` on its line and exit code 1.",
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  targetspec triple normalize arm-none-eabi            # arm-unknown-none-eabi",
                "  targetspec triple normalize --style gnu x86_64-elf   # x86_64-pc-elf",
            })
    static final class Normalize implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--style", paramLabel = "STYLE", description = "llvm (default) or gnu.")
        String style = "llvm";

        @Parameters(paramLabel = "TRIPLE", arity = "1..*", description = "Triples to normalize.")
        List<String> triples = new ArrayList<>();

        @Override
        public Integer call() {
            TripleStyle s;
            try {
                s = TripleStyle.of(style);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--style must be llvm or gnu, not `" + style + "`.");
            }
            PrintWriter out = spec.commandLine().getOut();
            int code = ExitCodes.OK;
            for (String t : triples) {
                try {
                    out.println(s.normalize(t));
                } catch (InvalidTripleException e) {
                    out.println("error: " + e.getMessage());
                    code = ExitCodes.INVALID;
                }
            }
            out.flush();
            return code;
        }
    }

    /** {@code targetspec triple explain NAME}. */
    @Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
            description = {
                "Explain a proposed target name: what each component means, collisions and near-collisions with "
                        + "the registry's names, the tier policy's naming rule, and surprises between the name and "
                        + "its llvm-target.",
                "Exit code 1 when the name breaks a rule (an error finding).",
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  targetspec triple explain x86_64-unknown-none-multiboot2",
                "  targetspec triple explain riscv64gc-unknown-none-elf --llvm-target riscv64",
            })
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FormatOption format;

        @Mixin
        RegistryOption registry;

        @Parameters(paramLabel = "NAME", description = "The proposed target name.")
        String name;

        @Option(names = "--llvm-target", paramLabel = "TRIPLE",
                description = "The LLVM triple the target would use. Default: the registry's, if NAME is there.")
        String llvmTarget;

        @Override
        public Integer call() {
            Format form = format.require(Format.text, Format.json);
            Registry reg = registry.load();
            String llvm = llvmTarget;
            if (llvm == null) {
                llvm = reg.resolve(name).flatMap(r -> r.target()).flatMap(t -> t.text("/rustc/llvm-target"))
                        .orElse(null);
            }
            List<String> others = reg.triples().stream().filter(t -> !t.equals(name)).toList();
            NameReport report = NameReport.explain(name, others, llvm);
            PrintWriter out = spec.commandLine().getOut();
            if (form == Format.json) {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.put("name", report.name());
                o.put("acceptable", report.acceptable());
                ArrayNode cs = o.putArray("components");
                report.components().forEach(c -> cs.addObject().put("text", c.text()).put("role", c.role())
                        .put("meaning", c.meaning()));
                ArrayNode fs = o.putArray("findings");
                report.findings().forEach(f -> fs.addObject().put("severity", f.severity().name().toLowerCase(
                        java.util.Locale.ROOT)).put("code", f.code()).put("message", f.message()));
                out.print(Json.pretty(o));
            } else {
                out.println(report.name());
                report.components().forEach(c -> out.printf("  %-14s %-18s %s%n", c.text(), c.role(), c.meaning()));
                report.findings().forEach(f -> out.printf("%s[%s]: %s%n", f.severity().name().toLowerCase(
                        java.util.Locale.ROOT), f.code(), f.message()));
                if (report.findings().isEmpty()) {
                    out.println("no findings");
                }
            }
            out.flush();
            return report.acceptable() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }
}
