package dev.targetspec.fix;

import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mends the three departures from JSON that hand-written target files have and that change nothing a
 * lenient reader saw: comments, a comma before a closing bracket, and a member written twice with the
 * same value. Anything else is left for a person.
 */
final class SyntaxRepair {
    /** More than any file has; a file still not JSON after this many repairs is left as it is. */
    private static final int MAX_STEPS = 64;

    /** The mended text and what was done, one sentence each. */
    record Repair(String text, List<String> changes) {
        Repair {
            changes = List.copyOf(changes);
        }
    }

    private SyntaxRepair() {
    }

    /** {@code text} mended into strict JSON, or empty when something else is wrong with it. */
    static Optional<Repair> repair(String text) {
        List<String> changes = new ArrayList<>();
        String current = stripCommentsAndTrailingCommas(text, changes);
        for (int step = 0; step < MAX_STEPS; step++) {
            try {
                StrictJson.parse(current.getBytes(StandardCharsets.UTF_8));
                return changes.isEmpty() ? Optional.empty() : Optional.of(new Repair(current, changes));
            } catch (JsonSyntaxException e) {
                if (!e.rule().equals("json-duplicate-key")) {
                    return Optional.empty();
                }
                Optional<String> next = dropRepeatedLine(current, e.location().line(), changes);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                current = next.get();
            }
        }
        return Optional.empty();
    }

    /** Removes `//` and `/* *&#47;` comments and commas that only a closing bracket follows. */
    private static String stripCommentsAndTrailingCommas(String text, List<String> changes) {
        StringBuilder out = new StringBuilder(text.length());
        int comments = 0;
        int commas = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                comments++;
                trimLineEnd(out);
                // A line that held only the comment goes with it; otherwise the line keeps its end.
                if (!(out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                    i--;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
                comments++;
            } else if (c == ',' && closesNext(text, i + 1)) {
                commas++;
            } else {
                out.append(c);
            }
        }
        if (comments > 0) {
            changes.add("Removed " + comments + (comments == 1 ? " comment" : " comments")
                    + ", which JSON does not have.");
        }
        if (commas > 0) {
            changes.add("Removed " + commas + (commas == 1 ? " comma" : " commas") + " before a closing bracket.");
        }
        return out.toString();
    }

    /** Whether the next character after blanks and comments from {@code from} closes an object or array. */
    private static boolean closesNext(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i);
                if (i < 0) {
                    return false;
                }
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
                continue;
            }
            return c == '}' || c == ']';
        }
        return false;
    }

    private static void trimLineEnd(StringBuilder out) {
        int n = out.length();
        while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
            n--;
        }
        out.setLength(n);
    }

    /**
     * Drops line {@code line} (1-based) when it is a member on a line of its own that an earlier line
     * repeats exactly: the same key with the same value, so a reader sees no difference.
     */
    private static Optional<String> dropRepeatedLine(String text, int line, List<String> changes) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        String member = withoutComma(lines.get(line - 1).strip());
        if (!member.startsWith("\"") || member.endsWith("{") || member.endsWith("[")) {
            return Optional.empty();
        }
        boolean repeated = lines.subList(0, line - 1).stream().anyMatch(l -> withoutComma(l.strip()).equals(member));
        if (!repeated) {
            return Optional.empty();
        }
        boolean hadComma = lines.get(line - 1).strip().endsWith(",");
        lines.remove(line - 1);
        if (!hadComma) {
            // It was the last member: the one before it loses its comma.
            for (int i = line - 2; i >= 0; i--) {
                String l = lines.get(i);
                if (!l.isBlank()) {
                    int comma = l.lastIndexOf(',');
                    if (comma >= 0 && l.substring(comma + 1).isBlank()) {
                        lines.set(i, l.substring(0, comma) + l.substring(comma + 1));
                    }
                    break;
                }
            }
        }
        changes.add("Removed line " + line + ", `" + member + "`, which repeats a member written before it.");
        return Optional.of(String.join("\n", lines));
    }

    private static String withoutComma(String s) {
        return s.endsWith(",") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
