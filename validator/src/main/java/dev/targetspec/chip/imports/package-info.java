/**
 * {@code targetspec import chips}: reads probe-rs's chip files (YAML) and stm32-data's chip files (JSON)
 * from local checkouts, compares the chips both describe, and writes the database files and the
 * comparison report. Nothing here uses the network.
 *
 * <p>Depends on {@code dev.targetspec.chip} (the model and file format), {@code dev.targetspec.json}
 * and {@code dev.targetspec.io}.
 */
package dev.targetspec.chip.imports;
