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

    /** The escaper the Markdown templates use for {@code {{value}}}. */
    static final Mustache.Escaper ESCAPER = Markdown::text;

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
                case '\r', '\n', '\t' -> b.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '\'', '=',
                        ':', '$' -> b.append('\\').append(c);
                default -> b.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** {@code raw} as an inline code span, with a backtick run longer than any inside it. */
    public static String code(String raw) {
        String flat = raw.replaceAll("[\\r\\n\\t]", " ");
        String fence = "`".repeat(longestBackticks(flat) + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
        return fence + pad + flat + pad + fence;
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
