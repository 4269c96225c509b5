package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** Alignments are powers of two and the stack size is a multiple of its alignment. */
final class LayoutAlignment extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.ALIGNMENT;
    }

    @Override
    public String summary() {
        return "Every alignment and `layout.page-size` is a power of two, and `layout.stack.size` is a multiple"
                + " of `layout.stack.align`.";
    }
}
