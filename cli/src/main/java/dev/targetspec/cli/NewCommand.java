package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.AtomicFile;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.crate.CrateFile;
import dev.targetspec.render.crate.Crates;
import dev.targetspec.render.crate.FreestandingCrate;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import dev.targetspec.render.Rendering;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetspec new TRIPLE DIR}: a minimal freestanding Rust crate for a target. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Write a minimal freestanding Rust crate for a target: the \"freestanding Rust binary\" of blog_os in"
                    + " one command.",
            "",
            "The crate has Cargo.toml (panic = \"abort\" in both profiles), .cargo/config.toml, src/main.rs "
                    + "(#![no_std], #![no_main], the entry point the entry artifact names, a #[panic_handler]) and a "
                    + "README.md that says how to build and run it. A Linux program leaves through the exit_group "
                    + "system call; a bare-metal one halts in a loop.",
            "",
            "For the host (see --host), .cargo/config.toml passes the entry's link arguments, such as "
                    + "-nostartfiles, and stable cargo builds it. For any other target the crate holds the rustc "
                    + "target JSON, and .cargo/config.toml points build.target at it and builds core with nightly "
                    + "cargo's build-std. Where the target has a layout, the linker script is written and passed "
                    + "with -C link-arg=-T...; Multiboot targets also get the boot header and boot stub.",
            "",
            "DIR is created if missing and must be empty. Every file is written atomically. Only valid targets "
                    + "are written; an invalid one is reported and the exit code is 1.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec new x86_64-unknown-linux-gnu hello     # the host, used without its C runtime",
            "  cd hello && cargo run; echo $?",
            "  targetspec new x86_64-unknown-none-multiboot2 kernel",
            "  targetspec new thumbv7em-none-eabihf firmware --name blinky",
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;


    @Mixin
    RegistryOption registry;

    @Parameters(index = "0", paramLabel = "TRIPLE", description = "A target in the registry.")
    String triple;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder to write the crate into; empty or missing.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The package and binary name. Default: made from the folder's name.")
    String name;

    @Option(names = "--host", paramLabel = "TRIPLE",
            description = "The triple cargo builds for natively. Default: the host of `rustc -vV`, else the running "
                    + "machine's.")
    String host;

    @Override
    public Integer call() throws IOException {
        String crateName = name != null ? name : Crates.nameFor(dir.toAbsolutePath().normalize().getFileName() == null
                ? "" : dir.toAbsolutePath().normalize().getFileName().toString());
        if (!Crates.validName(crateName)) {
            throw CliException.usage("--name " + crateName + " is not a usable package name: use letters, digits, "
                    + "`-` and `_`, starting with a letter, and not a name such as core, std or test.");
        }
        checkEmpty(dir);
        Registry reg = registry.load();
        SpecFile file = reg.file(triple).orElseThrow(() -> CliException.usage("no target `" + triple
                + "` in the registry; `targetspec list` shows what there is."));
        PrintWriter err = spec.commandLine().getErr();
        Rendering.Checked checked = new Rendering(reg, "targetspec " + VersionProvider.version()).check(file);
        if (checked.target().isEmpty()) {
            checked.errors().forEach(d -> err.println(DiagnosticLine.of(checked.file(), d)));
            err.flush();
            return ExitCodes.INVALID;
        }
        Target target = checked.target().get();
        String hostTriple = host != null ? host : detectHost();
        FreestandingCrate crate;
        try {
            crate = Crates.freestanding(target, crateName, target.triple().equals(hostTriple),
                    new Provenance(DisplayPath.of(target.file().path()), "targetspec " + VersionProvider.version()));
        } catch (RenderException e) {
            throw new CliException(ExitCodes.INVALID, triple + ": " + e.detail());
        }
        Files.createDirectories(dir);
        for (CrateFile f : crate.files()) {
            AtomicFile.write(dir.resolve(f.path()), f.text().getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("created `%s` for %s in %s (%s):%n", crate.name(), crate.triple(), DisplayPath.of(dir),
                crate.host() ? "the host" : "target JSON, nightly build-std");
        for (CrateFile f : crate.files()) {
            out.println("  " + f.path());
        }
        out.printf("next: cd %s && %s%n", DisplayPath.of(dir), crate.host() ? "cargo run" : "cargo +nightly build");
        out.flush();
        return ExitCodes.OK;
    }

    /** Refuses a file, or a folder that has anything in it. */
    private static void checkEmpty(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.usage(DisplayPath.of(dir) + " is a file; name a new or empty folder.");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw CliException.usage(DisplayPath.of(dir) + " is not empty; name a new or empty folder.");
                }
            }
        }
    }

    /** The host triple rustc reports, else one made from the running machine. */
    private static String detectHost() {
        return rustcHost().orElseGet(() -> {
            String arch = switch (System.getProperty("os.arch", "")) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> System.getProperty("os.arch", "");
            };
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("linux")) {
                return arch + "-unknown-linux-gnu";
            }
            if (os.contains("mac")) {
                return arch + "-apple-darwin";
            }
            return os.contains("windows") ? arch + "-pc-windows-msvc" : arch + "-unknown-" + os;
        });
    }

    private static Optional<String> rustcHost() {
        try {
            Process p = new ProcessBuilder("rustc", "-vV").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text;
            try (InputStream in = p.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return text.lines().filter(l -> l.startsWith("host: ")).map(l -> l.substring(6).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
