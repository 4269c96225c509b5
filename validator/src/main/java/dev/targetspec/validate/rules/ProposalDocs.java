package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** A proposal documents how to build for the target and how to run its programs and tests. */
final class ProposalDocs implements Rule {
    @Override
    public String id() {
        return "proposal-docs";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target has `metadata.building` and `metadata.testing`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        if (Proposals.statement(target, "/metadata/building").isEmpty()) {
            findings.report(Proposals.at(target, "/metadata/building"), "A proposed target needs "
                    + "`metadata.building`: how to build its standard library and programs, cross-compiling where possible.");
        }
        if (Proposals.statement(target, "/metadata/testing").isEmpty()) {
            findings.report(Proposals.at(target, "/metadata/testing"), "A proposed target needs "
                    + "`metadata.testing`: how to run its programs and tests, with an emulator where possible.");
        }
    }
}
