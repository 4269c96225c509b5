package dev.targetspec.render.site;

import com.samskivert.mustache.Mustache;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for Markdown (CommonMark and mdBook), so that text from a spec is shown as text: HTML is
 * entity-encoded (mdBook passes raw HTML through), Markdown punctuation is backslash-escaped, and
 * line breaks become spaces so that a value cannot end a table row or start a block.
 */
public final class Markdown {
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern ORDERED = Pattern.compile("\\d+()[.)]");

    /** The escaper the Markdown templates use for {@code {{value}}}. */
    public static final Mustache.Escaper ESCAPER = Markdown::text;

    private Markdown() {
    }

    /** {@code raw} as Markdown text that renders as exactly {@code raw}. */
    public static String text(String raw) {
        StringBuilder b = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                // mdBook expands {{#include ...}} anywhere in a chapter; an entity is never expanded.
                case '{' -> b.append("&#123;");
                case '\r', '\n', '\t' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~', '$' -> b.append('\\').append(c);
                default -> b.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        // What would start a heading, list, quote or thematic break at the start of a line.
        if (b.length() > 0 && "#+-=".indexOf(b.charAt(0)) >= 0) {
            b.insert(0, '\\');
        }
        java.util.regex.Matcher ordered = ORDERED.matcher(b);
        if (ordered.lookingAt()) {
            b.insert(ordered.end(1), '\\');
        }
        return b.toString();
    }

    /**
     * A line of prose in which {@code `backticks`} mark code: the code as code spans, the rest
     * escaped as text. An unpaired backtick is text.
     */
    public static String inline(String line) {
        StringBuilder md = new StringBuilder();
        String[] parts = line.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (isCode(i, parts.length)) {
                md.append(code(parts[i]));
            } else {
                md.append(text(i % 2 == 1 ? "`" + parts[i] : parts[i]));
            }
        }
        return md.toString();
    }

    /** Whether part {@code i} of a line split at backticks into {@code n} parts is code. */
    static boolean isCode(int i, int n) {
        return i % 2 == 1 && i < n - 1;
    }

    /** {@code raw} as an inline code span, with a backtick run longer than any inside it. */
    public static String code(String raw) {
        String flat = mdBookSafe(raw.replaceAll("[\\r\\n\\t]", " "));
        String fence = "`".repeat(longestBackticks(flat) + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /**
     * {@code text} for a code span or block in an mdBook: mdBook's preprocessor expands
     * {@code {{#include ...}}} even inside code, unless escaped as {@code \\{{#}, which it shows as
     * {@code {{#}.
     */
    public static String mdBookSafe(String text) {
        return text.replace("{{#", "\\{{#");
    }

    /**
     * {@code raw} as a code span inside a table cell. GitHub-flavoured tables split cells at every
     * unescaped {@code |}, even inside code, and show {@code \\|} there as {@code |}.
     */
    public static String cell(String raw) {
        return code(raw).replace("|", "\\|");
    }

    /** A code-block fence that no line of {@code text} can close: backticks, one more than its longest run. */
    public static String fence(String text) {
        return "`".repeat(Math.max(3, longestBackticks(text) + 1));
    }

    /** An angle-bracket link destination: {@code <}, {@code >}, spaces, controls and backslashes percent-encoded. */
    public static String destination(String url) {
        StringBuilder b = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '\\' || c == '`') {
                b.append(String.format("%%%02X", (int) c & 0xff));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int longestBackticks(String s) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(s);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }
}
