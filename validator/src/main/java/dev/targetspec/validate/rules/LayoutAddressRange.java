package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Every address and size of `layout` fits in 64 bits, and so does the end of every region. */
final class LayoutAddressRange implements Rule {
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(64);
    /** The forms of the schema's {@code $defs/address}; other text is the schema's to report. */
    private static final Pattern FORM = Pattern.compile("0x([0-9A-Fa-f]{1,16})|([0-9]{1,20})([KMG]?)");
    private static final List<String> SINGLE = List.of("/layout/load-base", "/layout/virtual-base",
            "/layout/page-size", "/layout/stack/size", "/layout/stack/align");

    @Override
    public String id() {
        return "layout-address-range";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Every address and size in `layout` fits in 64 bits, and every region ends within 64 bits.";
    }

    @Override
    public void check(Target target, Findings findings) {
        for (String pointer : SINGLE) {
            value(target, pointer, findings);
        }
        JsonNode sections = target.at("/layout/sections");
        for (int i = 0; sections.isArray() && i < sections.size(); i++) {
            value(target, JsonPointer.child(JsonPointer.child("/layout/sections", i), "align"), findings);
        }
        JsonNode regions = target.at("/layout/regions");
        for (int i = 0; regions.isArray() && i < regions.size(); i++) {
            String region = JsonPointer.child("/layout/regions", i);
            Optional<BigInteger> origin = value(target, region + "/origin", findings);
            Optional<BigInteger> length = value(target, region + "/length", findings);
            if (origin.isPresent() && length.isPresent() && origin.get().add(length.get()).compareTo(LIMIT) > 0) {
                findings.report(region + "/length", "Region `" + field(region) + "` starts at 0x"
                        + origin.get().toString(16) + " and is 0x" + length.get().toString(16)
                        + " bytes long, so it ends past the 64-bit address space.");
            }
        }
    }

    /** The value at {@code pointer} when it is an address that fits; reports one that does not. */
    private static Optional<BigInteger> value(Target target, String pointer, Findings findings) {
        Optional<String> text = target.text(pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.get());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigInteger v = m.group(1) != null ? new BigInteger(m.group(1), 16)
                : new BigInteger(m.group(2)).shiftLeft(switch (m.group(3)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    case "G" -> 30;
                    default -> 0;
                });
        if (v.compareTo(LIMIT) >= 0) {
            findings.report(pointer, "`" + field(pointer) + "` is `" + text.get()
                    + "`, which does not fit in 64 bits; the largest address is `0xffffffffffffffff`.");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private static String field(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }
}
