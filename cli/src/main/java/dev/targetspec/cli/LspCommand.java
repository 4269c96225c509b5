package dev.targetspec.cli;

import dev.targetspec.lsp.TargetSpecServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code targetspec lsp}. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Run the language server for target files on standard input and output (LSP, JSON-RPC).",
            "",
            "An editor starts it and talks to it: diagnostics on open and on every change, hover on a field, "
                    + "completion of field names and values, quick fixes, and go-to-definition on `inherits`. "
                    + "Registry specs inherit from the registry (--registry); the diagnostics are those of one "
                    + "rustc (--rustc).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec lsp                        # as an editor's language server command",
            "  targetspec lsp --registry ./targets",
            "  targetspec lsp --rustc nightly        # for a project built with the nightly",
            "",
            "See the README for VS Code, neovim, Helix and Zed.",
        })
final class LspCommand implements Callable<Integer> {
    @Mixin
    RegistryOption registry;

    @Mixin
    RustcOption rustc;

    @Override
    public Integer call() throws IOException {
        List<Path> dirs;
        try {
            registry.checkFolders();
            dirs = registry.folders();
        } catch (CliException e) {
            dirs = List.of(); // plain rustc files need no registry
        }
        // A usage error is reported here, before the protocol starts.
        var profile = rustc.profile();
        // Standard output carries the protocol: anything else printed goes to standard error.
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return new TargetSpecServer(dirs, profile, VersionProvider.version()).serve(System.in, protocol);
    }
}
