package dev.targetspec.cli;

import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.registry.Registry;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetspec new TARGET DIR}: a minimal freestanding Rust crate for a target. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Write a minimal freestanding Rust crate for a target: the \"freestanding Rust binary\" of blog_os in"
                    + " one command.",
            "",
            "The crate has a Cargo.toml that aborts on panic in both profiles, a src/main.rs (#![no_std], "
                    + "#![no_main], the entry point the entry artifact names, a #[panic_handler]), a .cargo/config.toml "
                    + "and a README.md that says how to build and run it. A Linux program leaves through the exit_group "
                    + "system call; a bare-metal one halts in a loop; a Cortex-M reset handler first copies .data "
                    + "to RAM and zeroes .bss.",
            "",
            "For the host (see --host), .cargo/config.toml passes the entry's link arguments, such as "
                    + "-nostartfiles, and stable cargo builds it. A rustc built-in that rustup ships prebuilt "
                    + "(tier 1 or 2, not changed by the registry) is built by its triple with stable cargo after "
                    + "`rustup target add`. Any other target is given to cargo as rustc target JSON, and nightly "
                    + "cargo builds core with build-std. Where the target has a layout, the linker script is "
                    + "written and passed with -C link-arg=-T...; Multiboot targets also get the boot header and "
                    + "boot stub.",
            "",
            "Run it again with the same DIR after changing the spec: the files made from the spec are rewritten, "
                    + "and those you changed in Cargo.toml, src/main.rs, README.md and .gitignore are kept. DIR gets "
                    + "the record .targetspec-outputs, as with render: a changed file made from the spec, a file "
                    + "targetspec did not write, or a folder that holds files but no crate targetspec wrote stops "
                    + "the run (exit code 2) unless --force is given. Only valid targets are written; an invalid "
                    + "one is reported and the exit code is 1.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec new x86_64-unknown-linux-gnu hello   # the host, no C runtime",
            "  cd hello && cargo run; echo $?",
            "  targetspec new x86_64-unknown-none-multiboot2 kernel",
            "  targetspec new thumbv7em-none-eabihf firmware --name blinky",
            "  targetspec new targets/my-board.json firmware   # a spec file of your own",
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "A triple in the registry, or a path to a spec file (ending in .json).")
    String target;

    @Parameters(index = "1", paramLabel = "DIR",
            description = "The folder to write the crate into: new, empty, or one `new` wrote before.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The package and binary name. Default: made from the folder's name.")
    String name;

    @Option(names = "--host", paramLabel = "TRIPLE",
            description = "The triple cargo builds for natively. Default: the host of `rustc -vV`, else the running "
                    + "machine's.")
    String host;

    @Option(names = "--force", description = "Write into a folder that holds other files, and overwrite files that "
            + "targetspec did not write or that were changed since it wrote them (your changes to Cargo.toml, "
            + "src/main.rs, README.md and .gitignore included).")
    boolean force;

    @Override
    public Integer call() throws IOException, Refused {
        String crateName = name != null ? name : Crates.nameFor(dir.toAbsolutePath().normalize().getFileName() == null
                ? "" : dir.toAbsolutePath().normalize().getFileName().toString());
        if (!Crates.validName(crateName)) {
            throw CliException.usage("--name " + crateName + " is not a usable package name: use letters, digits, "
                    + "`-` and `_`, starting with a letter, and not a name such as core, std or test.");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.usage(DisplayPath.of(dir) + " is a file; name a new or empty folder.");
        }
        Registry reg = registry.load();
        SpecFile file = SpecFiles.named(reg, target);
        PrintWriter err = spec.commandLine().getErr();
        Rendering rendering = new Rendering(reg, "targetspec " + VersionProvider.version());
        Rendering.Checked checked = rendering.check(file);
        if (checked.target().isEmpty()) {
            checked.errors().forEach(d -> err.println(DiagnosticLine.of(checked.file(), d)));
            err.flush();
            return ExitCodes.INVALID;
        }
        Target t = checked.target().get();
        String hostTriple = host != null ? host : detectHost();
        Crates.Build build = Crates.buildFor(t, reg.builtin(t.triple()), hostTriple);
        FreestandingCrate crate;
        try {
            crate = Crates.freestanding(t, crateName, build, rendering.provenance(file));
        } catch (RenderException e) {
            throw new CliException(ExitCodes.INVALID, t.triple() + ": " + e.detail());
        }
        boolean again = Files.isRegularFile(dir.resolve(dev.targetspec.io.Outputs.MANIFEST));
        Crates.Written written = Crates.write(crate, dir, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s `%s` for %s in %s (%s):%n", again ? "updated" : "created", crate.name(), crate.triple(),
                DisplayPath.of(dir), switch (build) {
                    case HOST -> "the host";
                    case PREBUILT -> "a prebuilt rustc target, stable cargo";
                    case JSON -> "target JSON, nightly build-std";
                });
        for (CrateFile f : crate.files()) {
            Path p = dir.toAbsolutePath().normalize().resolve(f.path());
            boolean keptIt = written.kept().stream().anyMatch(k -> k.toAbsolutePath().normalize().equals(p));
            out.println("  " + f.path() + (keptIt ? "  (kept: you changed it)" : ""));
        }
        written.removed().forEach(p -> out.println("  removed " + DisplayPath.of(p) + " (no longer made from the spec)"));
        out.printf("next: cd %s && %s%n", DisplayPath.of(dir), crate.buildCommand());
        out.flush();
        return ExitCodes.OK;
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
