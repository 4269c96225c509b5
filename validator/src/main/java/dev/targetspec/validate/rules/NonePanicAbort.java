package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** A bare-metal target aborts on panic: there is no unwinder without an OS. */
final class NonePanicAbort implements Rule {
    @Override
    public String id() {
        return "none-panic-abort";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public boolean convention() {
        return true;
    }

    @Override
    public String summary() {
        return "A target whose `os` is `none` sets `panic-strategy` to `abort`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        String os = target.text("/rustc/os").orElse("none");
        String panic = target.text("/rustc/panic-strategy").orElse("unwind");
        if (os.equals("none") && !panic.equals("abort")) {
            findings.report("/rustc/panic-strategy", "`os` is `none` but `panic-strategy` is `" + panic
                    + "`; with no OS there is no unwinder, so set `panic-strategy` to `abort`.");
        }
    }
}
