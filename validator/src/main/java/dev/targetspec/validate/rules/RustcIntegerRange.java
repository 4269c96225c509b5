package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.StrictJson;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Integer fields hold whole numbers, written without a decimal point, in the range of their Rust
 * type (the `format` of each field in rustc's schema: `uint16`, `uint32`, `uint64`). JSON Schema
 * treats `64.0` as an integer and does not check `format`; rustc's parser refuses both.
 */
final class RustcIntegerRange implements Rule {
    /** rustc field → bits of its unsigned type, from {@code schema/rustc-1.95.schema.json}. */
    private static final Map<String, Integer> BITS = new TreeMap<>();

    static {
        JsonNode schema = StrictJson.bundled("/dev/targetspec/schema/rustc-1.95.schema.json");
        schema.get("properties").properties().forEach(e -> {
            String format = e.getValue().path("format").asString("");
            if (format.matches("uint(8|16|32|64)")) {
                BITS.put(e.getKey(), Integer.parseInt(format.substring(4)));
            }
        });
    }

    @Override
    public String id() {
        return "rustc-integer-range";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Integer fields are whole numbers without a decimal point, within the range of their unsigned type.";
    }

    @Override
    public void check(Target target, Findings findings) {
        BITS.forEach((field, bits) -> check(target.at("/rustc/" + field), "/rustc/" + field, field, bits, findings));
        check(target.at("/metadata/tier"), "/metadata/tier", "metadata.tier", 64, findings);
    }

    private static void check(JsonNode n, String pointer, String field, int bits, Findings findings) {
        if (!n.isNumber()) {
            return;
        }
        if (!n.isIntegralNumber()) {
            findings.report(pointer, "`" + field + "` is " + n + "; write a whole number without a decimal point.");
            return;
        }
        BigInteger v = n.bigIntegerValue();
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.signum() < 0 || v.compareTo(max) > 0) {
            findings.report(pointer, "`" + field + "` is " + v + ", outside 0 to " + max + " (an unsigned " + bits
                    + "-bit number).");
        }
    }

}
