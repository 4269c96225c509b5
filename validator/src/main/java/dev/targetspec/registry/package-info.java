/**
 * The registry: the spec files of a folder by triple, inheritance resolved between them, finding the
 * spec a command names, and importing rustc's built-in targets and tables. Uses {@code spec},
 * {@code json}, {@code io} and {@code diag}.
 */
package dev.targetspec.registry;
