/**
 * The registry: the spec files of one or more folders by triple (a later folder adds to and overlays
 * the earlier ones), inheritance resolved between them, finding the spec a command names (with near
 * misses from {@code triple} for a mistyped triple), and importing rustc's built-in targets and
 * tables. Uses {@code spec}, {@code triple}, {@code json}, {@code io} and {@code diag}.
 */
package dev.targetspec.registry;
