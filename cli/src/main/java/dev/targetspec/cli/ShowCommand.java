package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.SpecFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec show TARGET [--resolved]}. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Show one target: the file as written, or with --resolved the result of merging it over every base "
                    + "it inherits.",
            "The text form adds a header naming the file and the inheritance chain; the json form is the document alone.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec show x86_64-unknown-none-multiboot2",
            "  targetspec show x86_64-unknown-none-multiboot2 --resolved --format json",
            "  targetspec show ./my-target.json --resolved",
        })
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Parameters(paramLabel = "TARGET", description = "A triple in the registry, or a path to a spec file (ending in .json).")
    String target;

    @Option(names = "--resolved", description = "Show the target merged over its bases.")
    boolean resolved;

    @Override
    public Integer call() {
        Format form = format.require(Format.text, Format.json);
        Registry reg = registry.load();
        SpecFile file = SpecFiles.named(reg, target);
        PrintWriter out = spec.commandLine().getOut();
        if (!resolved) {
            if (form == Format.text) {
                out.println("# " + DisplayPath.of(file.path()));
            }
            out.print(Json.pretty(file.doc()));
            out.flush();
            return ExitCodes.OK;
        }
        Resolution r = reg.resolve(file);
        if (r.target().isEmpty()) {
            throw new CliException(ExitCodes.INVALID, r.problems().get(0).message());
        }
        if (form == Format.text) {
            out.println("# " + r.target().get().chain().stream()
                    .map(f -> f.triple() + " (" + DisplayPath.of(f.path()) + ")")
                    .collect(Collectors.joining(" → ")));
        }
        out.print(Json.pretty(r.target().get().doc()));
        out.flush();
        return ExitCodes.OK;
    }
}
