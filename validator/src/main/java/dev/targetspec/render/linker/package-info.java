/**
 * The linker-script artifact: a GNU ld script that GNU ld and LLD accept, from a target's layout.
 * Uses {@code render}, {@code render.boot} (the boot stub's mapping limits), {@code spec.layout}
 * and {@code spec}.
 */
package dev.targetspec.render.linker;
