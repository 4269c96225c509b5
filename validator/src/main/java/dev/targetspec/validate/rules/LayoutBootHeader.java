package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** A Multiboot header lands in the loader's search window with its alignment. */
final class LayoutBootHeader extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.BOOT_HEADER;
    }

    @Override
    public String summary() {
        return "A Multiboot 1 header lands in the first 8 KiB of the file, 4-byte aligned; a Multiboot 2 header"
                + " in the first 32 KiB, 8-byte aligned.";
    }
}
