package dev.targetspec.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks a resolved document against {@code schema/target-spec.schema.json}, whose {@code rustc}
 * member refers to rustc's own schema. The schemas ship inside the jar; nothing is fetched.
 */
final class SchemaCheck {
    /** A base that never resolves on any network: the schemas are served from the jar by name. */
    private static final String BASE = "https://targetspec.invalid/schema/";
    static final String RULE = "schema";

    private final Schema schema;

    SchemaCheck() {
        Map<String, String> files = Map.of(
                BASE + "target-spec.schema.json", resource("target-spec.schema.json"),
                BASE + "rustc-1.95.schema.json", resource("rustc-1.95.schema.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(files).nodeReader(new StrictReader()));
        schema = registry.getSchema(SchemaLocation.of(BASE + "target-spec.schema.json"));
    }

    /**
     * Each violation as a pointer and a sentence; one sentence per field.
     *
     * @param fieldName how a pointer into {@code doc} is named in a message
     */
    List<Violation> check(JsonNode doc, Function<String, String> fieldName) {
        List<Violation> out = new ArrayList<>();
        hugeDecimals(doc, "", fieldName, out);
        if (!out.isEmpty()) {
            // The schema library fails on them (it reads a bound as a long); the file is invalid anyway.
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Error e : schema.validate(withAliasesResolved(doc))) {
            String pointer = pointer(e.getInstanceLocation());
            String property = e.getProperty();
            if (property != null && ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))) {
                pointer = JsonPointer.child(pointer, property);
            }
            Violation v = new Violation(pointer, sentence(e, pointer, doc, fieldName));
            if (v.message() != null && seen.add(v.pointer() + "\n" + v.message())) {
                out.add(v);
            }
        }
        return collapse(out);
    }

