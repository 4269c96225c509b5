package dev.targetspec.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Edits the text of a JSON document the way a person would: only the member edited changes, and
 * every other byte (key order, indentation, spacing, the final newline) stays as it was. A member
 * on lines of its own is removed with its lines; an added member copies the indentation of the
 * member before it. Comments and trailing commas, which strict JSON refuses, are passed over as
 * space, so a file that has them can still be edited.
 */
public final class JsonEditor {
    /** Where a value is in the text: its member's key (for members of objects), and the value itself. */
    private record Span(int keyStart, int keyEnd, int valueStart, int valueEnd, boolean member) {
    }

    /** The members or elements of a container, in order, and where it closes. */
    private record Container(List<String> children, int open, int close, boolean object) {
    }

    private final String text;
    private final Map<String, Span> spans = new HashMap<>();
    private final Map<String, Container> containers = new HashMap<>();
    private int pos;

    private JsonEditor(String text) {
        this.text = text;
    }

    /** Reads {@code text}; throws {@link IllegalArgumentException} when it is not JSON this editor can follow. */
    public static JsonEditor of(String text) {
        JsonEditor e = new JsonEditor(text);
        e.space();
        int start = e.pos;
        e.value("");
        e.spans.put("", new Span(start, start, start, e.pos, false));
        return e;
    }

    public String text() {
        return text;
    }

    /** Whether the document has a value at {@code pointer}. */
    public boolean has(String pointer) {
        return spans.containsKey(pointer);
    }

    /** The text with the value at {@code pointer} replaced by {@code value}. */
    public String replace(String pointer, JsonNode value) {
        Span s = span(pointer);
        return text.substring(0, s.valueStart()) + Json.inline(value) + text.substring(s.valueEnd());
    }

    /** The text with the member {@code pointer} renamed to {@code name}, in the same place. */
    public String rename(String pointer, String name) {
        Span s = span(pointer);
        if (!s.member()) {
            throw new IllegalArgumentException(pointer + " is not an object member");
        }
        return text.substring(0, s.keyStart()) + Json.quote(name) + text.substring(s.keyEnd());
    }

    /** The text without the member or element at {@code pointer}. */
    public String remove(String pointer) {
        Span s = span(pointer);
        Container c = containers.get(JsonPointer.parent(pointer));
        if (c == null || pointer.isEmpty()) {
            throw new IllegalArgumentException("cannot remove the root");
        }
        int i = c.children().indexOf(pointer);
        Span prev = i > 0 ? spans.get(c.children().get(i - 1)) : null;
        Span next = i + 1 < c.children().size() ? spans.get(c.children().get(i + 1)) : null;
        int from = s.keyStart();
        int to = s.valueEnd();
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        boolean ownLine = text.substring(lineStart, from).isBlank();
        if (next != null) {
            // Up to the next member: its comma and the space before it go too.
            int comma = text.indexOf(',', to);
            to = comma + 1;
            if (ownLine && startsLine(next.keyStart())) {
                from = lineStart;
                to = text.lastIndexOf('\n', next.keyStart() - 1) + 1;
            } else {
                while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
                    to++;
                }
            }
        } else if (prev != null) {
            // The last one: the comma after the member before it goes, and its own lines.
            int comma = text.lastIndexOf(',', from);
            if (ownLine) {
                int lineEnd = text.indexOf('\n', to);
                String rest = lineEnd < 0 ? text.substring(to) : text.substring(to, lineEnd);
                if (rest.isBlank()) {
                    return text.substring(0, comma) + text.substring(comma + 1, lineStart) + text.substring(
                            lineEnd < 0 ? text.length() : lineEnd + 1);
                }
            }
            from = comma;
        } else {
            // The only one: the container becomes empty.
            from = c.open() + 1;
            to = c.close();
        }
        return text.substring(0, from) + text.substring(to);
    }

    /** The text with the member {@code name} added at the end of the object at {@code parent}. */
    public String add(String parent, String name, JsonNode value) {
        Container c = containers.get(parent);
        if (c == null || !c.object()) {
            throw new IllegalArgumentException(parent + " is not an object");
        }
        String member = Json.quote(name) + ": " + Json.inline(value);
        if (c.children().isEmpty()) {
            return text.substring(0, c.open() + 1) + member + text.substring(c.open() + 1);
        }
        Span last = spans.get(c.children().get(c.children().size() - 1));
        if (startsLine(last.keyStart())) {
            int lineStart = text.lastIndexOf('\n', last.keyStart() - 1) + 1;
            String indent = text.substring(lineStart, last.keyStart());
            return text.substring(0, last.valueEnd()) + ",\n" + indent + member + text.substring(last.valueEnd());
        }
        return text.substring(0, last.valueEnd()) + ", " + member + text.substring(last.valueEnd());
    }

    /** The name of the member at {@code pointer}, as written, or empty for an array element. */
    public Optional<String> name(String pointer) {
        Span s = spans.get(pointer);
        return s == null || !s.member() ? Optional.empty() : Optional.of(JsonPointer.lastToken(pointer));
    }

    private boolean startsLine(int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(lineStart, at).isBlank();
    }

    private Span span(String pointer) {
        Span s = spans.get(pointer);
        if (s == null) {
            throw new IllegalArgumentException("no value at " + pointer);
        }
        return s;
    }

    // ------------------------------------------------------------------ scanning

    private void value(String pointer) {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of input");
        }
        char ch = text.charAt(pos);
        if (ch == '{' || ch == '[') {
            container(pointer, ch == '{');
        } else if (ch == '"') {
            string();
        } else {
            int start = pos;
            while (pos < text.length() && "{}[],: \t\r\n/".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("unexpected '" + ch + "' at offset " + pos);
            }
        }
    }

    private void container(String pointer, boolean object) {
        int open = pos++;
        List<String> children = new ArrayList<>();
        int index = 0;
        while (true) {
            space();
            if (pos >= text.length()) {
                throw new IllegalArgumentException("unclosed container at offset " + open);
            }
            char ch = text.charAt(pos);
            if (ch == (object ? '}' : ']')) {
                containers.put(pointer, new Container(List.copyOf(children), open, pos, object));
                pos++;
                return;
            }
            if (ch == ',') {
                pos++;
                continue;
            }
            int keyStart = pos;
            int keyEnd = pos;
            String child;
            if (object) {
                String key = string();
                keyEnd = pos;
                space();
                expect(':');
                space();
                child = JsonPointer.child(pointer, key);
            } else {
                child = JsonPointer.child(pointer, index++);
            }
            int valueStart = pos;
            value(child);
            spans.put(child, new Span(object ? keyStart : valueStart, object ? keyEnd : valueStart, valueStart, pos,
                    object));
            children.add(child);
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char ch = text.charAt(pos++);
            if (ch == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(text.substring(pos, Math.min(pos + 4, text.length())), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(ch);
            }
        }
        expect('"');
        return b.toString();
    }

    private void expect(char ch) {
        if (pos >= text.length() || text.charAt(pos) != ch) {
            throw new IllegalArgumentException("expected '" + ch + "' at offset " + pos);
        }
        pos++;
    }

    /** Skips white space and comments. */
    private void space() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\uFEFF') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
