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
        return "`target-c-int-width` and `c-enum-min-bits`, rounded up to whole bytes, are 8, 16, 32, 64 or 128 bits.";
    }

    @Override
    public void check(Target target, Findings findings) {
        for (String field : new String[] {"target-c-int-width", "c-enum-min-bits"}) {
            JsonNode n = target.at("/rustc/" + field);
            if (!n.isIntegralNumber()) {
                continue;
            }
            java.math.BigInteger bits = n.bigIntegerValue();
            java.math.BigInteger rounded = bits.add(java.math.BigInteger.valueOf(7)).shiftRight(3).shiftLeft(3);
            if (rounded.bitLength() > 62 || !WIDTHS.contains(rounded.longValue())) {
                findings.report("/rustc/" + field, "`" + field + "` is " + bits + ", but Rust has integers of 8, 16, "
                        + "32, 64 and 128 bits only.");
            }
        }
    }
}
