package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** The `memory.x` of `layout.memory-x` can be read. */
final class LayoutMemoryX extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.MEMORY_X;
    }

    @Override
    public String summary() {
        return "A `layout.memory-x` names a readable memory.x that holds only regions, region aliases and the symbols targetspec reads.";
    }
}
