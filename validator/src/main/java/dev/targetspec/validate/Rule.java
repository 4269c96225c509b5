package dev.targetspec.validate;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;

/**
 * One semantic check. Each rule is a small final class with a stable id, a severity, a one-line
 * summary, a page {@code docs/rules/<id>.md} and a fixture test. It reports every violation it
 * finds, each at the JSON pointer of the value at fault, in a sentence that names the fields.
 */
public interface Rule {
    /** The stable, kebab-case id that diagnostics carry. */
    String id();

    Severity severity();

    /** One line: what the rule requires. */
    String summary();

    /**
     * Whether the rule is a convention of the registry (names, plain text) rather than something rustc
     * or LLVM enforces. In a plain rustc file a convention only warns: rustc takes any file name.
     */
    default boolean convention() {
        return false;
    }

    /** Checks {@code target}, reporting each violation to {@code findings}. */
    void check(Target target, Findings findings);
}
