package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `triple` equals the file name, so a target is found where its name says. */
final class TripleMatchesFile implements Rule {
    @Override
    public String id() {
        return "triple-matches-file";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public boolean convention() {
        return true;
    }

    @Override
    public String summary() {
        return "`triple` equals the file name without `.json`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        SpecFile file = target.file();
        target.text("/triple").filter(t -> !t.equals(file.stem())).ifPresent(t -> findings.report("/triple",
                "`triple` is `" + t + "` but the file is named `" + file.stem() + ".json`; rename one to match."));
    }
}
