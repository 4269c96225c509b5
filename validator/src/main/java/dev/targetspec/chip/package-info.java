/**
 * The chip database: memory maps of microcontrollers and SoCs by chip name, as a linker script needs
 * them (regions, their kinds and access, the boot region, cores and their architectures).
 *
 * <p>The data lives in a registry's {@value dev.targetspec.chip.ChipDatabase#FOLDER} folder, written by
 * {@code targetspec import chips}; {@link dev.targetspec.chip.ChipDatabase} reads it with the strict
 * JSON reader, applies the hand-written corrections, and answers look-ups, searches and near misses.
 * This package depends only on {@code dev.targetspec.json}, {@code dev.targetspec.io} and
 * {@code dev.targetspec.diag} (the edit distance of near misses).
 */
package dev.targetspec.chip;
