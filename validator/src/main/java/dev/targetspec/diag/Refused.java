package dev.targetspec.diag;

/**
 * A request the library cannot carry out as asked: an unknown name, a file it will not overwrite.
 * The message is one sentence that says why and what to do instead. Commands report it as a usage
 * error.
 */
public class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
        super(message, null, false, false);
    }
}
