/**
 * Diagnostics (rule, severity, pointer, line, column, message), the wording rules for messages, and
 * {@link dev.targetspec.diag.Refused}, a request the library will not carry out. Uses nothing else of
 * targetspec, so every layer may use it.
 */
package dev.targetspec.diag;
