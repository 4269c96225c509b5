package dev.targetspec.cli;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.io.DisplayPath;
import java.nio.file.Path;

/** A diagnostic as one line of text: {@code FILE:LINE:COLUMN: SEVERITY[RULE]: MESSAGE}, as compilers print them. */
final class DiagnosticLine {
    private DiagnosticLine() {
    }

    static String of(Path file, Diagnostic d) {
        return Messages.oneLine(DisplayPath.of(file)) + ":" + d.line() + ":" + d.column() + ": " + d.severity().label()
                + "[" + d.rule() + "]: " + d.message();
    }
}
