package dev.targetspec.cli;

import dev.targetspec.registry.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --registry} option: which folder of targets a command reads. */
final class RegistryOption {
    @Option(names = "--registry", paramLabel = "DIR",
            description = "The registry folder. Default: $TARGETSPEC_REGISTRY, else ./targets, else the registry "
                    + "the launcher was installed with.")
    Path dir;

    /** The folder to use: the option, the environment, the working directory, then the launcher's. */
    Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("TARGETSPEC_REGISTRY");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (Files.isDirectory(Path.of("targets"))) {
            return Path.of("targets");
        }
        String installed = System.getProperty("targetspec.registry");
        if (installed != null) {
            return Path.of(installed);
        }
        throw CliException.usage("no registry found: pass --registry DIR or run from a folder that has targets/.");
    }

    /** Loads the registry. */
    Registry load() {
        Path root = resolve();
        try {
            return Registry.load(root);
        } catch (IOException e) {
            throw CliException.usage("cannot read registry " + root + ": " + e.getMessage());
        }
    }
}
