package dev.targetspec.validate.rules;

import dev.targetspec.spec.layout.LayoutReader;

/** Addresses and sizes in `layout` parse and fit 64 bits. */
final class LayoutAddress extends LayoutRule {
    @Override
    public String id() {
        return LayoutReader.ADDRESS;
    }

    @Override
    public String summary() {
        return "Every address and size in `layout` is `0x` hexadecimal or decimal with `K`, `M` or `G`, and "
                + "fits 64 bits.";
    }
}
