package dev.targetspec.cli;

import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.registry.Lookup;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import java.io.IOException;

/** The spec a TARGET argument names, with the library's refusals turned into exit codes. */
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
}
