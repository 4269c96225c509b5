/**
 * The documentation site (HTML or mdBook Markdown): an index and a page per target with its resolved
 * spec, diff and catalog artifacts. Uses {@code render}, {@code render.diff}, {@code registry},
 * {@code spec}, {@code io}, {@code json} and {@code diag}, and Mustache templates.
 */
package dev.targetspec.render.site;
