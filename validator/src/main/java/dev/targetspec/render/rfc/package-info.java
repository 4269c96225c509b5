/**
 * RFC drafts for proposed targets: the template sections, the tier-3 checklist answered from the
 * validator's {@code proposal-*} diagnostics and from rustc. Uses {@code render},
 * {@code render.site}, {@code render.diff}, {@code render.rustc}, {@code spec}, {@code json} and
 * {@code diag}.
 */
package dev.targetspec.render.rfc;
