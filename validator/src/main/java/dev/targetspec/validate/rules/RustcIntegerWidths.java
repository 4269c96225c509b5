package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The C `int` and minimum C `enum` widths are widths of Rust integers. */
final class RustcIntegerWidths implements Rule {
    private static final Set<Long> WIDTHS = Set.of(8L, 16L, 32L, 64L, 128L);

    @Override
    public String id() {
        return "rustc-integer-widths";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The C enum width (`c-enum-min-bits`, else `target-c-int-width`), rounded up to whole bytes, is 8, 16, 32, 64 or 128 bits.";
    }

    @Override
    public void check(Target target, Findings findings) {
        // rustc checks only the width it uses for C enums: `c-enum-min-bits`, else `target-c-int-width`.
        JsonNode min = target.at("/rustc/c-enum-min-bits");
        String field = min.isMissingNode() || min.isNull() ? "target-c-int-width" : "c-enum-min-bits";
        JsonNode n = target.at("/rustc/" + field);
        if (!n.isIntegralNumber()) {
            return;
        }
        java.math.BigInteger bits = n.bigIntegerValue();
        java.math.BigInteger rounded = bits.add(java.math.BigInteger.valueOf(7)).shiftRight(3).shiftLeft(3);
        if (rounded.bitLength() > 62 || !WIDTHS.contains(rounded.longValue())) {
            findings.report("/rustc/" + field, "`" + field + "` is " + bits + ", but Rust has integers of 8, 16, "
                    + "32, 64 and 128 bits only" + (field.equals("target-c-int-width") ? "" : " (rustc sizes C enums "
                    + "by `c-enum-min-bits` when it is set)") + ".");
        }
    }
}
