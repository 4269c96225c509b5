/**
 * The validator: strict JSON, inheritance, the JSON Schema, then every semantic rule, each finding placed
 * at its line and column. Uses {@code registry}, {@code spec}, {@code json}, {@code diag} and its
 * {@code rules}; never {@code render}.
 */
package dev.targetspec.validate;
