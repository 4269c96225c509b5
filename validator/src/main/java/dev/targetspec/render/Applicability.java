package dev.targetspec.render;

import dev.targetspec.spec.layout.Problem;
import java.util.List;

/**
 * Whether an artifact can be rendered for a target: it applies; it does not apply, and why (a boot
 * header for a target without Multiboot); or it would apply, but problems in the spec stop it.
 *
 * @param kind which of the three
 * @param reason for {@link Kind#DOES_NOT_APPLY}, one sentence saying why; otherwise empty
 * @param problems for {@link Kind#BLOCKED}, the problems, each with its rule and pointer; otherwise empty
 */
public record Applicability(Kind kind, String reason, List<Problem> problems) {
    /** The three answers. */
    public enum Kind {
        APPLIES, DOES_NOT_APPLY, BLOCKED
    }

    /** The artifact applies. */
    public static final Applicability APPLIES = new Applicability(Kind.APPLIES, "", List.of());

    public Applicability {
        problems = List.copyOf(problems);
    }

    public static Applicability doesNotApply(String reason) {
        return new Applicability(Kind.DOES_NOT_APPLY, reason, List.of());
    }

    public static Applicability blocked(String reason, List<Problem> problems) {
        return new Applicability(Kind.BLOCKED, reason, problems);
    }

    /** What a {@link RenderException} says: blocked when it carries problems, else does not apply. */
    public static Applicability of(RenderException e) {
        return e.problems().isEmpty() ? doesNotApply(e.getMessage()) : blocked(e.getMessage(), e.problems());
    }

    public boolean applies() {
        return kind == Kind.APPLIES;
    }
}
