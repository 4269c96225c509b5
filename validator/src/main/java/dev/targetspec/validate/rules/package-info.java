/**
 * The semantic rules, one small final class each with a stable id, a severity, a summary and a page in
 * {@code docs/rules/}: what rustc checks when it loads a target, starts a session and generates code,
 * what LLVM enforces later, and the registry's own conventions. Uses {@code validate},
 * {@code spec}, {@code spec.layout}, {@code triple}, {@code json} and {@code diag}.
 */
package dev.targetspec.validate.rules;
