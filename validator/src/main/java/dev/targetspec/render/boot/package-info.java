/**
 * The boot-header and boot-stub artifacts: the Multiboot 1 and 2 headers and the 32-bit entry code of
 * x86 Multiboot kernels, as GNU assembler source. Uses {@code render}, {@code spec.layout} and
 * {@code spec}.
 */
package dev.targetspec.render.boot;
