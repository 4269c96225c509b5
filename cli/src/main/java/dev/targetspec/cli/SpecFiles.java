package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.registry.Lookup;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The specs the arguments name: the spec a TARGET names, with the library's refusals turned into exit
 * codes, and the files a PATH names.
 */
final class SpecFiles {
    private SpecFiles() {
    }

    static SpecFile named(Registry registry, String target) {
        try {
            return Lookup.spec(registry, target);
        } catch (Lookup.NotFoundException e) {
            throw CliException.usage(e.getMessage());
        } catch (JsonSyntaxException e) {
            throw new CliException(ExitCodes.INVALID, target + ":" + e.location().line() + ":" + e.location().column()
                    + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot read " + target + ": " + e.getMessage());
        }
    }

    /**
     * Adds the spec files {@code p} names to {@code files}: the file itself, or every {@code *.json} in a
     * folder. Returns why it names none: it does not exist, or it is a folder without spec files.
     */
    static Optional<String> expand(Path p, List<Path> files) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(p)) {
                // A registry folder's chip database holds no specs.
                Path chips = p.resolve(dev.targetspec.chip.ChipDatabase.FOLDER);
                found = walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f) && !f.startsWith(chips))
                        .sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (found.isEmpty()) {
                return Optional.of("no spec files in " + DisplayPath.of(p) + ": it holds no *.json file.");
            }
            files.addAll(found);
            return Optional.empty();
        }
        if (Files.exists(p)) {
            files.add(p);
            return Optional.empty();
        }
        return Optional.of("no such file or folder: " + p);
    }
}
