package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.TreeSet;

/** A proposal's name uses only letters, digits, `-` and `_`: periods break Cargo (rustc's target tier policy). */
final class ProposalName implements Rule {
    @Override
    public String id() {
        return "proposal-name";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target's name has only ASCII letters, digits, `-` and `_`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        String name = target.triple();
        TreeSet<String> bad = new TreeSet<>();
        name.codePoints().filter(c -> !(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')))
                .forEach(c -> bad.add(new String(Character.toChars(c))));
        if (!bad.isEmpty()) {
            findings.report("/triple", "The name `" + name + "` contains " + String.join(" ", bad.stream()
                    .map(c -> "`" + c + "`").toList()) + "; a target name may use only ASCII letters, digits, `-` and `_`.");
        }
    }
}
