package dev.targetspec.spec.layout;

/**
 * One reason a layout cannot be rendered.
 *
 * @param rule the id of the validator rule that reports it
 * @param pointer the JSON pointer, in the resolved document, of the value at fault
 * @param message one sentence naming the fields in backticks and saying how to fix it
 */
public record Problem(String rule, String pointer, String message) {
}
