package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import tools.jackson.databind.JsonNode;

/** `min-global-align`, in bits, is a power-of-two number of bytes of at most 2^29. */
final class RustcMinGlobalAlign implements Rule {
    @Override
    public String id() {
        return "rustc-min-global-align";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`min-global-align` is given in bits and is 0 or a power-of-two number of bytes, at most 2^29 bytes.";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode n = target.at("/rustc/min-global-align");
        // A u64 (other values are the schema's to refuse), rounded up to whole bytes as rustc does.
        if (!n.isIntegralNumber() || n.bigIntegerValue().signum() < 0 || n.bigIntegerValue().bitLength() > 64) {
            return;
        }
        java.math.BigInteger bits = n.bigIntegerValue();
        java.math.BigInteger whole = bits.add(java.math.BigInteger.valueOf(7)).shiftRight(3);
        long bytes = whole.bitLength() > 40 ? Long.MAX_VALUE : whole.longValue();
        if (bytes > (1L << 29)) {
            findings.report("/rustc/min-global-align", "`min-global-align` is " + bits + " bits, more than the largest "
                    + "alignment rustc supports (2^29 bytes).");
        } else if (bytes != 0 && Long.bitCount(bytes) != 1) {
            findings.report("/rustc/min-global-align", "`min-global-align` is " + bits + " bits, which is not a "
                    + "power-of-two number of bytes; it is given in bits, so 16 bytes is 128.");
        }
    }
}
