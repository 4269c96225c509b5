package dev.targetspec.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way this tool writes JSON: a file with two-space indent, {@code "key": value} and a final
 * newline; a value inside a line (an edit, a completion, a message) on one line.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    /** {@code node} as indented JSON text ending in a newline. */
    public static String pretty(JsonNode node) {
        return MAPPER.writer().with(PRETTY).writeValueAsString(node) + "\n";
    }

    /** {@code value} as JSON text on one line, {@code {"a": 1, "b": [true, "x"]}}; Java's {@code null} as {@code null}. */
    public static String inline(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(e -> parts.add(quote(e.getKey()) + ": " + inline(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(inline(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return value.isString() ? quote(value.asString()) : value.toString();
    }

    /** {@code s} as a JSON string, quoted and escaped. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
