/**
 * The spec model: one spec file as written (a registry spec, or a plain rustc file lifted into the
 * registry shape), and a resolved target, merged over its bases, that knows which file set each value.
 * Uses {@code json}, and {@code chip} for the chip database a target is resolved with.
 */
package dev.targetspec.spec;
