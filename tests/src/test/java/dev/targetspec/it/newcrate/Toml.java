package dev.targetspec.it.newcrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough TOML to read back the generated files: {@code [table]} headers and one-line
 * {@code key = value} pairs. Not a general TOML reader.
 */
final class Toml {
    private static final Pattern HEADER = Pattern.compile("^\\[([^\\[\\]]+)]\\s*$");
    private static final Pattern PAIR = Pattern.compile("^([A-Za-z0-9_-]+)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Toml() {
    }

    /** Table name to its keys and raw values; the keys before any header are under "". */
    static Map<String, Map<String, String>> tables(String text) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        String table = "";
        out.put(table, new LinkedHashMap<>());
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher h = HEADER.matcher(l);
            if (h.matches()) {
                table = h.group(1).strip();
                if (out.containsKey(table)) {
                    throw new AssertionError("table [" + table + "] twice");
                }
                out.put(table, new LinkedHashMap<>());
                continue;
            }
            Matcher p = PAIR.matcher(l);
            if (!p.matches()) {
                throw new AssertionError("not a one-line key = value: " + line);
            }
            if (out.get(table).put(p.group(1), p.group(2)) != null) {
                throw new AssertionError("key " + p.group(1) + " twice in [" + table + "]");
            }
        }
        return out;
    }

    /** The strings of a one-line array of basic strings, or of a single basic string. */
    static List<String> strings(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = STRING.matcher(raw);
        while (m.find()) {
            out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return out;
    }
}
