package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** A hard-float target's chip has a floating-point unit. */
final class LayoutChipFpu extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.CHIP_FPU;
    }

    @Override
    public String summary() {
        return "A hard-float target is not given a chip whose core has no floating-point unit.";
    }
}
