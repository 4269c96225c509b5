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
                        + "--registry folder, else the bundled registry), one file per target, "
                        + "its target-spec schema into the schema folder, and the LLVM data tables (data layouts, "
                        + "CPUs, target features) the rules use.",
                "Runs `rustc --print target-list`, then `rustc -Z unstable-options --print target-spec-json "
                        + "--target T` for each target (with RUSTC_BOOTSTRAP=1). Only REGISTRY/rustc/ is rewritten: "
                        + "hand-written files, including overlays on built-ins, are never touched.",
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  targetspec import rustc",
                "  targetspec import rustc \\",
                "      --rustc ~/.rustup/toolchains/nightly-x86_64-unknown-linux-gnu/bin/rustc",
            })
    static final class Rustc implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOption registry;

        @Option(names = "--rustc", paramLabel = "PATH", description = "The rustc to ask. Default: ${DEFAULT-VALUE}.")
        String rustc = "rustc";

        @Option(names = "--schema-dir", paramLabel = "DIR",
                description = "Where rustc's schema is written. Default: the `schema` folder beside the registry.")
        Path schemaDir;

        @Option(names = "--jobs", paramLabel = "N", description = "rustc processes at once. Default: ${DEFAULT-VALUE}.")
        int jobs = 2;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Where the LLVM data tables (data layouts, CPUs, target features) are refreshed. Default: "
                        + "the library's data folder in this checkout, when the registry is this checkout's.")
        Path dataDir;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path root = registry.importInto();
            Path schemas = schemaDir != null ? schemaDir : root.toAbsolutePath().normalize().resolveSibling("schema");
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = new Progress(err, "importing");
            RustcImport.Result result = new RustcImport(rustc).run(root, schemas, jobs, progress);
            progress.finish();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("imported %s from rustc %s into %s%n", Plural.of(result.written(), "target"), result.rustcVersion(),
                    DisplayPath.of(root.resolve("rustc")));
            result.removed().forEach(p -> out.println("removed " + DisplayPath.of(p) + " (no longer a rustc built-in)"));
            out.println("wrote " + DisplayPath.of(result.schema()));
            Path data = dataDir != null ? dataDir
                    : root.toAbsolutePath().normalize().resolveSibling("validator/src/main/resources/dev/targetspec/data");
            if (dataDir != null || java.nio.file.Files.isDirectory(data)) {
                for (Path p : dev.targetspec.registry.RustcDataImport.importAll(rustc, data, line -> { })) {
                    out.println("wrote " + DisplayPath.of(p));
                }
            } else {
                out.println("LLVM data tables not refreshed: pass --data-dir to write them");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
