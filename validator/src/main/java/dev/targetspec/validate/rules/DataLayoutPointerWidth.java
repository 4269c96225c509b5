package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** The pointer size in `data-layout` is `target-pointer-width`. */
final class DataLayoutPointerWidth implements Rule {
    @Override
    public String id() {
        return "data-layout-pointer-width";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The pointer size in `data-layout` agrees with `target-pointer-width`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.integer("/rustc/target-pointer-width").ifPresent(width -> target.text("/rustc/data-layout")
                .flatMap(DataLayout::parse)
                .filter(layout -> layout.pointerBits() != width)
                .ifPresent(layout -> findings.report("/rustc/data-layout", "`data-layout` has "
                        + layout.pointerBits() + "-bit pointers but `target-pointer-width` is " + width + ".")));
    }
}
