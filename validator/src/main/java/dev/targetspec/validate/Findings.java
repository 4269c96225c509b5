package dev.targetspec.validate;

import dev.targetspec.diag.Fix;
import java.util.Optional;

/** Where a rule reports what it finds. */
public interface Findings {
    /**
     * Reports a violation at {@code pointer} of the resolved document, with its fix when there is a safe,
     * mechanical one (pointers in the fix are pointers of the resolved document too).
     *
     * @param message one sentence naming the fields in backticks and saying what to do
     */
    void report(String pointer, String message, Optional<Fix> fix);

    /** Reports a violation that has no mechanical fix. */
    default void report(String pointer, String message) {
        report(pointer, message, Optional.empty());
    }

    /** Reports a violation with its fix. */
    default void report(String pointer, String message, Fix fix) {
        report(pointer, message, Optional.of(fix));
    }
}
