package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** The byte order in `data-layout` is `target-endian`. */
final class DataLayoutEndian implements Rule {
    @Override
    public String id() {
        return "data-layout-endian";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The endianness in `data-layout` agrees with `target-endian`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        String endian = target.text("/rustc/target-endian").orElse("little");
        target.text("/rustc/data-layout").flatMap(DataLayout::parse).ifPresent(layout -> {
            String claimed = layout.bigEndian() ? "big" : "little";
            if (!claimed.equals(endian)) {
                findings.report("/rustc/data-layout", "`data-layout` is " + claimed + "-endian but `target-endian` is `"
                        + endian + "`.");
            }
        });
    }
}
