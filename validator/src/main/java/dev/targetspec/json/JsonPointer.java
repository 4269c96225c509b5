package dev.targetspec.json;

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

    /** The parent of {@code pointer}; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }


    /** How a pointer is shown in a message: the field path without the leading slash, or `(root)`. */
    public static String display(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer.substring(1);
    }
}
