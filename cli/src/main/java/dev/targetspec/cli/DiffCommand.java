package dev.targetspec.cli;

import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.render.diff.SpecDiff;
import dev.targetspec.spec.Target;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec diff A B}. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Show what target B changes from target A, after inheritance: values added (+), removed (-) and "
                    + "changed (~), by JSON pointer. The same diff is on each target's documentation page.",
            "",
            "--format json prints an object with `from`, `to` and `changes`, each change with `pointer`, `kind`, "
                    + "`before` and `after`; an added value has no `before` and a removed one no `after`.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec diff x86_64-unknown-none-multiboot x86_64-unknown-none-multiboot2",
            "  targetspec diff x86_64-unknown-none x86_64-unknown-none-elf --format json",
            "  targetspec diff thumbv7em-none-eabihf ./targets/my-board.json",
        })
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Parameters(index = "0", paramLabel = "A",
            description = "The target to compare against: a triple in the registry, or a spec file (ending in .json).")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The target compared: a triple or a spec file.")
    String to;

    @Override
    public Integer call() {
        Format form = format.require(Format.text, Format.json);
        Registry reg = registry.load();
        SpecDiff diff = SpecDiff.between(resolve(reg, from), resolve(reg, to));
        PrintWriter out = spec.commandLine().getOut();
        out.print(form == Format.json ? Json.pretty(diff.toJson()) : diff.toText());
        out.flush();
        return ExitCodes.OK;
    }

    private static Target resolve(Registry reg, String name) {
        Resolution r = reg.resolve(SpecFiles.named(reg, name));
        return r.target().orElseThrow(() -> new CliException(ExitCodes.INVALID, name + ": "
                + r.problems().get(0).message()));
    }
}
