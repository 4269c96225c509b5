package dev.targetspec.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed JSON document and its text. Where each value stands is worked out from the text on the
 * first {@link #locate}, and kept from then on.
 */
public final class JsonSource {
    private final JsonNode root;
    private final byte[] bytes;
    private final boolean ascii;
    private volatile Map<String, Location> locations;

    JsonSource(JsonNode root, byte[] bytes, boolean ascii) {
        this.root = root;
        this.bytes = bytes;
        this.ascii = ascii;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or where its nearest existing ancestor starts. */
    public Location locate(String pointer) {
        Map<String, Location> all = locations();
        String p = pointer;
        while (true) {
            Location l = all.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return Location.START;
            }
            p = JsonPointer.parent(p);
        }
    }

    private Map<String, Location> locations() {
        Map<String, Location> all = locations;
        if (all == null) {
            synchronized (this) {
                all = locations;
                if (all == null) {
                    all = Map.copyOf(StrictJson.locations(bytes, ascii));
                    locations = all;
                }
            }
        }
        return all;
    }
}
