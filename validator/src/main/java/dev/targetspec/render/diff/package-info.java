/**
 * The semantic difference between two resolved targets. Uses {@code spec} and {@code json}.
 */
package dev.targetspec.render.diff;
