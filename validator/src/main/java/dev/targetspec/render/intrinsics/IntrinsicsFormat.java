package dev.targetspec.render.intrinsics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Renders an {@link IntrinsicList} as JSON, as text, or as linker arguments. */
public final class IntrinsicsFormat {

    private IntrinsicsFormat() {
    }

    /** {@code {"target", "symbols":[{"name","family","reason","provided-by"}], "notes"}}, pretty-printed. */
    public static String json(IntrinsicList list) {
        return dev.targetspec.json.Json.pretty(tree(list));
    }

    /** The JSON form as a tree. */
    public static ObjectNode tree(IntrinsicList list) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("target", list.target());
        ArrayNode symbols = root.putArray("symbols");
        for (Intrinsic s : list.symbols()) {
            ObjectNode o = symbols.addObject();
            o.put("name", s.name());
            o.put("family", s.family().id());
            o.put("reason", s.reason());
            o.put("provided-by", s.providedBy());
        }
        ArrayNode notes = root.putArray("notes");
        list.notes().forEach(notes::add);
        return root;
    }

    /** A human-readable listing, grouped by family. */
    public static String text(IntrinsicList list) {
        StringBuilder out = new StringBuilder();
        out.append("Runtime routines for ").append(list.target()).append(": ").append(list.symbols().size())
                .append(" symbols\n");
        for (Family family : Family.values()) {
            List<Intrinsic> group = list.of(family);
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(family.id()).append(" (").append(group.size()).append(")\n");
            Map<List<String>, List<String>> byReason = new LinkedHashMap<>();
            for (Intrinsic s : group) {
                byReason.computeIfAbsent(List.of(s.reason(), s.providedBy()), k -> new ArrayList<>()).add(s.name());
            }
            byReason.forEach((key, names) -> {
                out.append("  ").append(key.get(0)).append("\n    provided by ").append(key.get(1)).append('\n');
                names.forEach(n -> out.append("      ").append(n).append('\n'));
            });
        }
        if (!list.notes().isEmpty()) {
            out.append("\nNotes\n");
            list.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        return out.toString();
    }

    /**
     * One {@code -u SYMBOL} line per routine the program must link in (symbols the linker itself
     * defines are left out), for a linker script or response file. With {@code longForm}, the
     * lines read {@code --undefined=SYMBOL}.
     */
    public static String ld(IntrinsicList list, boolean longForm) {
        StringBuilder out = new StringBuilder();
        for (Intrinsic s : list.symbols()) {
            if (s.family() == Family.LINKER) {
                continue;
            }
            out.append(longForm ? "--undefined=" : "-u ").append(s.name()).append('\n');
        }
        return out.toString();
    }
}
