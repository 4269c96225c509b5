/**
 * rustc profiles: what one rustc release accepts and what its LLVM does, as data recorded from that
 * rustc by {@code targetspec import rustc} (its schema, built-in targets, CPUs and features per arch,
 * which CPUs are fatal, which arches it can lower calls for, which strings reach LLVM as C strings,
 * which LLVM backends and options it has). The validator judges a target for one profile. Uses
 * {@code json}.
 */
package dev.targetspec.profile;
