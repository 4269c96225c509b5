package dev.targetspec.cli;

/** The exit codes of every command. */
final class ExitCodes {
    /** Everything was valid and written. */
    static final int OK = 0;
    /** Some spec is invalid. */
    static final int INVALID = 1;
    /** A usage or I/O error. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
