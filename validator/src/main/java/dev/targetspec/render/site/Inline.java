package dev.targetspec.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of generated prose in which {@code `backticks`} mark code, as a template model: segments
 * for HTML (each text or code, escaped by the template) and a ready, escaped Markdown form.
 */
final class Inline {
    private Inline() {
    }

    static Map<String, Object> of(String line) {
        List<Map<String, Object>> segments = new ArrayList<>();
        String[] parts = line.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean code = Markdown.isCode(i, parts.length);
            String part = !code && i % 2 == 1 ? "`" + parts[i] : parts[i];
            if (part.isEmpty()) {
                continue;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("text", part);
            s.put("code", code);
            segments.add(s);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("segments", segments);
        m.put("md", Markdown.inline(line));
        return m;
    }

    static List<Map<String, Object>> all(List<String> lines) {
        return lines.stream().map(Inline::of).toList();
    }
}
