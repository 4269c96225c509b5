package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** A Multiboot kernel is loaded at physical addresses a 32-bit loader can reach. */
final class LayoutGrubPhysical extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.GRUB_PHYSICAL;
    }

    @Override
    public String summary() {
        return "A Multiboot kernel, higher-half or not, is loaded between 1 MiB and 4 GiB of physical memory.";
    }
}
