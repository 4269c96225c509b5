package dev.targetspec.validate.rules;

import dev.targetspec.spec.Target;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** What the proposal rules share: which targets they apply to, and reading the metadata they check. */
final class Proposals {
    private Proposals() {
    }

    /** Whether {@code target} is a proposal: {@code metadata.status} is {@code proposed}. */
    static boolean isProposal(Target target) {
        return target.text("/metadata/status").filter("proposed"::equals).isPresent();
    }

    /** The non-blank string at {@code pointer}. */
    static Optional<String> statement(Target target, String pointer) {
        JsonNode n = target.at(pointer);
        return n.isString() && !n.asString().isBlank() ? Optional.of(n.asString()) : Optional.empty();
    }

    /** Where to report a missing metadata field: the field if it is there in some form, else {@code /metadata}. */
    static String at(Target target, String pointer) {
        return target.at(pointer).isMissingNode() ? "/metadata" : pointer;
    }
}
