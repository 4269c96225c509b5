package dev.targetspec.diag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A safe, mechanical fix for a diagnostic: edits to the file that make the problem go away without
 * changing what the target is. A problem whose fix is a choice (which ABI, which CPU) has none.
 *
 * @param description one sentence saying what the fix does, such as "Rename `is-like-osx` to `is-like-darwin`."
 * @param edits the edits, in the file's own pointers, applied in order
 * @param since the rustc release whose change made the fix necessary, such as {@code 1.91}; empty when none
 */
public record Fix(String description, List<Edit> edits, Optional<String> since) {
    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        Objects.requireNonNull(since, "since");
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public Fix(String description, Edit... edits) {
        this(description, List.of(edits), Optional.empty());
    }

    /** The same fix, said to be needed since rustc {@code release}. */
    public Fix since(String release) {
        return new Fix(description, edits, Optional.of(release));
    }

    /** The same fix with every pointer passed through {@code map} (from a resolved document's pointers to a file's). */
    public Fix mapPointers(java.util.function.UnaryOperator<String> map) {
        return new Fix(description, edits.stream().map(e -> new Edit(e.op(), map.apply(e.pointer()), e.value(),
                e.to().map(map))).toList(), since);
    }

    /** What an edit does. */
    public enum Op {
        /** Set the existing value at {@code pointer} to {@code value}. */
        REPLACE,
        /** Delete the member or element at {@code pointer}. */
        REMOVE,
        /** Add {@code value} as the member {@code pointer} (its parent object must exist). */
        ADD,
        /** Move the member at {@code pointer} to the name that {@code to} points at, keeping its value and place. */
        RENAME;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One edit.
     *
     * @param op what it does
     * @param pointer the JSON pointer it applies to
     * @param value the new value, for {@link Op#REPLACE} and {@link Op#ADD}
     * @param to the new pointer, for {@link Op#RENAME}
     */
    public record Edit(Op op, String pointer, Optional<JsonNode> value, Optional<String> to) {
        public Edit {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(to, "to");
            if ((op == Op.REPLACE || op == Op.ADD) != value.isPresent() || (op == Op.RENAME) != to.isPresent()) {
                throw new IllegalArgumentException(op + " edit at " + pointer + " has the wrong operands");
            }
        }

        public static Edit replace(String pointer, JsonNode value) {
            return new Edit(Op.REPLACE, pointer, Optional.of(value), Optional.empty());
        }

        public static Edit add(String pointer, JsonNode value) {
            return new Edit(Op.ADD, pointer, Optional.of(value), Optional.empty());
        }

        public static Edit remove(String pointer) {
            return new Edit(Op.REMOVE, pointer, Optional.empty(), Optional.empty());
        }

        public static Edit rename(String pointer, String to) {
            return new Edit(Op.RENAME, pointer, Optional.empty(), Optional.of(to));
        }
    }
}
