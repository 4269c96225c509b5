/**
 * The intrinsics artifact: the runtime routines (compiler builtins, memory functions) a freestanding
 * program for a target must link, derived from the target's arch, widths and features. Uses
 * {@code render} and {@code spec}.
 */
package dev.targetspec.render.intrinsics;
