package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** A proposal says in one sentence what the target is, for rustc's platform-support list. */
final class ProposalDescription implements Rule {
    @Override
    public String id() {
        return "proposal-description";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target has a non-empty `metadata.description`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (Proposals.isProposal(target) && Proposals.statement(target, "/metadata/description").isEmpty()) {
            findings.report(Proposals.at(target, "/metadata/description"), "A proposed target needs a one-sentence "
                    + "`metadata.description` of what it is for, but it has none.");
        }
    }
}
