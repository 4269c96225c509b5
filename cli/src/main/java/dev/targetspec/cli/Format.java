package dev.targetspec.cli;

/** Output forms; each command accepts the ones that fit its output. */
enum Format {
    text, json, sarif, markdown, ld
}
