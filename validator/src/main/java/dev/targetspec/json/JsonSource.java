package dev.targetspec.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A parsed JSON document and the location of every value in it, keyed by JSON pointer. */
public final class JsonSource {
    private final JsonNode root;
    private final Map<String, Location> locations;

    JsonSource(JsonNode root, Map<String, Location> locations) {
        this.root = root;
        this.locations = Map.copyOf(locations);
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or where its nearest existing ancestor starts. */
    public Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return Location.START;
            }
            p = JsonPointer.parent(p);
        }
    }
}
