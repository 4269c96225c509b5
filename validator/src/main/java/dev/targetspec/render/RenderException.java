package dev.targetspec.render;

import dev.targetspec.spec.layout.Problem;
import java.util.List;

/** A target cannot be rendered: it has no layout, or its layout has problems. */
public final class RenderException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public RenderException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The problems with their rules, {@code message [rule]} one after another, or else the message. */
    public String detail() {
        return problems.isEmpty() ? getMessage() : String.join(" ", problems.stream()
                .map(p -> p.message() + " [" + p.rule() + "]").toList());
    }

    /** The problems, each with the rule id and pointer a validator diagnostic would carry; maybe empty. */
    public List<Problem> problems() {
        return problems;
    }
}
