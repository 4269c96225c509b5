/**
 * The command line: picocli, one class per subcommand. Each command parses its options, calls one
 * library entry point and prints; errors are one line, {@code error: ...}, with exit codes 0 (ok),
 * 1 (invalid) and 2 (usage or I/O). The top layer: it may use every library package, and nothing
 * uses it.
 */
package dev.targetspec.cli;
