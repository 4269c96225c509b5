package dev.targetspec.registry;

import dev.targetspec.diag.Diagnostic;
import java.nio.file.Path;

/** A registry file that could not become an entry: unreadable, malformed, or a second entry for a triple. */
public record LoadFailure(Path file, Diagnostic diagnostic) {
}
