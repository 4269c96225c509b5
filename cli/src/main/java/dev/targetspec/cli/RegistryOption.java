package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.registry.Registry;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --registry} option: which folders of targets a command reads. The registry targetspec
 * comes with is always read; a project's own folder adds to it.
 */
final class RegistryOption {
    @Option(names = "--registry", paramLabel = "DIR",
            description = "A folder of your own specs, read on top of the bundled registry: its specs may inherit "
                    + "from and overlay the bundled ones. Repeat it for several folders. Default: "
                    + "$TARGETSPEC_REGISTRY (folders separated by `:`), else the folder `targets` in the working "
                    + "directory, if there is one.")
    List<Path> dirs = new ArrayList<>();

    /** The registry targetspec comes with: the launcher's, else the {@code targets} folder of the checkout it was built in. */
    static Optional<Path> bundled() {
        String installed = System.getProperty("targetspec.registry");
        if (installed != null && !installed.isBlank()) {
            return Optional.of(Path.of(installed));
        }
        try {
            var source = RegistryOption.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path at = Path.of(source.getLocation().toURI()).toAbsolutePath();
            for (int up = 0; up < 4 && at != null; up++, at = at.getParent()) {
                if (Files.isDirectory(at.resolve("targets").resolve(Registry.IMPORTED))) {
                    return Optional.of(at.resolve("targets"));
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The project's folders: the options, else $TARGETSPEC_REGISTRY, else ./targets if it exists. */
    List<Path> project() {
        if (!dirs.isEmpty()) {
            return List.copyOf(dirs);
        }
        String env = System.getenv("TARGETSPEC_REGISTRY");
        if (env != null && !env.isBlank()) {
            List<Path> out = new ArrayList<>();
            for (String part : env.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part));
                }
            }
            return out;
        }
        return Files.isDirectory(Path.of("targets")) ? List.of(Path.of("targets")) : List.of();
    }

    /** Every folder to read, the bundled registry first. */
    List<Path> folders() {
        List<Path> out = new ArrayList<>();
        bundled().filter(Files::isDirectory).ifPresent(out::add);
        out.addAll(project());
        if (out.isEmpty()) {
            throw CliException.usage("no registry found: pass --registry DIR, or run from a folder that has targets/.");
        }
        return out;
    }

    /** The folder that {@code import rustc} writes into: the last project folder, else the bundled registry. */
    Path importInto() {
        List<Path> own = project();
        if (!own.isEmpty()) {
            return own.get(own.size() - 1);
        }
        return bundled().orElseThrow(() -> CliException.usage("no registry found: pass --registry DIR."));
    }

    /** The chip database read: the last folder's that has one, as {@link Registry} finds it. */
    Path chipFolder() {
        List<Path> folders = folders();
        Path found = folders.get(0).resolve(dev.targetspec.chip.ChipDatabase.FOLDER);
        for (Path f : folders) {
            if (Files.isDirectory(f.resolve(dev.targetspec.chip.ChipDatabase.FOLDER))) {
                found = f.resolve(dev.targetspec.chip.ChipDatabase.FOLDER);
            }
        }
        return found;
    }

    /** Refuses a project folder that is not a folder. */
    void checkFolders() {
        for (Path p : project()) {
            if (!Files.isDirectory(p)) {
                throw CliException.usage("cannot read registry " + p + ": Registry folder not found: " + p);
            }
        }
    }

    /** Loads the registry. */
    Registry load() {
        checkFolders();
        List<Path> folders = folders();
        try {
            return Registry.load(folders);
        } catch (IOException e) {
            throw CliException.usage("cannot read registry: " + e.getMessage());
        }
    }

    /** The folders {@code registry} read, as one line: which is bundled, and how many targets each gives. */
    static String describe(Registry registry) {
        Optional<Path> bundled = bundled();
        List<String> parts = new ArrayList<>();
        for (Path folder : registry.folders()) {
            boolean isBundled = bundled.isPresent() && same(bundled.get(), folder);
            int n = registry.count(folder);
            parts.add(DisplayPath.of(folder) + " (" + (isBundled ? "bundled, " : "") + Plural.of(n, "target") + ")");
        }
        return "registry: " + (parts.isEmpty() ? "none" : String.join(" + ", parts));
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
