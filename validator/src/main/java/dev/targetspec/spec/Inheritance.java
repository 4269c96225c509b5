package dev.targetspec.spec;

import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.json.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges a chain of files into one target. Objects are deep-merged, arrays are replaced, and a
 * {@code null} removes the inherited key. {@code metadata} merges only across files for the same
 * triple (an overlay on a built-in); the file-level members come from the target's own file.
 */
public final class Inheritance {
    /** Members that describe one file and are never inherited. */
    private static final Set<String> OWN = Set.of("$schema", "$comment", "triple", "inherits");

    private Inheritance() {
    }

    /** Resolves {@code chain}: the target's own file first, then its bases, nearest first. */
    public static Target resolve(List<SpecFile> chain) {
        return resolve(chain, Optional.empty());
    }

    /** Resolves {@code chain} in a registry whose chip database is {@code chips}. */
    public static Target resolve(List<SpecFile> chain, Optional<ChipDatabase> chips) {
        SpecFile self = chain.get(0);
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        Map<String, SpecFile> origins = new HashMap<>();
        List<SpecFile> baseFirst = new ArrayList<>(chain);
        java.util.Collections.reverse(baseFirst);
        for (SpecFile layer : baseFirst) {
            boolean sameTarget = layer.triple().equals(self.triple());
            layer.doc().properties().forEach(e -> {
                String key = e.getKey();
                if (OWN.contains(key) ? layer != self : key.equals("metadata") && !sameTarget) {
                    return;
                }
                merge(doc, key, e.getValue(), JsonPointer.child("", key), layer, origins);
            });
        }
        return new Target(doc, chain, origins, chips);
    }

    private static void merge(ObjectNode into, String key, JsonNode value, String pointer, SpecFile layer,
            Map<String, SpecFile> origins) {
        JsonNode old = into.get(key);
        if (value.isNull() && old != null) {
            into.remove(key);
            forgetBelow(origins, old, pointer);
            origins.put(pointer, layer);
        } else if (value.isObject() && old != null && old.isObject()) {
            ObjectNode target = (ObjectNode) old;
            value.properties().forEach(e -> merge(target, e.getKey(), e.getValue(),
                    JsonPointer.child(pointer, e.getKey()), layer, origins));
        } else {
            into.set(key, value.deepCopy());
            forgetBelow(origins, old, pointer);
            origins.put(pointer, layer);
        }
    }

    /** Drops the origins of what lay below {@code pointer}, when the value replaced there ({@code old}) had members. */
    private static void forgetBelow(Map<String, SpecFile> origins, JsonNode old, String pointer) {
        if (old == null || !old.isContainer() || old.isEmpty()) {
            return;
        }
        String prefix = pointer + "/";
        origins.keySet().removeIf(p -> p.startsWith(prefix));
    }
}
