package dev.targetspec.cli;

import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.Outputs;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.Format;
import dev.targetspec.render.Rendering;
import dev.targetspec.render.Rendering.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec render TARGET --artifact A [-o FILE]} and {@code render --all --artifact A -o DIR}. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        usageHelpAutoWidth = true, modelTransformer = CatalogHelp.class,
        description = {
            "Render what a downstream toolchain consumes from a target.",
            "",
            "Only valid targets are rendered; an invalid one is reported and the exit code is 1. With --all, targets an "
                    + "artifact does not apply to (no layout, no Multiboot) are skipped. Files are written atomically.",
            "",
            "Each folder written to gets a record, .targetspec-outputs (sha256sum format), of the files targetspec wrote "
                    + "there. An existing file is replaced only if it is in that record and unchanged since, or already "
                    + "holds the new contents; otherwise nothing is written and the exit code is 2, unless --force.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec render --all --artifact rustc-json -o out/",
            "  targetspec render x86_64-unknown-none-multiboot2 --artifact linker-script \\",
            "      -o kernel.ld",
            "  targetspec render thumbv7em-none-eabihf --artifact cflags --format clang",
            "  targetspec render thumbv7em-none-eabihf --chip STM32F411RETx \\",
            "      --artifact linker-script -o link.ld",
            "  targetspec render thumbv6m-none-eabi --chip nRF51822_xxAA \\",
            "      --artifact memory-x -o memory.x",
        })
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    @Mixin
    RustcOption rustc;

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "A triple in the registry, or a path to a spec file (ending in .json).")
    String target;

    @Option(names = "--all", description = "Render every target of the registry into the folder given by -o.")
    boolean all;

    @Option(names = "--artifact", required = true, paramLabel = "ARTIFACT", completionCandidates = CatalogHelp.Names.class,
            description = "What to render: one of the artifacts listed above.")
    String artifact;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = CatalogHelp.FormatNames.class,
            description = "The artifact's form: one of those listed above with it. Default: its first.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The file to write (a folder with --all). Default: standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite files that targetspec did not write, or that were changed "
            + "since it wrote them.")
    boolean force;

    @Option(names = "--chip", paramLabel = "NAME",
            description = "Take the memory regions from this chip of the chip database (`targetspec chips`), as if "
                    + "the spec's layout said \"chip\": NAME; letter case is ignored. The chip's core must run the "
                    + "target's code.")
    String chip;

    @Option(names = "--embed-link-script",
            description = "With rustc-json: put the rendered linker script in the `link-script` field, so that a "
                    + "plain `rustc --target FILE.json` links with it.")
    boolean embedLinkScript;

    @Override
    public Integer call() throws IOException, Refused {
        if (all == (target != null)) {
            throw CliException.usage("name one TARGET, or pass --all.");
        }
        if (all && (output == null || chip != null)) {
            throw CliException.usage(output == null ? "--all writes one file per target; name the folder with -o DIR."
                    : "--chip gives one chip's memory to one target; name one TARGET instead of --all.");
        }
        Artifacts.Choice choice = Artifacts.choose(artifact, format, embedLinkScript);
        Artifact a = choice.artifact();
        Format form = choice.format();
        Registry reg = registry.load();
        Rendering rendering = new Rendering(reg, "targetspec " + VersionProvider.version(), rustc.profile());
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!all) {
            Outcome o = rendering.render(SpecFiles.named(reg, target), a, form, embedLinkScript, chip);
            if (o.kind() == Outcome.Kind.INVALID) {
                report(o, err);
                return ExitCodes.INVALID;
            } else if (o.kind() != Outcome.Kind.RENDERED) {
                throw new CliException(o.kind() == Outcome.Kind.BLOCKED ? ExitCodes.INVALID : ExitCodes.USAGE, o.message());
            } else if (output == null) {
                out.print(o.text());
                out.flush();
                return ExitCodes.OK;
            }
            Outputs.writeOne(output, o.text().getBytes(StandardCharsets.UTF_8), force);
            return ExitCodes.OK;
        }
        Path dir = output.toAbsolutePath().normalize();
        reg.failures().forEach(f -> err.println(DiagnosticLine.of(f.file(), f.diagnostic())));
        Outputs outputs = Outputs.in(dir);
        Progress progress = new Progress(err, "rendering");
        Rendering.Batch batch = rendering.renderAll(a, form, embedLinkScript, outputs, progress);
        progress.finish();
        batch.failed().forEach(o -> report(o, err));
        outputs.writeAll(batch.files(), force);
        int invalid = reg.failures().size() + batch.failed().size();
        out.printf("wrote %s to %s; %s it does not apply to; %d invalid%n",
                Plural.of(batch.files().size(), a.name() + " file"), DisplayPath.of(dir),
                Plural.of(batch.skipped(), "target"), invalid);
        out.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Prints why {@code o} was not rendered: the spec's errors, or what stops the artifact. */
    private static void report(Outcome o, PrintWriter err) {
        if (o.kind() == Outcome.Kind.INVALID) {
            o.errors().forEach(d -> err.println(DiagnosticLine.of(o.file(), d)));
        } else {
            err.println("error: " + Messages.oneLine(o.message()));
        }
        err.flush();
    }
}
