/**
 * The entry artifact: what a target's entry point must be (symbol, ABI, machine state, link
 * arguments), derived from its boot protocol, OS and format. Uses {@code render}, {@code spec.layout}
 * and {@code spec}.
 */
package dev.targetspec.render.entry;
