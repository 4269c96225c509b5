package dev.targetspec.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** RFC 6901 JSON pointers, built and taken apart. */
public final class JsonPointer {
    private JsonPointer() {
    }

    /** The pointer to member {@code name} of the value at {@code parent}. */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to element {@code index} of the array at {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The tokens of pointers looked up before: rules look up the same few pointers in every target. */
    private static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();
    /** How many pointers {@link #TOKENS} keeps; pointers built from a file's own keys may be many. */
    private static final int KEPT = 4096;

    /**
     * The value at {@code pointer} in {@code root}, as {@code root.at(pointer)} finds it, but without
     * compiling the pointer each time.
     */
    public static JsonNode at(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return root;
        }
        if (pointer.charAt(0) != '/') {
            return root.at(pointer);
        }
        String[] tokens = TOKENS.get(pointer);
        if (tokens == null) {
            tokens = tokens(pointer);
            if (TOKENS.size() < KEPT) {
                TOKENS.put(pointer, tokens);
            }
        }
        JsonNode n = root;
        for (String token : tokens) {
            JsonNode next = null;
            if (n.isObject()) {
                next = n.get(token);
            } else if (n.isArray() && isIndex(token)) {
                next = n.get(Integer.parseInt(token));
            }
            if (next == null) {
                return MissingNode.getInstance();
            }
            n = next;
        }
        return n;
    }

    /** The unescaped tokens of a pointer that starts with a slash. */
    private static String[] tokens(String pointer) {
        List<String> out = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            String token = pointer.substring(start, slash < 0 ? pointer.length() : slash);
            out.add(token.indexOf('~') >= 0 ? token.replace("~1", "/").replace("~0", "~") : token);
            if (slash < 0) {
                return out.toArray(String[]::new);
            }
            start = slash + 1;
        }
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The parent of {@code pointer}; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last token of {@code pointer}, unescaped: the member name or index it ends in. */
    public static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** How a pointer is shown in a message: the field path without the leading slash, or `(root)`. */
    public static String display(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer.substring(1);
    }
}
