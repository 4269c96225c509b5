/**
 * The language server for target files ({@code targetspec lsp}), built on Eclipse LSP4J: diagnostics
 * from the validator on every change, hover, completion, quick fixes and go-to-definition on
 * {@code inherits}. It depends on the library; the library never on it.
 */
package dev.targetspec.lsp;
