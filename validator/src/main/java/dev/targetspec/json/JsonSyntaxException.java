package dev.targetspec.json;

/** A file that is not strict, well-formed JSON within the limits. Carries a rule id and a location. */
public final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final Location location;

    public JsonSyntaxException(String rule, Location location, String message) {
        super(dev.targetspec.diag.Messages.oneLine(message), null, false, false);
        this.rule = rule;
        this.location = location;
    }

    /** `json-syntax`, `json-duplicate-key` or `json-limit`. */
    public String rule() {
        return rule;
    }

    public Location location() {
        return location;
    }
}
