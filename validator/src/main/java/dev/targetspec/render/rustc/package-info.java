/**
 * The rustc-json artifact: a target as the rustc target JSON that {@code rustc --target FILE.json}
 * loads. Uses {@code render}, {@code render.linker} (to embed the script), {@code spec} and {@code json}.
 */
package dev.targetspec.render.rustc;
