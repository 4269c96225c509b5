package dev.targetspec.triple;

import dev.targetspec.diag.Messages;

/**
 * A configuration name that GNU config.sub rejects. The message is one
 * sentence naming the bad component, in config.sub's own words.
 */
public final class InvalidTripleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String component;

    InvalidTripleException(String name, String component, String message) {
        super(Messages.oneLine(message));
        this.name = name;
        this.component = component;
    }

    /** The name as given. */
    public String name() {
        return name;
    }

    /** Which part is wrong: "cpu", "os", "kernel", "object format" or "name". */
    public String component() {
        return component;
    }
}
