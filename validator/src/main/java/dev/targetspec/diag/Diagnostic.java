package dev.targetspec.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: the rule that made it, its severity, the JSON pointer of the value it is about,
 * where that value is in the file, a one-sentence message naming the field, and, when there is a
 * safe mechanical one, its fix.
 */
public record Diagnostic(String rule, Severity severity, String pointer, int line, int column, String message,
        Optional<Fix> fix) {
    public Diagnostic {
        message = Messages.oneLine(message);
        Objects.requireNonNull(fix, "fix");
    }

    public Diagnostic(String rule, Severity severity, String pointer, int line, int column, String message) {
        this(rule, severity, pointer, line, column, message, Optional.empty());
    }

    /** Reading order: by line, then column, then rule. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);
}
