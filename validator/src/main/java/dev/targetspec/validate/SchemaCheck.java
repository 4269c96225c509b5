package dev.targetspec.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.profile.FormatHistory;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import dev.targetspec.profile.Profile;
import dev.targetspec.profile.Profiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /**
     * Fields whose form rustc's schema gets wrong: it refuses `llvm-arg=` with an empty argument, which
     * rustc takes. Their rules judge them as rustc parses them.
     */
    private static final Set<String> RUSTC_JUDGES = Set.of("/rustc/small-data-threshold-support");

    private final Schema schema;
    private final Profile profile;
    private final Set<String> rustcFields;
    private final JsonNode rustcProperties;
    private final FormatHistory history = FormatHistory.bundled();

    /**
     * The registry schema with the rustc schema of {@code profile}. The registry schema refers to the
     * default profile's file by name (so that editors find it); for another profile, that name serves
     * the profile's own schema.
     */
    SchemaCheck(Profile profile) {
        Map<String, String> files = Map.of(
                BASE + "target-spec.schema.json", resource("target-spec.schema.json"),
                BASE + Profiles.standard().schema(), resource(profile.schema()));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(files).nodeReader(new StrictReader()));
        schema = registry.getSchema(SchemaLocation.of(BASE + "target-spec.schema.json"));
        this.profile = profile;
        Set<String> fields = new java.util.TreeSet<>();
        this.rustcProperties = profile.rustcSchema().path("properties");
        rustcProperties.propertyNames().forEach(fields::add);
        this.rustcFields = Set.copyOf(fields);
    }

    /**
     * Each violation as a pointer and a sentence; one sentence per field.
     *
     * @param fieldName how a pointer into {@code doc} is named in a message
     */
    List<Violation> check(JsonNode doc, Function<String, String> fieldName) {
        List<Violation> out = new ArrayList<>();
        if (hasHugeDecimal(doc)) {
            hugeDecimals(doc, "", fieldName, out);
            // The schema library fails on them (it reads a bound as a long); the file is invalid anyway.
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Error e : schema.validate(withAliasesResolved(doc))) {
            String property = e.getProperty();
            String pointer = property != null && ("required".equals(e.getKeyword())
                    || "additionalProperties".equals(e.getKeyword()))
                    ? JsonPointer.child(pointer(e.getInstanceLocation()), property) : pointer(e.getInstanceLocation());
            if (RUSTC_JUDGES.contains(pointer)) {
                continue;
            }
            Violation v = rustcField(pointer).flatMap(f -> fromHistory(e.getKeyword(), f, pointer, doc))
                    .or(() -> unknownSanitizer(e.getKeyword(), pointer, doc))
                    .orElseGet(() -> new Violation(pointer, sentence(e, pointer, doc, fieldName)));
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

    private static boolean isHugeDecimal(JsonNode n) {
        return n.isNumber() && !n.isIntegralNumber() && !n.canConvertToLong();
    }

    /** Whether there is a number that {@link #hugeDecimals} reports: most files have none, and need no pointers built. */
    private static boolean hasHugeDecimal(JsonNode n) {
        if (isHugeDecimal(n)) {
            return true;
        }
        if (n.isContainer()) {
            for (JsonNode child : n.values()) {
                if (hasHugeDecimal(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Numbers written with a fraction or exponent whose size is beyond a 64-bit integer, such as {@code 1e300}. */
    private static void hugeDecimals(JsonNode n, String pointer, Function<String, String> fieldName, List<Violation> out) {
        if (isHugeDecimal(n)) {
            out.add(new Violation(pointer, "Field `" + fieldName.apply(pointer) + "` is " + n + ", which is out of range."));
        } else if (n.isObject()) {
            n.properties().forEach(e -> hugeDecimals(e.getValue(), JsonPointer.child(pointer, e.getKey()), fieldName, out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                hugeDecimals(n.get(i), JsonPointer.child(pointer, i), fieldName, out);
            }
        }
    }

    /**
     * A sanitizer this rustc does not know, in `supported-sanitizers` or `default-sanitizers`: a file written
     * for a later rustc. No program built with this rustc can use it, so it goes.
     */
    private Optional<Violation> unknownSanitizer(String keyword, String pointer, JsonNode doc) {
        if (!"enum".equals(keyword) || !pointer.matches("/rustc/(supported|default)-sanitizers/[0-9]+")) {
            return Optional.empty();
        }
        String name = JsonPointer.at(doc, pointer).asString("");
        String list = JsonPointer.lastToken(JsonPointer.parent(pointer));
        return Optional.of(new Violation(pointer, "`" + list + "` names `" + name + "`, a sanitizer rustc "
                + profile.version() + " does not have, and rejects the file; remove it (a later rustc may know it).",
                Optional.of(new Fix("Remove `" + name + "` from `" + list + "`.", Fix.Edit.remove(pointer)))));
    }

    /** The pointer width a data layout gives: its `p:` (address space 0) entry, else LLVM's default of 64. */
    private static int pointerWidth(String layout) {
        for (String part : layout.split("-")) {
            if (part.startsWith("p:")) {
                return Integer.parseInt(part.split(":")[1]);
            }
        }
        return 64;
    }

    /** The name of a field of the {@code rustc} member that {@code pointer} points at directly. */
    private static Optional<String> rustcField(String pointer) {
        return pointer.startsWith("/rustc/") && pointer.indexOf('/', "/rustc/".length()) < 0
                ? Optional.of(JsonPointer.lastToken(pointer)) : Optional.empty();
    }

    /**
     * A sentence, and a fix, for a field whose problem comes from a change of the format: a renamed,
     * replaced or removed field, a value of the old type, a field written in snake_case; or, for another
     * unknown field, the known fields it is near. Empty when the problem is none of these.
     */
    private Optional<Violation> fromHistory(String keyword, String field, String pointer, JsonNode doc) {
        JsonNode value = doc.at(pointer);
        String rustc = "rustc " + profile.version();
        if ("additionalProperties".equals(keyword)) {
            var renamed = history.renamed(field).filter(c -> rustcFields.contains(c.to()));
            if (renamed.isPresent() && !doc.path("rustc").has(renamed.get().to())) {
                String to = renamed.get().to();
                return Optional.of(new Violation(pointer, "`" + field + "` was renamed `" + to + "` in rustc "
                        + renamed.get().since() + ", and " + rustc + " rejects the old name: rename it.", Optional.of(
                                new Fix("Rename `" + field + "` to `" + to + "`.", Fix.Edit.rename(pointer,
                                        JsonPointer.child("/rustc", to))).since(renamed.get().since()))));
            }
            var replaced = history.replaced(field).filter(c -> rustcFields.contains(c.to()));
            if (replaced.isPresent()) {
                var c = replaced.get();
                Optional<JsonNode> now = c.map(value);
                String write = now.map(n -> n.isNull() ? "delete it" : "write `\"" + c.to() + "\": " + n + "` instead")
                        .orElse("write `" + c.to() + "` instead");
                Optional<Fix> fix = now.filter(n -> !doc.path("rustc").has(c.to())).map(n -> n.isNull()
                        ? new Fix("Delete `" + field + "`.", Fix.Edit.remove(pointer))
                        : new Fix("Replace `" + field + "` with `\"" + c.to() + "\": " + n + "`.", Fix.Edit.remove(pointer),
                                Fix.Edit.add(JsonPointer.child("/rustc", c.to()), n))).map(f -> f.since(c.since()));
                return Optional.of(new Violation(pointer, "`" + field + "` was replaced by `" + c.to() + "` in rustc "
                        + c.since() + ", and " + rustc + " rejects it: " + write + ".", fix));
            }
            var removed = history.removed(field);
            if (removed.isPresent()) {
                var c = removed.get();
                return Optional.of(new Violation(pointer, "`" + field + "` was removed in rustc " + c.since()
                        + c.why().map(w -> " (" + w + ")").orElse("") + ", and " + rustc + " rejects it: delete it.",
                        Optional.of(new Fix("Delete `" + field + "`.", Fix.Edit.remove(pointer)).since(c.since()))));
            }
            var meant = history.meant(field).filter(c -> rustcFields.contains(c.to()));
            if (meant.isPresent() && doc.path("rustc").has(meant.get().to())) {
                String to = meant.get().to();
                return Optional.of(new Violation(pointer, "`" + field + "` is not a field (" + meant.get().why().orElse("")
                        + "), and the file sets `" + to + "` too, which rustc reads; " + rustc + " rejects `" + field
                        + "`: delete it.", Optional.of(new Fix("Delete `" + field + "`, which `" + to + "` stands for.",
                                Fix.Edit.remove(pointer)).since(meant.get().since()))));
            }
            if (meant.isPresent() && !doc.path("rustc").has(meant.get().to())) {
                String to = meant.get().to();
                return Optional.of(new Violation(pointer, "`" + field + "` is not a field: it was never one ("
                        + meant.get().why().orElse("") + "), and " + rustc + " rejects it; rename it `" + to + "`.",
                        Optional.of(new Fix("Rename `" + field + "` to `" + to + "`.", Fix.Edit.rename(pointer,
                                JsonPointer.child("/rustc", to))).since(meant.get().since()))));
            }
            String kebab = field.replace('_', '-');
            if (!kebab.equals(field) && rustcFields.contains(kebab) && !doc.path("rustc").has(kebab)) {
                return Optional.of(new Violation(pointer, "`" + field + "` is not a field: rustc spells its fields "
                        + "with hyphens, `" + kebab + "`; rename it.", Optional.of(new Fix("Rename `" + field + "` to `"
                                + kebab + "`.", Fix.Edit.rename(pointer, JsonPointer.child("/rustc", kebab))))));
            }
            String near = Suggestions.didYouMean(field, rustcFields);
            // rustc before 1.90 ignored unknown fields, so a field that is no misspelling changed nothing it built.
            Optional<Fix> delete = !Suggestions.isTypo(field, rustcFields) ? Optional.of(new Fix("Delete `" + field + "`, which rustc before "
                    + "1.90 ignored.", Fix.Edit.remove(pointer)).since(history.since("unknown-fields-error").orElse("1.90")))
                    : Optional.empty();
            return Optional.of(new Violation(pointer, "Unknown field `" + field + "`: " + rustc + " has no such field"
                    + " and rejects the file" + near + (delete.isPresent() ? "; rustc before 1.90 ignored it, so "
                    + "deleting it keeps the target as those rustc built it" : "") + ".", delete));
        }
        if ("required".equals(keyword) && (field.equals("data-layout") || field.equals("target-pointer-width"))) {
            // rustc once filled these in from `llvm-target`; LLVM's layout for it gives both.
            String llvm = doc.path("rustc").path("llvm-target").asString("");
            Optional<String> layout = dev.targetspec.triple.DataLayouts.defaultLayout(llvm,
                    doc.path("rustc").path("llvm-abiname").asString(""));
            if (layout.isPresent()) {
                JsonNode v = field.equals("data-layout") ? tools.jackson.databind.node.StringNode.valueOf(layout.get())
                        : tools.jackson.databind.node.IntNode.valueOf(pointerWidth(layout.get()));
                return Optional.of(new Violation(pointer, "Required field `" + field + "` is missing; for `llvm-target` `"
                        + llvm + "` it is `" + v + "`, from LLVM 22's data layout.", Optional.of(new Fix("Add `\""
                                + field + "\": " + v + "`.", Fix.Edit.add(pointer, v)))));
            }
        }
        if ("type".equals(keyword)) {
            var retyped = history.retyped(field);
            if (retyped.isPresent() && retyped.get().to().equals("integer") && value.isString()
                    && value.asString().matches("[0-9]{1,9}")) {
                String n = String.valueOf(Integer.parseInt(value.asString()));
                return Optional.of(new Violation(pointer, "`" + field + "` must be a number since rustc "
                        + retyped.get().since() + ": write `" + n + "`, not `\"" + value.asString() + "\"`.",
                        Optional.of(new Fix("Write `" + field + "` as the number " + n + ".", Fix.Edit.replace(pointer,
                                tools.jackson.databind.node.IntNode.valueOf(Integer.parseInt(n)))).since(retyped.get()
                                .since()))));
            }
            JsonNode types = rustcProperties.path(field).path("type");
            boolean wantsInteger = types.toString().contains("\"integer\"");
            boolean wantsBoolean = types.toString().contains("\"boolean\"");
            boolean wantsObject = types.toString().contains("\"object\"");
            if (retyped.isEmpty() && wantsInteger && value.isString() && value.asString().matches("[0-9]{1,9}")) {
                int n = Integer.parseInt(value.asString());
                return Optional.of(new Violation(pointer, "`" + field + "` must be a number: write `" + n + "`, not `\""
                        + value.asString() + "\"`.", Optional.of(new Fix("Write `" + field + "` as the number " + n + ".",
                                Fix.Edit.replace(pointer, tools.jackson.databind.node.IntNode.valueOf(n))))));
            }
            if (wantsBoolean && value.isString() && (value.asString().equals("true") || value.asString().equals("false"))) {
                return Optional.of(new Violation(pointer, "`" + field + "` must be a boolean: write `" + value.asString()
                        + "`, not `\"" + value.asString() + "\"`.", Optional.of(new Fix("Write `" + field + "` as the "
                                + "boolean " + value.asString() + ".", Fix.Edit.replace(pointer,
                                        tools.jackson.databind.node.BooleanNode.valueOf(value.asString().equals("true")))))));
            }
            if (wantsObject && field.endsWith("link-args") && value.isArray()) {
                // Link arguments were one list before rustc gave them per linker flavor; they are the file's flavor's.
                String flavor = doc.path("rustc").path("linker-flavor").asString("gcc");
                tools.jackson.databind.node.ObjectNode byFlavor = tools.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode();
                byFlavor.set(flavor, value.deepCopy());
                return Optional.of(new Violation(pointer, "`" + field + "` is a list, but rustc takes link arguments per "
                        + "linker flavor: write `{\"" + flavor + "\": [...]}`, the file's `linker-flavor`.",
                        Optional.of(new Fix("Write `" + field + "` as the arguments of linker flavor `" + flavor + "`.",
                                Fix.Edit.replace(pointer, byFlavor)))));
            }
            if (retyped.isPresent() && retyped.get().to().equals("object") && !value.isObject()) {
                var c = retyped.get();
                Optional<JsonNode> now = c.map(value);
                return Optional.of(new Violation(pointer, "`" + field + "` is an object since rustc " + c.since()
                        + (now.map(n -> n.isNull() ? ": delete it (" + value + " is the default)"
                                : ": write `" + n + "`, which is what " + value + " meant").orElse("")) + ".",
                        now.map(n -> n.isNull() ? new Fix("Delete `" + field + "`.", Fix.Edit.remove(pointer))
                                : new Fix("Write `" + field + "` as `" + n + "`.", Fix.Edit.replace(pointer, n)))
                                .map(f -> f.since(c.since()))));
            }
        }
        if ("enum".equals(keyword) && value.isString()) {
            var renamed = history.renamedValue(field, value.asString());
            if (renamed.isPresent()) {
                var c = renamed.get();
                return Optional.of(new Violation(pointer, "`" + field + "` value `" + value.asString()
                        + "` was replaced by `" + c.to() + "` in rustc " + c.since() + ", and " + rustc
                        + " rejects it: write `" + c.to() + "`.", Optional.of(new Fix("Write `" + c.to() + "`.",
                                Fix.Edit.replace(pointer, tools.jackson.databind.node.StringNode.valueOf(c.to())))
                                .since(c.since()))));
            }
        }
        return Optional.empty();
    }

    /** A value that fails a type check and an `anyOf` check is reported once, by the clearer message. */
    private static List<Violation> collapse(List<Violation> all) {
        Map<String, List<Violation>> byPointer = all.stream()
                .collect(Collectors.groupingBy(Violation::pointer, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Violation> out = new ArrayList<>();
        byPointer.values().forEach(list -> {
            List<Violation> specific = list.stream().filter(v -> !v.message().contains("is not of a form rustc")).toList();
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
            case "type": {
                String expected = typeWords(args.length > 1 ? String.valueOf(args[1]) : "");
                // The `null` branch of an optional field's `anyOf` says nothing useful; the `anyOf` error reports.
                return expected.isEmpty() ? null : "Field " + field + " must be " + expected + ", not " + kind(value)
                        + ".";
            }
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
                return "Field " + field + " has value " + shown(value) + ", which is not of a form rustc accepts "
                        + "(`rustc -Z unstable-options --print target-spec-json-schema` shows the forms).";
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

    record Violation(String pointer, String message, Optional<Fix> fix) {
        Violation(String pointer, String message) {
            this(pointer, message, Optional.empty());
        }
    }
}
