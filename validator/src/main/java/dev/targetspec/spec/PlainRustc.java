package dev.targetspec.spec;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Lifts a plain rustc target JSON object into the registry shape, and maps pointers back. */
final class PlainRustc {
    /** rustc's metadata keys and their registry names. Other keys rustc ignores, and so do we. */
    private static final Map<String, String> METADATA = Map.of(
            "description", "description", "tier", "tier", "std", "std", "host_tools", "host-tools");

    private PlainRustc() {
    }

    static boolean looksLike(ObjectNode root) {
        return !root.has("rustc") && !root.has("triple")
                && (root.has("llvm-target") || root.has("arch") || root.has("data-layout")
                        || root.has("target-pointer-width"));
    }

    static ObjectNode lift(ObjectNode root, String stem) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("$schema", "target-spec.schema.json");
        doc.put("triple", stem);
        ObjectNode rustc = root.deepCopy();
        JsonNode meta = rustc.remove("metadata");
        ObjectNode metadata = f.objectNode();
        if (meta != null && meta.isObject()) {
            METADATA.forEach((from, to) -> {
                JsonNode v = meta.get(from);
                if (v != null) {
                    // rustc turns a tier outside 1..=3 into "no tier" without a word; so do we.
                    boolean outOfRange = from.equals("tier") && v.isIntegralNumber()
                            && (!v.canConvertToLong() || v.asLong() < 1 || v.asLong() > 3);
                    metadata.set(to, outOfRange ? f.nullNode() : v);
                }
            });
        }
        metadata.put("status", "custom");
        doc.set("metadata", meta != null && !meta.isObject() && !meta.isNull() ? meta : metadata);
        doc.set("rustc", rustc);
        return doc;
    }

    static String filePointer(String docPointer) {
        if (docPointer.startsWith("/rustc")) {
            return docPointer.substring("/rustc".length());
        }
        if (docPointer.equals("/metadata/host-tools")) {
            return "/metadata/host_tools";
        }
        if (docPointer.startsWith("/metadata")) {
            return docPointer;
        }
        return "";
    }
}
