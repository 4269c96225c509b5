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
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            return;
        }
        long bits = n.asLong();
        long bytes = (bits + 7) / 8;
        if (bytes > (1L << 29)) {
            findings.report("/rustc/min-global-align", "`min-global-align` is " + bits + " bits, more than the largest "
                    + "alignment rustc supports (2^29 bytes).");
        } else if (bytes != 0 && Long.bitCount(bytes) != 1) {
            findings.report("/rustc/min-global-align", "`min-global-align` is " + bits + " bits, which is not a "
                    + "power-of-two number of bytes; it is given in bits, so 16 bytes is 128.");
        }
    }
}
