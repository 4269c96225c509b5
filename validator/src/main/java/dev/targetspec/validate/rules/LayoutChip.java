package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** The chip of `layout.chip` is in the registry's chip database. */
final class LayoutChip extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.CHIP;
    }

    @Override
    public String summary() {
        return "A `layout.chip` names a chip of the chip database that has boot flash and RAM, and not together with `layout.memory-x`.";
    }
}
