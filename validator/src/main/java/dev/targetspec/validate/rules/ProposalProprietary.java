package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A proposal states that building, linking and code generation need no proprietary library. */
final class ProposalProprietary implements Rule {
    @Override
    public String id() {
        return "proposal-proprietary";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target states `metadata.proprietary-dependencies` as an empty list.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        JsonNode deps = target.at("/metadata/proprietary-dependencies");
        if (!deps.isArray()) {
            findings.report(Proposals.at(target, "/metadata/proprietary-dependencies"), "A proposed target needs "
                    + "`metadata.proprietary-dependencies`, the proprietary libraries it needs; `[]` states there are none.");
            return;
        }
        List<String> named = new ArrayList<>();
        deps.forEach(d -> named.add("`" + (d.isString() ? d.asString() : d.toString()) + "`"));
        if (!named.isEmpty()) {
            findings.report("/metadata/proprietary-dependencies", "Building, linking or code generation must not "
                    + "depend on proprietary libraries, but `metadata.proprietary-dependencies` lists "
                    + String.join(", ", named) + ".");
        }
    }
}
