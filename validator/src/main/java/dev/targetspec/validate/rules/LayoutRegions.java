package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** Regions do not overlap and sections and the stack fit the regions they name. */
final class LayoutRegions extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.REGIONS;
    }

    @Override
    public String summary() {
        return "Memory regions do not overlap, sections name regions that exist, and the stack fits its region.";
    }
}
