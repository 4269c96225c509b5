package dev.targetspec.render.site;

import dev.targetspec.json.JsonPointer;
import dev.targetspec.render.diff.SpecDiff;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One value of a resolved target, and where it comes from.
 *
 * @param pointer the value's JSON pointer in the resolved document, e.g. {@code /rustc/code-model}
 * @param value   the value as compact JSON
 * @param source  {@link Source#INHERITED}, {@link Source#OVERRIDDEN} or {@link Source#ADDED}
 * @param from    for an inherited value, the triple whose file set it; for a value of a rustc
 *                built-in that an overlay extends, the built-in's triple; else this target's triple
 */
public record SpecRow(String pointer, String value, Source source, String from) {
    /** Where a value comes from. */
    public enum Source {
        /** Set by a base and not changed here. */
        INHERITED,
        /** Set here, replacing a base's different value. */
        OVERRIDDEN,
        /** Set here, where no base has a value. */
        ADDED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The sections of a resolved target that the table shows, in order. */
    static final List<String> SECTIONS = List.of("rustc", "boot", "layout", "entry");

    /**
     * Every leaf of {@code target}'s {@code rustc}, {@code boot}, {@code layout} and {@code entry}
     * members (objects are opened, arrays are shown whole), with where it comes from. {@code base} is
     * the target that {@code target} inherits from, when it has one; it tells an override from an
     * addition.
     */
    public static List<SpecRow> of(Target target, Optional<Target> base) {
        List<SpecRow> out = new ArrayList<>();
        for (String section : SECTIONS) {
            JsonNode node = target.at("/" + section);
            if (!node.isMissingNode()) {
                walk(target, base, "/" + section, node, out);
            }
        }
        return out;
    }

    private static void walk(Target target, Optional<Target> base, String pointer, JsonNode node, List<SpecRow> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (String key : new java.util.TreeSet<>(node.propertyNames())) {
                walk(target, base, JsonPointer.child(pointer, key), node.get(key), out);
            }
            return;
        }
        SpecFile origin = target.origin(pointer);
        String value = SpecDiff.compact(node);
        if (origin != target.file()) {
            out.add(new SpecRow(pointer, value, Source.INHERITED, origin.triple()));
            return;
        }
        JsonNode before = base.map(b -> b.at(pointer)).orElse(null);
        if (before == null || before.isMissingNode()) {
            out.add(new SpecRow(pointer, value, Source.ADDED, target.triple()));
        } else if (before.equals(node)) {
            // Restated with the base's own value: it is still the base's value.
            out.add(new SpecRow(pointer, value, Source.INHERITED, base.get().triple()));
        } else {
            out.add(new SpecRow(pointer, value, Source.OVERRIDDEN, target.triple()));
        }
    }
}
