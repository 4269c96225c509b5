package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** The code model can reach the addresses the layout links at. */
final class LayoutCodeModel extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.CODE_MODEL;
    }

    @Override
    public String summary() {
        return "With `code-model` `kernel` the program is linked in the top 2 GiB, or below 2 GiB when static; "
                + "with `small` and static relocation, below 2 GiB.";
    }
}
