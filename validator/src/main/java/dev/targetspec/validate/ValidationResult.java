package dev.targetspec.validate;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/** The diagnostics for one file. It is valid when none of them is an error. */
public record ValidationResult(Path file, String target, List<Diagnostic> diagnostics) {
    public ValidationResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public boolean valid() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
}
