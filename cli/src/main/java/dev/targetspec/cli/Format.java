package dev.targetspec.cli;

/** Output forms of the commands whose output is data; each command accepts the ones that fit its output. */
enum Format {
    text, json, sarif
}
