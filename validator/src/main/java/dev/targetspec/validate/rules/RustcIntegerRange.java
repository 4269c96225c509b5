package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
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
    /** rustc field → bits of its unsigned type, from the profile's rustc schema. */
    private final Map<String, Integer> bits = new TreeMap<>();

    RustcIntegerRange(Profile profile) {
        JsonNode schema = profile.rustcSchema();
        schema.get("properties").properties().forEach(e -> {
            String format = e.getValue().path("format").asString("");
            if (format.matches("uint(8|16|32|64)")) {
                bits.put(e.getKey(), Integer.parseInt(format.substring(4)));
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
        bits.forEach((field, n) -> check(target.at("/rustc/" + field), "/rustc/" + field, field, n, findings));
        check(target.at("/metadata/tier"), "/metadata/tier", "metadata.tier", 64, findings);
        // The LLVM version of `inline-or-call` stack probes: three u32s.
        // rustc reads the version only for `inline-or-call`; with another kind the member is ignored.
        JsonNode version = target.at("/rustc/stack-probes/kind").asString("").equals("inline-or-call")
                ? target.at("/rustc/stack-probes/min-llvm-version-for-inline") : tools.jackson.databind.node.MissingNode.getInstance();
        for (int i = 0; version.isArray() && i < version.size(); i++) {
            check(version.get(i), "/rustc/stack-probes/min-llvm-version-for-inline/" + i,
                    "stack-probes.min-llvm-version-for-inline[" + i + "]", 32, findings);
        }
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
