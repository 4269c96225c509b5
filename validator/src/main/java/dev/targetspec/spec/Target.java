package dev.targetspec.spec;

import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.json.JsonPointer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resolved target: its file merged over every base it inherits. Knows which file set each value,
 * so that a diagnostic about a value can point at the line that wrote it, and the chip database of
 * the registry it was resolved in, which {@code layout.chip} names a chip of.
 */
public final class Target {
    private final ObjectNode doc;
    private final List<SpecFile> chain;
    private final Map<String, SpecFile> origins;
    private final Optional<ChipDatabase> chips;

    Target(ObjectNode doc, List<SpecFile> chain, Map<String, SpecFile> origins, Optional<ChipDatabase> chips) {
        this.doc = doc;
        this.chain = List.copyOf(chain);
        this.origins = Map.copyOf(origins);
        this.chips = chips;
    }

    /** The chip database of the registry this target was resolved in; empty for a target resolved alone. */
    public Optional<ChipDatabase> chips() {
        return chips;
    }

    /**
     * This target with its memory regions taken from chip {@code name}: {@code layout.chip} set to it, and
     * {@code layout.regions} and {@code layout.memory-x}, which describe other memory, removed. The new
     * value is attributed to the target's own file.
     */
    public Target withChip(String name) {
        ObjectNode copy = doc.deepCopy();
        JsonNode old = copy.get("layout");
        ObjectNode layout = old instanceof ObjectNode o ? o : copy.putObject("layout");
        if (old != null && !(old instanceof ObjectNode)) {
            copy.set("layout", layout);
        }
        layout.remove("regions");
        layout.remove("memory-x");
        layout.put("chip", name);
        Map<String, SpecFile> moved = new HashMap<>(origins);
        moved.keySet().removeIf(p -> p.startsWith("/layout/regions") || p.startsWith("/layout/memory-x"));
        moved.putIfAbsent("/layout", file());
        moved.put("/layout/chip", file());
        return new Target(copy, chain, moved, chips);
    }

    /** The target's name: its file's {@code triple}. */
    public String triple() {
        return file().triple();
    }

    /** The resolved document in the registry shape. Callers must not modify it. */
    public ObjectNode doc() {
        return doc;
    }

    /** The file that defines this target (for an overlay on a built-in, the overlay). */
    public SpecFile file() {
        return chain.get(0);
    }

    /** This target's file first, then each file it inherits from, nearest first. */
    public List<SpecFile> chain() {
        return chain;
    }

    /** The file that set the value at {@code pointer}, or that set its nearest ancestor. */
    public SpecFile origin(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            SpecFile f = origins.get(p);
            if (f != null) {
                return f;
            }
            p = JsonPointer.parent(p);
        }
        return file();
    }

    /** The {@code rustc} member, or an empty object when it is missing or not an object. */
    public ObjectNode rustc() {
        JsonNode r = doc.get("rustc");
        return r instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }

    /** The value at {@code pointer}; a missing node when there is none. */
    public JsonNode at(String pointer) {
        return dev.targetspec.json.JsonPointer.at(doc, pointer);
    }

    /** The string at {@code pointer}, if there is one. */
    public Optional<String> text(String pointer) {
        JsonNode n = at(pointer);
        return n.isString() ? Optional.of(n.asString()) : Optional.empty();
    }

    /** The boolean at {@code pointer}, if there is one. */
    public Optional<Boolean> bool(String pointer) {
        JsonNode n = at(pointer);
        return n.isBoolean() ? Optional.of(n.asBoolean()) : Optional.empty();
    }

    /** The integer at {@code pointer}, if there is one that fits a long. */
    public Optional<Long> integer(String pointer) {
        JsonNode n = at(pointer);
        return n.isIntegralNumber() && n.canConvertToLong() ? Optional.of(n.asLong()) : Optional.empty();
    }
}
