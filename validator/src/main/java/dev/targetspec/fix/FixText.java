package dev.targetspec.fix;

import dev.targetspec.diag.Fix;
import dev.targetspec.json.JsonEditor;
import dev.targetspec.json.JsonPointer;
import tools.jackson.databind.node.JsonNodeFactory;

/** A fix applied to the text of a file, and the one region of text it changes. */
public final class FixText {
    private FixText() {
    }

    /**
     * {@code text} with every edit of {@code fix} applied in order; a member added under an object the
     * file does not have yet gets that object too.
     *
     * @throws IllegalArgumentException when an edit does not fit the text (the value is gone, or the text is not JSON)
     */
    public static String apply(String text, Fix fix) {
        String out = text;
        for (Fix.Edit e : fix.edits()) {
            out = apply(out, e);
        }
        return out;
    }

    private static String apply(String text, Fix.Edit e) {
        JsonEditor ed = JsonEditor.of(text);
        return switch (e.op()) {
            case REPLACE -> ed.replace(e.pointer(), e.value().orElseThrow());
            case REMOVE -> ed.remove(e.pointer());
            case RENAME -> {
                String to = e.to().orElseThrow();
                if (!JsonPointer.parent(to).equals(JsonPointer.parent(e.pointer()))) {
                    throw new IllegalArgumentException("a rename stays in its object: " + e.pointer() + " to " + to);
                }
                yield ed.rename(e.pointer(), JsonPointer.lastToken(to));
            }
            case ADD -> {
                String parent = JsonPointer.parent(e.pointer());
                String t = text;
                if (!ed.has(parent)) {
                    t = apply(t, Fix.Edit.add(parent, JsonNodeFactory.instance.objectNode()));
                    ed = JsonEditor.of(t);
                }
                yield ed.add(parent, JsonPointer.lastToken(e.pointer()), e.value().orElseThrow());
            }
        };
    }

    /**
     * The one region in which {@code before} and {@code after} differ: where it starts and ends in
     * {@code before} (1-based lines and columns, the end exclusive) and the text that replaces it.
     */
    public record Region(int offset, int length, int startLine, int startColumn, int endLine, int endColumn,
            String replacement) {
    }

    /** The region of {@code before} that {@code after} replaces. */
    public static Region changed(String before, String after) {
        int start = 0;
        int max = Math.min(before.length(), after.length());
        while (start < max && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int endB = before.length();
        int endA = after.length();
        while (endB > start && endA > start && before.charAt(endB - 1) == after.charAt(endA - 1)) {
            endB--;
            endA--;
        }
        int[] s = lineColumn(before, start);
        int[] e = lineColumn(before, endB);
        return new Region(start, endB - start, s[0], s[1], e[0], e[1], after.substring(start, endA));
    }

    private static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
