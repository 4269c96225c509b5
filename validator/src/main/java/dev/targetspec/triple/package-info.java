/**
 * Target triples: LLVM's and GNU config.sub's parsing and normalization, and the naming rules of
 * targets (components, collisions, near-misses). Uses {@code diag} only.
 */
package dev.targetspec.triple;
