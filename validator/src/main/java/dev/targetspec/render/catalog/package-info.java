/**
 * The artifact catalog: the one list of every artifact, in page order, that {@code render},
 * {@code docs}, {@code new} and {@code rfc} read, and how a command's choice of artifact and format
 * is checked. Uses the artifact packages and {@code render}.
 */
package dev.targetspec.render.catalog;
