package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.json.Json;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import tools.jackson.databind.JsonNode;

/**
 * Hover on a field: what it means (the schema's descriptions and allowed values, and the rule pages
 * that check it), which base it overrides or which base set it, and how to fix a diagnostic on it.
 */
final class Hovers {
    private static final int MAX_VALUES = 24;

    private final Schemas schemas;
    private final RulePages pages;

    Hovers(Schemas schemas, RulePages pages) {
        this.schemas = schemas;
        this.pages = pages;
    }

    Optional<Hover> hover(Checked c, int offset) {
        Optional<JsonOutline.Member> at = c.outline().memberAt(offset);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        JsonOutline.Member m = at.get();
        List<String> parts = new ArrayList<>();
        parts.add("**`" + JsonPointer.display(m.pointer()) + "`**" + (c.rustcFile() ? " (rustc target field)" : ""));
        List<Schemas.At> s = schemas.at(c.rustcFile(), m.pointer());
        if (s.isEmpty()) {
            parts.add("The schema does not define this field.");
        } else {
            parts.addAll(schemas.descriptions(s));
            parts.add(allowed(s));
        }
        c.target().flatMap(t -> origin(c, t, m)).ifPresent(parts::add);
        List<RulePages.Page> rules = pages.about(m.key());
        if (!rules.isEmpty()) {
            parts.add("Checked by:\n" + rules.stream().map(p -> "- `" + p.id() + "`: " + p.summary())
                    .collect(Collectors.joining("\n")));
        }
        for (Diagnostic d : c.diagnostics()) {
            if (d.pointer().equals(m.pointer())) {
                pages.page(d.rule()).ifPresent(p -> {
                    String fix = p.section("How to fix it");
                    if (!fix.isEmpty()) {
                        parts.add("`" + d.rule() + "`, how to fix it: " + fix);
                    }
                });
            }
        }
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n", parts)));
        h.setRange(c.lines().range(m.keyStart(), m.keyEnd()));
        return Optional.of(h);
    }

    private String allowed(List<Schemas.At> s) {
        Map<JsonNode, String> values = schemas.values(s);
        List<String> types = new ArrayList<>(schemas.types(s));
        if (!values.isEmpty() && !(values.size() == 2 && types.contains("boolean"))) {
            List<String> shown = values.keySet().stream().limit(MAX_VALUES).map(v -> "`" + Json.inline(v) + "`").toList();
            return "One of " + String.join(", ", shown) + (values.size() > MAX_VALUES ? ", …" : "")
                    + (types.contains("null") ? ", or `null`." : ".");
        }
        return types.isEmpty() ? "" : "Type: " + types.stream().map(t -> "`" + t + "`").collect(Collectors.joining(" or ")) + ".";
    }

    /** For a registry spec, or a file that extends a built-in: the base value this one overrides, or who set it. */
    private static Optional<String> origin(Checked c, Target t, JsonOutline.Member m) {
        if (t.chain().size() < 2) {
            return Optional.empty();
        }
        String docPointer = c.rustcFile() ? (m.pointer().startsWith("/metadata") ? m.pointer() : "/rustc" + m.pointer())
                : m.pointer();
        if (m.pointer().equals("/inherits")) {
            return Optional.of("Inherits, nearest first: " + t.chain().stream().skip(1)
                    .map(f -> "`" + f.triple() + "` (" + shortPath(f) + ")").collect(Collectors.joining(" → ")) + ".");
        }
        for (SpecFile base : t.chain().subList(1, t.chain().size())) {
            JsonNode v = base.doc().at(docPointer);
            if (!v.isMissingNode()) {
                String shown = v.isContainer() ? "the value" : "`" + Json.inline(v) + "`";
                return Optional.of("Overrides " + shown + " set by base `" + base.triple() + "` ("
                        + shortPath(base) + ", line " + base.locate(docPointer).line() + ").");
            }
        }
        return Optional.of("No base sets this field; `" + t.triple() + "` is the first to.");
    }

    /** A file as its folder and name, such as {@code rustc/x86_64-unknown-none.json}. */
    private static String shortPath(SpecFile f) {
        java.nio.file.Path p = f.path();
        return p.getParent() == null || p.getParent().getFileName() == null ? p.getFileName().toString()
                : p.getParent().getFileName() + "/" + p.getFileName();
    }
}
