/**
 * The freestanding crate that {@code new} writes, made of the catalog's artifacts that a crate
 * needs and the entry point the entry artifact names. Uses {@code render}, {@code render.catalog},
 * {@code render.entry}, {@code render.intrinsics}, {@code spec.layout} and {@code spec}.
 */
package dev.targetspec.render.crate;
