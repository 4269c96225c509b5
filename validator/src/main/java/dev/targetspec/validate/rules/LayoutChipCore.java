package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** The chip of `layout.chip` can run the target's code. */
final class LayoutChipCore extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.CHIP_CORE;
    }

    @Override
    public String summary() {
        return "The chip a layout names has a core that runs the target's instruction set.";
    }
}
