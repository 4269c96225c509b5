/**
 * Rendering: the {@link dev.targetspec.render.Artifact} interface every generated thing implements,
 * formats, applicability, and {@link dev.targetspec.render.Rendering}, the entry point that renders an
 * artifact for a valid target. {@link dev.targetspec.render.Validity} is the one class here that asks
 * the validator; nothing else in {@code render} uses {@code validate}. Uses {@code registry},
 * {@code spec}, {@code spec.layout}, {@code io}, {@code json} and {@code diag}.
 */
package dev.targetspec.render;
