/**
 * The linker-script artifact, a GNU ld script that GNU ld and LLD accept, and the memory-x artifact,
 * the {@code memory.x} cortex-m-rt and riscv-rt include, both from a target's layout.
 * Uses {@code render}, {@code render.boot} (the boot stub's mapping limits), {@code spec.layout}
 * and {@code spec}.
 */
package dev.targetspec.render.linker;
