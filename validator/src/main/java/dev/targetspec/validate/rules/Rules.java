package dev.targetspec.validate.rules;

import dev.targetspec.validate.Rule;
import java.util.List;

/** Every semantic rule, in the order they run. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new TripleMatchesFile(),
                new TripleComponents(),
                new LlvmTargetArch(),
                new DataLayoutEndian(),
                new DataLayoutPointerWidth(),
                new NonePanicAbort(),
                new VariantBootProtocol(),
                new VariantObjectFormat(),
                new LayoutAddress(),
                new LayoutName(),
                new LayoutAlignment(),
                new LayoutRegions(),
                new LayoutBootHeader(),
                new LayoutCodeModel(),
                new LayoutGrubPhysical());
    }
}
