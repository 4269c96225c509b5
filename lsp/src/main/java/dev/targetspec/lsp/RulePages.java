package dev.targetspec.lsp;

import dev.targetspec.validate.Rule;
import dev.targetspec.validate.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule pages ({@code docs/rules/<id>.md}, bundled): what each rule checks, why, and how to fix it. */
final class RulePages {
    /** One page: the rule, its summary, and its text. */
    record Page(String id, String summary, String text) {
        /** The text of a section such as {@code How to fix it}, without its heading; empty if none. */
        String section(String heading) {
            int at = text.indexOf("\n## " + heading);
            if (at < 0) {
                return "";
            }
            int start = text.indexOf('\n', at + 1);
            int end = text.indexOf("\n## ", start);
            return text.substring(start, end < 0 ? text.length() : end).strip();
        }
    }

    private final Map<String, Page> pages = new LinkedHashMap<>();

    RulePages() {
        for (Rule r : Rules.all(dev.targetspec.profile.Profiles.standard())) {
            read(r.id()).ifPresent(text -> pages.put(r.id(), new Page(r.id(), r.summary(), text)));
        }
        for (String id : Rules.PRE_RULE_IDS) {
            read(id).ifPresent(text -> pages.put(id, new Page(id, firstLine(text), text)));
        }
    }

    Optional<Page> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    /** The pages whose first sections name {@code field} in backticks: the rules that check it. */
    List<Page> about(String field) {
        String quoted = "`" + field + "`";
        List<Page> out = new ArrayList<>();
        for (Page p : pages.values()) {
            int cut = p.text().indexOf("\n## Why");
            String head = cut < 0 ? p.text() : p.text().substring(0, cut);
            if (head.contains(quoted) && !p.id().startsWith("json-")) {
                out.add(p);
            }
        }
        return out;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line.strip();
            }
        }
        return "";
    }

    private static Optional<String> read(String id) {
        try (InputStream in = RulePages.class.getResourceAsStream("rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
