package dev.targetspec.lsp;

import dev.targetspec.json.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextEdit;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@link Fix} into text edits of the document as written. Each edit touches only the span it
 * changes (a key, a value, or a member with the comma that separates it), so every other byte of the
 * file, its layout and its key order, stays as it was.
 */
final class FixEdits {
    private FixEdits() {
    }

    /** The text edits for {@code fix}, or empty if some edit's pointer is not in the document. */
    static Optional<List<TextEdit>> of(Fix fix, JsonOutline outline, Lines lines) {
        List<TextEdit> out = new ArrayList<>();
        for (Fix.Edit e : fix.edits()) {
            Optional<TextEdit> t = switch (e.op()) {
                case RENAME -> outline.member(e.pointer())
                        .map(m -> edit(lines, m.keyStart(), m.keyEnd(), quote(e.newName())));
                case REPLACE -> outline.value(e.pointer())
                        .map(v -> edit(lines, v.start(), v.end(), text(e.value())));
                case REMOVE -> remove(e.pointer(), outline, lines);
                case ADD -> add(e.pointer(), e.value(), outline, lines);
            };
            if (t.isEmpty()) {
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(out);
    }

    private static Optional<TextEdit> remove(String pointer, JsonOutline outline, Lines lines) {
        Optional<JsonOutline.Value> parent = outline.value(JsonPointer.parent(pointer));
        Optional<JsonOutline.Value> self = outline.value(pointer);
        if (parent.isEmpty() || self.isEmpty() || pointer.isEmpty()) {
            return Optional.empty();
        }
        // The spans of the parent's entries: a member from its key, an element from its value.
        List<int[]> spans = new ArrayList<>();
        int index = -1;
        if (parent.get().isObject()) {
            for (JsonOutline.Member m : parent.get().members()) {
                if (m.pointer().equals(pointer)) {
                    index = spans.size();
                }
                spans.add(new int[] {m.keyStart(), m.value().end()});
            }
        } else {
            for (JsonOutline.Value v : parent.get().items()) {
                if (v.pointer().equals(pointer)) {
                    index = spans.size();
                }
                spans.add(new int[] {v.start(), v.end()});
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        if (spans.size() == 1) {
            return Optional.of(edit(lines, parent.get().start() + 1, parent.get().end() - 1, ""));
        }
        if (index + 1 < spans.size()) {
            // Up to the next entry: the comma and the space before the next one go with it.
            return Optional.of(edit(lines, spans.get(index)[0], spans.get(index + 1)[0], ""));
        }
        // The last entry: from the end of the one before, so that entry loses its comma.
        return Optional.of(edit(lines, spans.get(index - 1)[1], spans.get(index)[1], ""));
    }

    private static Optional<TextEdit> add(String pointer, JsonNode value, JsonOutline outline, Lines lines) {
        Optional<JsonOutline.Value> parent = outline.value(JsonPointer.parent(pointer));
        if (parent.isEmpty() || !parent.get().isObject() || outline.member(pointer).isPresent()) {
            return Optional.empty();
        }
        String key = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        String member = quote(key) + ": " + text(value);
        List<JsonOutline.Member> members = parent.get().members();
        if (members.isEmpty()) {
            return Optional.of(edit(lines, parent.get().start() + 1, parent.get().start() + 1, member));
        }
        JsonOutline.Member last = members.get(members.size() - 1);
        String text = outline.text();
        int lineStart = last.keyStart();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String indent = text.substring(lineStart, last.keyStart());
        String sep = indent.isBlank() && lineStart > parent.get().start() ? ",\n" + indent : ", ";
        return Optional.of(edit(lines, last.value().end(), last.value().end(), sep + member));
    }

    private static TextEdit edit(Lines lines, int start, int end, String text) {
        return new TextEdit(lines.range(start, end), text);
    }

    /** A value as compact JSON text. */
    static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isString()) {
            return quote(v.asString());
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(text(x)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isObject()) {
            List<String> items = new ArrayList<>();
            v.properties().forEach(e -> items.add(quote(e.getKey()) + ": " + text(e.getValue())));
            return "{" + String.join(", ", items) + "}";
        }
        return v.asString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
