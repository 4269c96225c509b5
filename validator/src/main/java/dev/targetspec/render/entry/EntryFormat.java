package dev.targetspec.render.entry;

import dev.targetspec.render.cflags.CFlags;
import dev.targetspec.render.cflags.CompilerFlags;
import dev.targetspec.render.entry.EntryPoint.Note;
import dev.targetspec.render.entry.EntryPoint.State;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Renders an {@link EntryPoint} as JSON, Markdown or plain text. */
public final class EntryFormat {

    private EntryFormat() {
    }

    /**
     * The JSON form. Stable keys: {@code target}, {@code protocol}, {@code object-format},
     * {@code symbol}, {@code linker-symbol}, {@code abi}, {@code returns} ({@code may-return},
     * {@code instead}), {@code state} ([{@code item}, {@code value}]), {@code provides},
     * {@code link-args} ({@code linker}, {@code rustflags}, {@code cargo-config}), {@code notes}
     * ([{@code text}, {@code source}]).
     */
    public static String json(EntryPoint e) {
        return dev.targetspec.json.Json.pretty(tree(e));
    }

    /** The JSON form with the C compiler flags under {@code c-flags} ({@code clang}, {@code gcc}, {@code notes}). */
    public static String json(EntryPoint e, CompilerFlags c) {
        ObjectNode root = tree(e);
        ObjectNode flags = root.putObject("c-flags");
        ObjectNode full = CFlags.tree(c);
        flags.set("clang", full.get("clang"));
        flags.set("gcc", full.get("gcc"));
        flags.set("gcc-toolchain", full.get("gcc-toolchain"));
        flags.set("notes", full.get("notes"));
        return dev.targetspec.json.Json.pretty(root);
    }

    /** A documentation page, with the C compiler flags. */
    public static String markdown(EntryPoint e, CompilerFlags c) {
        StringBuilder out = new StringBuilder(markdown(e));
        out.append("\n## C compiler flags\n\nC code linked into the program compiles with:\n\n```\n")
                .append(CFlags.lines(c)).append("```\n\n");
        for (CompilerFlags.Flag f : c.flags()) {
            out.append("- `").append(f.text()).append("`").append(switch (f.compilers()) {
                case CLANG -> " (clang)";
                case GCC -> " (GCC)";
                case BOTH -> "";
            }).append(": ").append(f.why()).append('\n');
        }
        c.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }

    /** A short plain-text summary, with the C compiler flags. */
    public static String text(EntryPoint e, CompilerFlags c) {
        StringBuilder out = new StringBuilder(text(e));
        out.append("C compiler flags (render --artifact cflags says why):\n");
        CFlags.lines(c).lines().forEach(l -> out.append("  ").append(l).append('\n'));
        c.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        return out.toString();
    }

    /** The JSON form as a tree. */
    public static ObjectNode tree(EntryPoint e) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("target", e.target());
        root.put("protocol", e.protocol());
        root.put("object-format", e.objectFormat());
        root.put("symbol", e.symbol());
        root.put("linker-symbol", e.linkerSymbol());
        root.put("abi", e.abi());
        ObjectNode ret = root.putObject("returns");
        ret.put("may-return", e.returns().mayReturn());
        ret.put("instead", e.returns().instead());
        ArrayNode state = root.putArray("state");
        for (State s : e.state()) {
            state.addObject().put("item", s.item()).put("value", s.value());
        }
        ArrayNode provides = root.putArray("provides");
        e.provides().forEach(provides::add);
        ObjectNode link = root.putObject("link-args");
        ArrayNode linker = link.putArray("linker");
        e.linkArgs().linker().forEach(linker::add);
        ArrayNode flags = link.putArray("rustflags");
        e.linkArgs().rustflags().forEach(flags::add);
        link.put("cargo-config", e.linkArgs().cargoConfig());
        ArrayNode notes = root.putArray("notes");
        for (Note n : e.notes()) {
            notes.addObject().put("text", n.text()).put("source", n.source());
        }
        return root;
    }

    /** A documentation page. */
    public static String markdown(EntryPoint e) {
        StringBuilder out = new StringBuilder();
        out.append("# Entry point for `").append(e.target()).append("`\n\n");
        out.append("Boot protocol: **").append(e.protocol()).append("**; object format: **").append(e.objectFormat())
                .append("**.\n\n");
        out.append("The linker must see **`").append(e.linkerSymbol()).append("`**");
        if (!e.linkerSymbol().equals(e.symbol())) {
            out.append(" (the Rust function `").append(e.symbol()).append("`)");
        }
        out.append(", entered with the **").append(e.abi()).append("** calling convention.\n\n");
        out.append("## Returning\n\n");
        out.append(e.returns().mayReturn() ? "The entry may return. " : "The entry must not return. ")
                .append(e.returns().instead()).append("\n\n");
        out.append("## Machine state at entry\n\n| | |\n|---|---|\n");
        for (State s : e.state()) {
            out.append("| ").append(cell(s.item())).append(" | ").append(cell(s.value())).append(" |\n");
        }
        out.append("\n## What the program provides\n\n");
        e.provides().forEach(p -> out.append("- ").append(p).append('\n'));
        out.append("\n## Link arguments\n\n");
        if (e.linkArgs().linker().isEmpty()) {
            out.append("None: the linker's default entry is already `").append(e.linkerSymbol()).append("`.\n");
        } else {
            out.append("As rustc flags:\n\n```\n");
            for (int i = 0; i + 1 < e.linkArgs().rustflags().size(); i += 2) {
                out.append(e.linkArgs().rustflags().get(i)).append(' ').append(e.linkArgs().rustflags().get(i + 1))
                        .append('\n');
            }
            out.append("```\n\nIn `.cargo/config.toml`:\n\n```toml\n").append(e.linkArgs().cargoConfig())
                    .append("```\n");
        }
        out.append("\n## Notes\n\n");
        e.notes().forEach(n -> out.append("- ").append(n.text()).append(" (Source: ").append(n.source())
                .append(")\n"));
        return out.toString();
    }

    /** A short plain-text summary. */
    public static String text(EntryPoint e) {
        StringBuilder out = new StringBuilder();
        out.append(e.target()).append(": entry ").append(e.linkerSymbol()).append(" (").append(e.abi())
                .append("), protocol ").append(e.protocol()).append(", ").append(e.objectFormat()).append('\n');
        out.append(e.returns().mayReturn() ? "may return: " : "must not return: ").append(e.returns().instead())
                .append('\n');
        out.append("state at entry:\n");
        e.state().forEach(s -> out.append("  ").append(s.item()).append(": ").append(s.value()).append('\n'));
        out.append("the program provides:\n");
        e.provides().forEach(p -> out.append("  - ").append(p).append('\n'));
        out.append("link args:");
        if (e.linkArgs().rustflags().isEmpty()) {
            out.append(" none\n");
        } else {
            out.append('\n');
            for (int i = 0; i + 1 < e.linkArgs().rustflags().size(); i += 2) {
                out.append("  ").append(e.linkArgs().rustflags().get(i)).append(' ')
                        .append(e.linkArgs().rustflags().get(i + 1)).append('\n');
            }
        }
        out.append("notes:\n");
        e.notes().forEach(n -> out.append("  - ").append(n.text()).append(" [").append(n.source()).append("]\n"));
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
