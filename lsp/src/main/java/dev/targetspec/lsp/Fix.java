package dev.targetspec.lsp;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A machine-applicable fix for a diagnostic: a description and edits of the file's JSON, each at a
 * JSON pointer into the file as written. The same shape as a diagnostic's own fix, so a fix that the
 * validator attaches can be turned into one of these field by field.
 */
record Fix(String description, List<Edit> edits) {
    Fix {
        edits = List.copyOf(edits);
    }

    /** What an edit does. */
    enum Op {
        /** Replace the value at the pointer with {@code value}. */
        REPLACE,
        /** Remove the member or element at the pointer. */
        REMOVE,
        /** Add a member at the pointer, whose parent is an object, with {@code value}. */
        ADD,
        /** Give the member at the pointer the key {@code newName}; its value stays as written. */
        RENAME
    }

    /** One edit. {@code value} is set for replace and add, {@code newName} for rename. */
    record Edit(Op op, String pointer, JsonNode value, String newName) {
        static Edit remove(String pointer) {
            return new Edit(Op.REMOVE, pointer, null, null);
        }

        static Edit rename(String pointer, String newName) {
            return new Edit(Op.RENAME, pointer, null, newName);
        }

        static Edit replace(String pointer, JsonNode value) {
            return new Edit(Op.REPLACE, pointer, value, null);
        }

        static Edit add(String pointer, JsonNode value) {
            return new Edit(Op.ADD, pointer, value, null);
        }
    }
}
