package dev.targetspec.diag;

import java.util.Comparator;

/**
 * One finding: the rule that made it, its severity, the JSON pointer of the value it is about,
 * where that value is in the file, and a one-sentence message naming the field.
 */
public record Diagnostic(String rule, Severity severity, String pointer, int line, int column, String message) {
    public Diagnostic {
        message = Messages.oneLine(message);
    }

    /** Reading order: by line, then column, then rule. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);
}
