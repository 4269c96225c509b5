package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import tools.jackson.databind.JsonNode;

/** A proposal names its maintainers: one for tier 3, two for tier 2 or 1 (rustc's target tier policy). */
final class ProposalMaintainers implements Rule {
    @Override
    public String id() {
        return "proposal-maintainers";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target names at least one maintainer, and at least two when it asks for tier 2 or 1.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        long tier = target.integer("/metadata/tier").orElse(3L);
        int needed = tier <= 2 ? 2 : 1;
        int named = 0;
        for (JsonNode m : target.at("/metadata/maintainers")) {
            if (m.isString() && !m.asString().isBlank()) {
                named++;
            }
        }
        if (named < needed) {
            findings.report(Proposals.at(target, "/metadata/maintainers"), "A proposed " + (tier <= 2
                    ? "tier " + tier + " target needs at least 2 maintainers"
                    : "tier 3 target needs at least 1 maintainer") + " in `metadata.maintainers`, but it names "
                    + named + ".");
        }
    }
}
