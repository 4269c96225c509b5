package dev.targetspec.profile;

import dev.targetspec.json.StrictJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How the custom-target format changed across rustc releases ({@code schema/rustc-history.json}):
 * fields renamed, replaced by another with different values, removed, retyped, and values renamed.
 * Messages cite the release, and fixes undo the change.
 */
public final class FormatHistory {
    /** A change to one field. {@code to} is the new field (or value); {@code values} maps old values to new. */
    public record Change(String field, String to, String since, Optional<String> why, List<ValueMap> values) {
        public Change {
            values = List.copyOf(values);
        }

        /** The new value for {@code old}; empty when it has none, and a JSON null when the field should go. */
        public Optional<JsonNode> map(JsonNode old) {
            return values.stream().filter(v -> v.from().equals(old)).map(ValueMap::to).findFirst();
        }
    }

    /** One old value and what it became ({@code null} when the field is simply deleted). */
    public record ValueMap(JsonNode from, JsonNode to) {
    }

    private static volatile FormatHistory bundled;

    private final Map<String, Change> renamed = new HashMap<>();
    private final Map<String, Change> replaced = new HashMap<>();
    private final Map<String, Change> removed = new HashMap<>();
    private final Map<String, Change> ignored = new HashMap<>();
    private final Map<String, Change> retyped = new HashMap<>();
    private final Map<String, Change> renamedValues = new HashMap<>();
    private final Map<String, String> requirements = new HashMap<>();

    private FormatHistory(JsonNode root) {
        read(root.path("renamed-fields"), "from", renamed, false);
        read(root.path("replaced-fields"), "from", replaced, false);
        read(root.path("removed-fields"), "field", removed, false);
        read(root.path("ignored-names"), "from", ignored, false);
        read(root.path("type-changes"), "field", retyped, false);
        read(root.path("renamed-values"), "field", renamedValues, true);
        read(root.path("removed-values"), "field", renamedValues, true);
        root.path("new-requirements").forEach(r -> requirements.put(r.path("id").asString(), r.path("since").asString()));
    }

    private static void read(JsonNode list, String key, Map<String, Change> into, boolean byValue) {
        for (JsonNode e : list) {
            List<ValueMap> values = new java.util.ArrayList<>();
            e.path("values").forEach(v -> values.add(new ValueMap(v.get("from"), v.get("to"))));
            String field = e.path(key).asString();
            String to = e.path("to").isString() ? e.path("to").asString() : "";
            Optional<String> why = e.path("why").isString() ? Optional.of(e.get("why").asString()) : Optional.empty();
            into.put(byValue ? field + "\n" + e.path("from").asString() : field,
                    new Change(field, to, e.path("since").asString(), why, values));
        }
    }

    /** The history that ships with targetspec. */
    public static FormatHistory bundled() {
        FormatHistory h = bundled;
        if (h == null) {
            h = new FormatHistory(StrictJson.bundled(Profiles.BUNDLED + "rustc-history.json"));
            bundled = h;
        }
        return h;
    }

    /** The field {@code field} was renamed to. */
    public Optional<Change> renamed(String field) {
        return Optional.ofNullable(renamed.get(field));
    }

    /** The field that took {@code field}'s place with other values. */
    public Optional<Change> replaced(String field) {
        return Optional.ofNullable(replaced.get(field));
    }

    /**
     * The field that {@code field}, a name rustc never had, was written for: old rustc ignored unknown
     * fields, so such a name stood in files for years.
     */
    public Optional<Change> meant(String field) {
        return Optional.ofNullable(ignored.get(field));
    }

    /** The names that stood in files for {@code field}: its old names and the ones written for it. */
    public java.util.List<String> oldNames(String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        renamed.values().stream().filter(c -> c.to().equals(field)).forEach(c -> out.add(c.field()));
        ignored.values().stream().filter(c -> c.to().equals(field)).forEach(c -> out.add(c.field()));
        String snake = field.replace('-', '_');
        if (!snake.equals(field)) {
            out.add(snake);
        }
        return out;
    }

    /** When and why {@code field} was removed. */
    public Optional<Change> removed(String field) {
        return Optional.ofNullable(removed.get(field));
    }

    /** How {@code field}'s type changed ({@code to} is the JSON type it has now). */
    public Optional<Change> retyped(String field) {
        return Optional.ofNullable(retyped.get(field));
    }

    /** What the value {@code value} of {@code field} became. */
    public Optional<Change> renamedValue(String field, String value) {
        return Optional.ofNullable(renamedValues.get(field + "\n" + value));
    }

    /** The release a requirement (such as {@code x86-softfloat-abi}) dates from. */
    public Optional<String> since(String requirement) {
        return Optional.ofNullable(requirements.get(requirement));
    }
}
