/**
 * Writing files safely: atomic replacement, the {@code .targetspec-outputs} record that keeps
 * targetspec from overwriting files it did not write, and how messages show paths. Uses {@code diag}.
 */
package dev.targetspec.io;
