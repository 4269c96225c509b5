/**
 * Fixing files: applying a diagnostic's {@link dev.targetspec.diag.Fix} to a file's text with every
 * untouched byte kept, and {@link dev.targetspec.fix.Fixer}, which applies every mechanical fix,
 * validates again and repeats until nothing changes. Uses {@code validate}, {@code registry},
 * {@code spec}, {@code profile}, {@code json}, {@code io} and {@code diag}.
 */
package dev.targetspec.fix;
