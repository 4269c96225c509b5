package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** Names that reach a linker script or assembly file are ones they can hold. */
final class LayoutName extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.NAME;
    }

    @Override
    public String summary() {
        return "Section, region and symbol names in `layout`, `boot` and `entry` can be written bare where the"
                + " generated files put them, and none is listed twice.";
    }
}
