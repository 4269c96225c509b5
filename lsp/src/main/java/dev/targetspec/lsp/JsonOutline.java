package dev.targetspec.lsp;

import dev.targetspec.json.JsonPointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON text is, by JSON pointer, read tolerantly: a document being edited is
 * often not valid JSON, and whatever can be read before the first error is still outlined. Offsets
 * are indexes into the Java string, so UTF-16 code units, as LSP positions count them.
 */
final class JsonOutline {
    /** A value: {@code [start, end)} in the text; objects and arrays list what they hold. */
    record Value(String pointer, char kind, int start, int end, List<Member> members, List<Value> items) {
        boolean isObject() {
            return kind == '{';
        }
    }

    /** One member of an object: its key's span (quotes included) and its value. */
    record Member(String key, String pointer, int keyStart, int keyEnd, Value value) {
    }

    /** What surrounds an offset: the container it is in, and whether a key or a value is expected there. */
    record Context(String container, boolean inObject, boolean keyPosition, String key, int tokenStart, int tokenEnd) {
    }

    private final String text;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private int pos;
    private final Value root;

    private JsonOutline(String text) {
        this.text = text;
        Value r = null;
        try {
            skip();
            if (pos < text.length()) {
                r = value("", 0);
            }
        } catch (Stop e) {
            r = values.get("");
        }
        root = r;
    }

    static JsonOutline of(String text) {
        return new JsonOutline(text);
    }

    String text() {
        return text;
    }

    Optional<Value> root() {
        return Optional.ofNullable(root);
    }

    Optional<Value> value(String pointer) {
        return Optional.ofNullable(values.get(pointer));
    }

    Optional<Member> member(String pointer) {
        return Optional.ofNullable(members.get(pointer));
    }

    /** The innermost member whose key or value holds {@code offset}. */
    Optional<Member> memberAt(int offset) {
        Member best = null;
        for (Member m : members.values()) {
            if (offset >= m.keyStart() && offset <= m.value().end()
                    && (best == null || m.keyStart() >= best.keyStart())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The innermost value that holds {@code offset}. */
    Optional<Value> valueAt(int offset) {
        Value best = null;
        for (Value v : values.values()) {
            if (offset >= v.start() && offset <= v.end() && (best == null || v.start() >= best.start())) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private Value value(String pointer, int depth) {
        if (depth > 256 || pos >= text.length()) {
            throw new Stop();
        }
        char c = text.charAt(pos);
        int start = pos;
        if (c == '{') {
            pos++;
            List<Member> ms = new ArrayList<>();
            Value v = new Value(pointer, '{', start, text.length(), ms, List.of());
            values.put(pointer, v);
            skip();
            if (peek() == '}') {
                pos++;
                return close(v);
            }
            while (true) {
                skip();
                if (peek() != '"') {
                    throw new Stop();
                }
                int keyStart = pos;
                String key = string();
                int keyEnd = pos;
                skip();
                if (peek() != ':') {
                    throw new Stop();
                }
                pos++;
                skip();
                String child = JsonPointer.child(pointer, key);
                Value inner;
                try {
                    inner = value(child, depth + 1);
                } catch (Stop e) {
                    Value partial = values.get(child);
                    if (partial != null) {
                        members.put(child, new Member(key, child, keyStart, keyEnd, partial));
                    }
                    throw e;
                }
                Member m = new Member(key, child, keyStart, keyEnd, inner);
                ms.add(m);
                members.put(child, m);
                skip();
                char d = peek();
                pos++;
                if (d == '}') {
                    return close(v);
                }
                if (d != ',') {
                    throw new Stop();
                }
            }
        }
        if (c == '[') {
            pos++;
            List<Value> items = new ArrayList<>();
            Value v = new Value(pointer, '[', start, text.length(), List.of(), items);
            values.put(pointer, v);
            skip();
            if (peek() == ']') {
                pos++;
                return close(v);
            }
            for (int i = 0;; i++) {
                skip();
                items.add(value(JsonPointer.child(pointer, i), depth + 1));
                skip();
                char d = peek();
                pos++;
                if (d == ']') {
                    return close(v);
                }
                if (d != ',') {
                    throw new Stop();
                }
            }
        }
        if (c == '"') {
            string();
        } else {
            while (pos < text.length() && ",:}] \t\r\n[{\"".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == start) {
                throw new Stop();
            }
        }
        Value v = new Value(pointer, c == '"' ? '"' : '1', start, pos, List.of(), List.of());
        values.put(pointer, v);
        return v;
    }

    private Value close(Value open) {
        Value v = new Value(open.pointer(), open.kind(), open.start(), pos, open.members(), open.items());
        values.put(v.pointer(), v);
        return v;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Reads a string at {@code pos} (on its opening quote) and returns it decoded; a string cut short stops. */
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 <= text.length()) {
                            try {
                                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException x) {
                                throw new Stop();
                            }
                            pos += 4;
                        }
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw new Stop();
    }

    /**
     * What is expected at {@code offset}: read forward from the start of the text, so whatever follows
     * the offset (often half-typed) does not matter.
     */
    Context contextAt(int offset) {
        final class Frame {
            final String pointer;
            final boolean object;
            boolean expectKey = true;
            String key;
            int index;

            Frame(String pointer, boolean object) {
                this.pointer = pointer;
                this.object = object;
            }

            String childPointer() {
                return object ? JsonPointer.child(pointer, key == null ? "" : key) : JsonPointer.child(pointer, index);
            }
        }
        Deque<Frame> stack = new ArrayDeque<>();
        int i = 0;
        int end = Math.min(offset, text.length());
        while (i < end) {
            char c = text.charAt(i);
            Frame top = stack.peek();
            if (c == '"') {
                int s = i;
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    sb.append(text.charAt(i));
                    i++;
                }
                int e = i < text.length() && text.charAt(i) == '"' ? i + 1 : i;
                if (offset <= i || (offset < e)) {
                    // The offset is inside this string.
                    boolean key = top != null && top.object && top.expectKey;
                    String container = top == null ? "" : top.pointer;
                    return new Context(container, top != null && top.object, key, key || top == null ? null : top.key, s, e);
                }
                if (top != null && top.object && top.expectKey) {
                    top.key = sb.toString();
                }
                i = e;
                continue;
            }
            if (c == '{' || c == '[') {
                String p = top == null ? "" : top.childPointer();
                stack.push(new Frame(p, c == '{'));
            } else if (c == '}' || c == ']') {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            } else if (c == ':' && top != null && top.object) {
                top.expectKey = false;
            } else if (c == ',' && top != null) {
                if (top.object) {
                    top.expectKey = true;
                    top.key = null;
                } else {
                    top.index++;
                }
            }
            i++;
        }
        Frame top = stack.peek();
        if (top == null) {
            return new Context("", false, false, null, offset, offset);
        }
        int s = offset;
        while (s > 0 && ",:{[ \t\r\n\"".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return new Context(top.pointer, top.object, top.object && top.expectKey, top.object && !top.expectKey ? top.key : null, s, offset);
    }
}
