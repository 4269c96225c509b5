package dev.targetspec.registry;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Optional;

/** The outcome of resolving a file's inheritance chain: a target, or the problems that stopped it. */
public record Resolution(Optional<Target> target, List<Diagnostic> problems) {
    public Resolution {
        problems = List.copyOf(problems);
    }
}
