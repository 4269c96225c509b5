package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/** A proposal states that what it adds is licensed like the Rust repository: MIT OR Apache-2.0. */
final class ProposalLicense implements Rule {
    private static final Set<String> ACCEPTED = Set.of("MIT OR Apache-2.0", "Apache-2.0 OR MIT");

    @Override
    public String id() {
        return "proposal-license";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target states `metadata.license` as `MIT OR Apache-2.0`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        String license = Proposals.statement(target, "/metadata/license").orElse(null);
        if (license == null) {
            findings.report(Proposals.at(target, "/metadata/license"), "A proposed target needs `metadata.license`, "
                    + "the license of what it adds to the compiler; set it to `MIT OR Apache-2.0`.");
        } else if (!ACCEPTED.contains(license.strip().replaceAll("\\s+", " "))) {
            findings.report("/metadata/license", "`metadata.license` is `" + license + "`, but everything in the "
                    + "Rust repository is `MIT OR Apache-2.0`.");
        }
    }
}