    /**
     * rustc 1.95 still reads the old name `x86-softfloat` as `softfloat`, though its schema lists only
     * the new name; the schema sees the name rustc uses.
     */
    private static JsonNode withAliasesResolved(JsonNode doc) {
        JsonNode abi = JsonPointer.at(doc, "/rustc/rustc-abi");
        if (!abi.isString() || !abi.asString().equals("x86-softfloat")) {
            return doc;
        }
        JsonNode copy = doc.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy.get("rustc")).put("rustc-abi", "softfloat");
        return copy;
    }

    /** Numbers written with a fraction or exponent whose size is beyond a 64-bit integer, such as {@code 1e300}. */
    private static void hugeDecimals(JsonNode n, String pointer, Function<String, String> fieldName, List<Violation> out) {
        if (n.isNumber() && !n.isIntegralNumber() && !n.canConvertToLong()) {
            out.add(new Violation(pointer, "Field `" + fieldName.apply(pointer) + "` is " + n + ", which is out of range."));
        } else if (n.isObject()) {
            n.properties().forEach(e -> hugeDecimals(e.getValue(), JsonPointer.child(pointer, e.getKey()), fieldName, out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                hugeDecimals(n.get(i), JsonPointer.child(pointer, i), fieldName, out);
            }
        }
    }

    /** A value that fails a type check and an `anyOf` check is reported once, by the clearer message. */
    private static List<Violation> collapse(List<Violation> all) {
        Map<String, List<Violation>> byPointer = all.stream()
                .collect(Collectors.groupingBy(Violation::pointer, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Violation> out = new ArrayList<>();
        byPointer.values().forEach(list -> {
            List<Violation> specific = list.stream().filter(v -> !v.message().contains("does not match any")).toList();
            out.addAll(specific.isEmpty() ? list : specific);
        });
        return out;
    }

    private static String sentence(Error e, String pointer, JsonNode doc, Function<String, String> fieldName) {
        String field = "`" + fieldName.apply(pointer) + "`";
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        JsonNode value = doc.at(pointer);
        switch (e.getKeyword()) {
            case "required":
                return "Required field " + field + " is missing.";
            case "additionalProperties":
                return "Unknown field " + field + "; the schema does not define it.";
            case "type":
                return "Field " + field + " must be " + typeWords(args.length > 1 ? String.valueOf(args[1]) : "")
                        + ", not " + kind(value) + ".";
            case "enum":
                return "Field " + field + " has value " + shown(value) + ", which is not one of "
                        + (args.length > 0 ? String.valueOf(args[0]) : "the allowed values") + ".";
            case "pattern":
                return "Field " + field + " has value " + shown(value) + ", which does not have the required form"
                        + (value.isString() ? dev.targetspec.diag.Messages.nonAsciiNote(value.asString()) : "") + ".";
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return "Field " + field + " is " + value + ", which is out of range.";
            case "minLength":
                return "Field " + field + " must not be empty.";
            case "maxLength":
                return "Field " + field + " is too long.";
            case "not":
                return "Field " + field + " must not be set here; `metadata` belongs at the top level.";
            case "anyOf":
            case "oneOf":
                return "Field " + field + " has value " + shown(value) + ", which does not match any allowed form.";
            case "allOf":
            case "$ref":
                return null;
            default:
                return "Field " + field + ": " + e.getMessage().replaceFirst("^\\S+: ", "") + ".";
        }
    }

    private static String typeWords(String types) {
        String t = types.replaceAll("[\\[\\]\"]", "");
        return java.util.Arrays.stream(t.split(",\\s*"))
                .filter(s -> !s.isBlank() && !s.equals("null"))
                .map(s -> switch (s) {
                    case "object" -> "an object";
                    case "array" -> "an array";
                    case "integer" -> "an integer";
                    default -> "a " + s;
                })
                .collect(Collectors.joining(" or "));
    }

    private static String kind(JsonNode v) {
        if (v.isString()) {
            return "a string";
        }
        if (v.isIntegralNumber()) {
            return "an integer";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String shown(JsonNode v) {
        String s = v.isString() ? "`" + v.asString() + "`" : String.valueOf(v);
        return s.length() > 80 ? s.substring(0, 77) + "…`" : s;
    }

    private static String pointer(NodePath path) {
        String p = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            p = el instanceof Integer index ? JsonPointer.child(p, index) : JsonPointer.child(p, String.valueOf(el));
        }
        return p;
    }

    /** Reads the bundled schemas with the tool's own JSON reader, rather than building an object mapper for them. */
    private static final class StrictReader implements NodeReader {
        @Override
        public JsonNode readTree(String content, InputFormat format) {
            return read(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public JsonNode readTree(InputStream in, InputFormat format) {
            try {
                return read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static JsonNode read(byte[] bytes) {
            try {
                JsonNode root = StrictJson.parse(bytes).root();
                quoteEnums(root);
                return root;
            } catch (JsonSyntaxException e) {
                throw new IllegalStateException("a bundled schema is not valid JSON: " + e.getMessage(), e);
            }
        }

        /**
         * The schema library turns each {@code enum} value into text with {@code toString()}, which for
         * a Jackson node starts a whole object mapper: more than half the cost of building the schema.
         * The values of every {@code enum} become strings that print themselves.
         */
        private static void quoteEnums(JsonNode n) {
            if (n.isObject()) {
                JsonNode values = n.get("enum");
                if (values instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isString()) {
                            array.set(i, new QuotedString(array.get(i).asString()));
                        }
                    }
                }
                n.forEach(StrictReader::quoteEnums);
            } else if (n.isArray()) {
                n.forEach(StrictReader::quoteEnums);
            }
        }
    }

    /** A string node whose {@code toString()} is its JSON text, written without an object mapper. */
    private static final class QuotedString extends StringNode {
        private static final long serialVersionUID = 1L;

        QuotedString(String value) {
            super(value);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(_value.length() + 2).append('"');
            for (int i = 0; i < _value.length(); i++) {
                char c = _value.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }

    private static String resource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/dev/targetspec/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Violation(String pointer, String message) {
    }
}
