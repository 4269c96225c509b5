package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.spec.layout.Problem;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * A rule about the {@code boot}, {@code layout} and {@code entry} sections. The checks live in
 * {@link LayoutReader}, which the renderers share, so a layout the validator accepts is one they
 * render; each rule reports the problems filed under its id.
 */
abstract class LayoutRule implements Rule {
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public final void check(Target target, Findings findings) {
        for (Problem p : LayoutReader.read(target).problems()) {
            if (p.rule().equals(id())) {
                findings.report(p.pointer(), p.message());
            }
        }
    }
}
