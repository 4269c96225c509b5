package dev.targetspec.lsp;

import dev.targetspec.json.StrictJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The two bundled schemas, walked by JSON pointer: which fields an object may have, which values a
 * field may take, and what the schemas say about them. A registry spec is read against
 * {@code target-spec.schema.json}, a plain rustc file against rustc's own schema.
 */
final class Schemas {
    private static final String RUSTC_FILE = "rustc-1.95.schema.json";

    /** A schema node and the schema document it belongs to (for its {@code $ref}s). */
    record At(JsonNode doc, JsonNode node) {
    }

    private final JsonNode registry;
    private final JsonNode rustc;

    Schemas() {
        registry = StrictJson.bundled("/dev/targetspec/schema/target-spec.schema.json");
        rustc = StrictJson.bundled("/dev/targetspec/schema/" + RUSTC_FILE);
    }

    /** The schemas that apply to the value at {@code pointer} (a pointer in the file as written). */
    List<At> at(boolean rustcFile, String pointer) {
        List<At> current = expand(List.of(rustcFile ? new At(rustc, rustc) : new At(registry, registry)));
        if (pointer.isEmpty()) {
            return current;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            List<At> next = new ArrayList<>();
            for (At a : current) {
                step(a, token, next);
            }
            current = expand(next);
            if (current.isEmpty()) {
                break;
            }
        }
        return current;
    }

    private static void step(At a, String token, List<At> out) {
        JsonNode n = a.node();
        JsonNode props = n.get("properties");
        if (props != null && props.has(token)) {
            out.add(new At(a.doc(), props.get(token)));
            return;
        }
        JsonNode additional = n.get("additionalProperties");
        if (additional != null && additional.isObject() && n.has("type") && n.get("type").toString().contains("object")) {
            out.add(new At(a.doc(), additional));
            return;
        }
        if (token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
            int i = Integer.parseInt(token);
            JsonNode prefix = n.get("prefixItems");
            if (prefix != null && i < prefix.size()) {
                out.add(new At(a.doc(), prefix.get(i)));
            } else if (n.get("items") != null && n.get("items").isObject()) {
                out.add(new At(a.doc(), n.get("items")));
            }
        }
    }

    /** Follows {@code $ref}s and splits {@code anyOf}, {@code oneOf} and {@code allOf} into their branches. */
    List<At> expand(List<At> in) {
        List<At> out = new ArrayList<>();
        for (At a : in) {
            expand(a, out, 0);
        }
        return out;
    }

    private void expand(At a, List<At> out, int depth) {
        if (depth > 16 || !a.node().isObject()) {
            return;
        }
        out.add(a);
        JsonNode ref = a.node().get("$ref");
        if (ref != null && ref.isString()) {
            At target = resolve(a.doc(), ref.asString());
            if (target != null) {
                expand(target, out, depth + 1);
            }
        }
        for (String k : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = a.node().get(k);
            if (branches != null && branches.isArray()) {
                for (JsonNode b : branches) {
                    expand(new At(a.doc(), b), out, depth + 1);
                }
            }
        }
    }

    private At resolve(JsonNode doc, String ref) {
        JsonNode base = doc;
        String fragment = ref;
        if (!ref.startsWith("#")) {
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            if (!file.equals(RUSTC_FILE)) {
                return null;
            }
            base = rustc;
            fragment = hash < 0 ? "#" : ref.substring(hash);
        }
        JsonNode node = base.at(fragment.substring(1));
        return node.isMissingNode() ? null : new At(base, node);
    }

    /** The fields an object described by {@code schemas} may have, each with the schemas of its value. */
    Map<String, List<At>> properties(List<At> schemas) {
        Map<String, List<At>> out = new LinkedHashMap<>();
        for (At a : schemas) {
            JsonNode props = a.node().get("properties");
            if (props != null && props.isObject()) {
                props.properties().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new At(a.doc(), e.getValue())));
            }
        }
        return out;
    }

    /** The values {@code schemas} allow by enumeration ({@code enum}, {@code const}, booleans), each with its description. */
    Map<JsonNode, String> values(List<At> schemas) {
        Map<JsonNode, String> out = new LinkedHashMap<>();
        for (At a : schemas) {
            JsonNode n = a.node();
            String description = n.has("description") ? n.get("description").asString() : "";
            if (n.has("enum")) {
                n.get("enum").forEach(v -> out.putIfAbsent(v, description));
            }
            if (n.has("const")) {
                out.putIfAbsent(n.get("const"), description);
            }
            if (types(n).contains("boolean")) {
                out.putIfAbsent(tools.jackson.databind.node.BooleanNode.TRUE, "");
                out.putIfAbsent(tools.jackson.databind.node.BooleanNode.FALSE, "");
            }
        }
        return out;
    }

    /** The descriptions {@code schemas} give, without repeats. */
    List<String> descriptions(List<At> schemas) {
        Set<String> out = new LinkedHashSet<>();
        for (At a : schemas) {
            JsonNode d = a.node().get("description");
            if (d != null && d.isString() && !a.node().has("const")) {
                out.add(d.asString().strip());
            }
        }
        return List.copyOf(out);
    }

    /** The JSON types {@code schemas} allow, in words: {@code string}, {@code integer}, ... */
    Set<String> types(List<At> schemas) {
        Set<String> out = new LinkedHashSet<>();
        for (At a : schemas) {
            out.addAll(types(a.node()));
        }
        return out;
    }

    private static Set<String> types(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = n.get("type");
        if (t != null && t.isString()) {
            out.add(t.asString());
        } else if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asString()));
        }
        return out;
    }
}
