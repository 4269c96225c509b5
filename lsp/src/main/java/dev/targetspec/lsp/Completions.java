package dev.targetspec.lsp;

import dev.targetspec.json.Json;
import dev.targetspec.json.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import tools.jackson.databind.JsonNode;

/** Completion of field names (those the object does not have yet) and of enumerated values. */
final class Completions {
    private final Schemas schemas;

    Completions(Schemas schemas) {
        this.schemas = schemas;
    }

    List<CompletionItem> complete(Checked c, int offset) {
        JsonOutline.Context ctx = c.outline().contextAt(offset);
        List<CompletionItem> out = new ArrayList<>();
        boolean quoted = ctx.tokenStart() < c.text().length() && c.text().charAt(ctx.tokenStart()) == '"';
        if (ctx.inObject() && ctx.keyPosition()) {
            Set<String> present = c.outline().value(ctx.container())
                    .map(v -> v.members().stream().map(JsonOutline.Member::key).collect(Collectors.toSet()))
                    .orElse(Set.of());
            for (Map.Entry<String, List<Schemas.At>> e : schemas.properties(schemas.at(c.rustcFile(), ctx.container())).entrySet()) {
                String typed = quoted ? c.text().substring(ctx.tokenStart() + 1, Math.max(ctx.tokenStart() + 1, offset)) : "";
                if (present.contains(e.getKey()) && !e.getKey().equals(typed)) {
                    continue;
                }
                List<Schemas.At> s = schemas.expand(e.getValue());
                CompletionItem item = new CompletionItem(e.getKey());
                item.setKind(CompletionItemKind.Property);
                item.setDetail(String.join(" | ", schemas.types(s)));
                String doc = String.join("\n\n", schemas.descriptions(s));
                if (!doc.isEmpty()) {
                    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, doc));
                }
                item.setFilterText(quoted ? "\"" + e.getKey() : e.getKey());
                String insert = Json.quote(e.getKey()) + (quoted ? "" : ": ");
                item.setTextEdit(Either.forLeft(new TextEdit(c.lines().range(ctx.tokenStart(), ctx.tokenEnd()), insert)));
                out.add(item);
            }
        } else if (!ctx.keyPosition() && (ctx.key() != null || !ctx.inObject())) {
            String pointer = ctx.inObject() ? JsonPointer.child(ctx.container(), ctx.key()) : JsonPointer.child(ctx.container(), 0);
            for (Map.Entry<JsonNode, String> e : schemas.values(schemas.at(c.rustcFile(), pointer)).entrySet()) {
                String text = Json.inline(e.getKey());
                CompletionItem item = new CompletionItem(e.getKey().isString() ? e.getKey().asString() : text);
                item.setKind(CompletionItemKind.EnumMember);
                item.setFilterText(text);
                if (!e.getValue().isEmpty()) {
                    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, e.getValue()));
                }
                item.setTextEdit(Either.forLeft(new TextEdit(c.lines().range(ctx.tokenStart(), ctx.tokenEnd()), text)));
                out.add(item);
            }
        }
        return out;
    }
}
