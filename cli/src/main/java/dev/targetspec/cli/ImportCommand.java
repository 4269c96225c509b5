package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.registry.RustcImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec import rustc} and {@code targetspec import chips}. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Import targets from a toolchain, or the chip database from its sources, into the registry.",
        subcommands = {ImportCommand.Rustc.class, ImportChipsCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw CliException.usage("name what to import: `targetspec import rustc` or `targetspec import chips`.");
    }

    /** {@code targetspec import rustc}. */
    @Command(name = "rustc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
            description = {
                "Import every built-in target of the local rustc into REGISTRY/rustc/ (REGISTRY is the last "
                        + "--registry folder, else the bundled registry), one file per target, and into the schema "
                        + "folder its target-spec schema and its profile: what that rustc and its LLVM accept (CPUs, "
                        + "target features, code models, LLVM options, …), which the rules read for --rustc.",
                "Runs `rustc --print target-list`, then `rustc -Z unstable-options --print target-spec-json "
                        + "--target T` for each target (with RUSTC_BOOTSTRAP=1). Only REGISTRY/rustc/ is rewritten: "
                        + "hand-written files, including overlays on built-ins, are never touched.",
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  targetspec import rustc                  # built-ins and profile of rustc",
                "  targetspec import rustc --only targets   # the built-ins only, quickly",
                "  targetspec import rustc --only profile --rustc \"rustc +nightly\"",
                "  targetspec import rustc \\",
                "      --rustc ~/.rustup/toolchains/nightly-x86_64-unknown-linux-gnu/bin/rustc",
            })
    static final class Rustc implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOption registry;

        @Option(names = "--rustc", paramLabel = "COMMAND",
                description = "The rustc to ask: a path, or a command with a toolchain such as \"rustc +nightly\". "
                        + "Default: ${DEFAULT-VALUE}.")
        String rustc = "rustc";

        @Option(names = "--only", paramLabel = "PART",
                description = "Import only one part: `targets` (REGISTRY/rustc/ and the schema) or `profile` (what "
                        + "the rustc accepts, which --rustc VERSION judges with; it is written beside the profiles "
                        + "already there, and recording it takes minutes). Default: both.")
        String only;

        @Option(names = "--schema-dir", paramLabel = "DIR",
                description = "Where rustc's schema is written. Default: the `schema` folder beside the registry.")
        Path schemaDir;

        @Option(names = "--jobs", paramLabel = "N", description = "rustc processes at once. Default: ${DEFAULT-VALUE}.")
        int jobs = 2;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path root = registry.importInto();
            Path schemas = schemaDir != null ? schemaDir : root.toAbsolutePath().normalize().resolveSibling("schema");
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (only != null && !only.equals("targets") && !only.equals("profile")) {
                throw CliException.usage("--only " + only + " is not a part of an import; use targets or profile.");
            }
            if (!"profile".equals(only)) {
                Progress progress = new Progress(err, "importing");
                RustcImport.Result result = new RustcImport(rustc).run(root, schemas, jobs, progress);
                progress.finish();
                out.printf("imported %s from rustc %s into %s%n", Plural.of(result.written(), "target"), result.rustcVersion(),
                        DisplayPath.of(root.resolve("rustc")));
                result.removed().forEach(p -> out.println("removed " + DisplayPath.of(p) + " (no longer a rustc built-in)"));
                out.println("wrote " + DisplayPath.of(result.schema()));
            }
            if ("targets".equals(only)) {
                out.flush();
                return ExitCodes.OK;
            }
            err.println("recording the profile (each CPU, object format, code model and LLVM option is tried; "
                    + "this takes minutes)");
            err.flush();
            Path profile = dev.targetspec.registry.ProfileImport.record(rustc, schemas, line -> {
                err.println("  " + line);
                err.flush();
            });
            out.println("wrote " + DisplayPath.of(profile) + " (validate, fix and render take --rustc "
                    + profile.getFileName().toString().replaceFirst("^rustc-(.*)\\.profile\\.json$", "$1") + ")");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
