package dev.targetspec.validate;

/** Where a rule reports what it finds. */
public interface Findings {
    /**
     * Reports a violation at {@code pointer} of the resolved document.
     *
     * @param message one sentence naming the fields in backticks
     */
    void report(String pointer, String message);
}
