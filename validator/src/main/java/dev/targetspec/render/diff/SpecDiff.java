package dev.targetspec.render.diff;

import dev.targetspec.json.Json;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The semantic difference between two resolved targets: which values one target adds, removes or
 * changes relative to the other, by JSON pointer. Objects are compared member by member; arrays
 * and scalars are compared whole, as inheritance replaces them whole. Only what a target inherits
 * is compared ({@code rustc}, {@code boot}, {@code layout}, {@code entry}): the members that
 * describe a file ({@code $schema}, {@code $comment}, {@code triple}, {@code inherits}) and
 * {@code metadata}, which is never inherited, are left out, so the diff says what a target does
 * differently, not how it is described.
 *
 * @param from    the triple compared against (the base, for a target and its base)
 * @param to      the triple compared
 * @param changes every difference, sorted by pointer
 */
public record SpecDiff(String from, String to, List<Change> changes) {
    private static final Set<String> NOT_COMPARED = Set.of("$schema", "$comment", "triple", "inherits", "metadata");

    public SpecDiff {
        changes = List.copyOf(changes);
    }

    /** How a value differs. */
    public enum Kind {
        /** Only {@code to} has the value. */
        ADDED,
        /** Only {@code from} has the value. */
        REMOVED,
        /** Both have it, with different values. */
        CHANGED;

        /** The lower-case name used in text and JSON output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One difference.
     *
     * @param pointer the JSON pointer in the resolved registry document, e.g. {@code /rustc/code-model}
     * @param before  the value in {@code from}; a missing node when added
     * @param after   the value in {@code to}; a missing node when removed
     */
    public record Change(String pointer, Kind kind, JsonNode before, JsonNode after) {
    }

    /** The differences that turn {@code from} into {@code to}. */
    public static SpecDiff between(Target from, Target to) {
        List<Change> out = new ArrayList<>();
        compare("", strip(from.doc()), strip(to.doc()), out);
        out.sort(java.util.Comparator.comparing(Change::pointer));
        return new SpecDiff(from.triple(), to.triple(), out);
    }

    /** Whether the two targets resolve to the same values. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes under one top-level member, such as {@code rustc} or {@code metadata}. */
    public List<Change> under(String member) {
        String prefix = "/" + member + "/";
        return changes.stream().filter(c -> c.pointer().startsWith(prefix) || c.pointer().equals("/" + member))
                .toList();
    }

    /**
     * The diff for a terminal: a header naming both targets, then one line per change, {@code +} for
     * added, {@code -} for removed and {@code ~} for changed, with values as compact JSON.
     */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("--- ").append(from).append('\n').append("+++ ").append(to).append('\n');
        if (changes.isEmpty()) {
            b.append("(no differences)\n");
        }
        for (Change c : changes) {
            switch (c.kind()) {
                case ADDED -> b.append("+ ").append(c.pointer()).append(" = ").append(compact(c.after()));
                case REMOVED -> b.append("- ").append(c.pointer()).append(" (was ").append(compact(c.before()))
                        .append(')');
                case CHANGED -> b.append("~ ").append(c.pointer()).append(": ").append(compact(c.before()))
                        .append(" -> ").append(compact(c.after()));
            }
            b.append('\n');
        }
        b.append(summary()).append('\n');
        return b.toString();
    }

    /** One line: how many values were added, removed and changed. */
    public String summary() {
        long added = changes.stream().filter(c -> c.kind() == Kind.ADDED).count();
        long removed = changes.stream().filter(c -> c.kind() == Kind.REMOVED).count();
        long changed = changes.size() - added - removed;
        return added + " added, " + removed + " removed, " + changed + " changed";
    }

    /**
     * The diff as JSON: {@code {"from","to","changes":[{"pointer","kind","before"?,"after"?}]}}, where
     * {@code before} is absent for an added value and {@code after} for a removed one.
     */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("from", from);
        o.put("to", to);
        ArrayNode list = o.putArray("changes");
        for (Change c : changes) {
            ObjectNode e = list.addObject();
            e.put("pointer", c.pointer());
            e.put("kind", c.kind().label());
            if (!c.before().isMissingNode()) {
                e.set("before", c.before());
            }
            if (!c.after().isMissingNode()) {
                e.set("after", c.after());
            }
        }
        return o;
    }

    /** {@code node} as one line of JSON. */
    public static String compact(JsonNode node) {
        return Json.MAPPER.writeValueAsString(node);
    }

    private static ObjectNode strip(ObjectNode doc) {
        ObjectNode copy = doc.deepCopy();
        NOT_COMPARED.forEach(copy::remove);
        return copy;
    }

    private static void compare(String pointer, JsonNode a, JsonNode b, List<Change> out) {
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.propertyNames().forEach(keys::add);
            b.propertyNames().forEach(keys::add);
            keys.remove("$comment"); // an explanation, not part of the target
            for (String key : keys) {
                String child = JsonPointer.child(pointer, key);
                JsonNode x = a.path(key);
                JsonNode y = b.path(key);
                if (x.isMissingNode()) {
                    out.add(new Change(child, Kind.ADDED, x, y));
                } else if (y.isMissingNode()) {
                    out.add(new Change(child, Kind.REMOVED, x, y));
                } else {
                    compare(child, x, y, out);
                }
            }
        } else if (!a.equals(b)) {
            out.add(new Change(pointer, Kind.CHANGED, a, b));
        }
    }
}
