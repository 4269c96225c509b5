package dev.targetspec.triple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered shell-style case table: each row is a set of alternative glob
 * patterns and a list of {@code key=value} settings. Rows are written one per
 * line as {@code pat|pat|pat : key=value key=value}; a row without settings
 * matches and sets nothing. The first row with a matching pattern wins.
 */
final class CaseTable {

    /** One row: alternative patterns and the settings it makes, in order. */
    record Row(List<String> patterns, Map<String, String> settings) {
    }

    private final List<Row> rows;

    private CaseTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static CaseTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(" :");
            String pats = colon < 0 ? line : line.substring(0, colon);
            String rest = colon < 0 ? "" : line.substring(colon + 2).strip();
            List<String> patterns = new ArrayList<>();
            for (String p : pats.split("\\|")) {
                patterns.add(p.strip());
            }
            Map<String, String> settings = new LinkedHashMap<>();
            if (!rest.isEmpty()) {
                for (String kv : rest.split("\\s+")) {
                    int eq = kv.indexOf('=');
                    settings.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            rows.add(new Row(List.copyOf(patterns), Collections.unmodifiableMap(settings)));
        }
        return new CaseTable(rows);
    }

    /** A table whose rows are whitespace-separated patterns with no settings. */
    static CaseTable ofPatterns(String text) {
        return parse(String.join("|", text.strip().split("\\s+")));
    }

    /** The first row matching {@code subject}, or null. */
    Row match(String subject) {
        for (Row row : rows) {
            for (String p : row.patterns()) {
                if (ShellGlob.matches(p, subject)) {
                    return row;
                }
            }
        }
        return null;
    }

    boolean matches(String subject) {
        return match(subject) != null;
    }
}
