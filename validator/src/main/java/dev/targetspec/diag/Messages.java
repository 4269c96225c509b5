package dev.targetspec.diag;

/** Keeps every message one line of visible text, whatever the input it quotes. */
public final class Messages {
    private static final int LONGEST = 1000;

    private Messages() {
    }

    /**
     * {@code message} with each control or invisible formatting character (line breaks, NUL, escape,
     * zero-width joiners, bidirectional overrides) written as {@code \}{@code uXXXX}, and cut to
     * {@value #LONGEST} characters.
     */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean hidden = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            if (hidden && b == null) {
                b = new StringBuilder(message.length() + 16).append(message, 0, i);
            }
            if (b != null) {
                if (hidden) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        String s = b == null ? message : b.toString();
        return s.length() > LONGEST ? s.substring(0, LONGEST - 1) + "…" : s;
    }

    /**
     * For a name that is meant to be ASCII: {@code "; it contains the non-ASCII character `х` (U+0445)"}
     * for its first non-ASCII character, so that a look-alike is visible; empty for an ASCII name.
     */
    public static String nonAsciiNote(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp > 0x7e || cp < 0x20) {
                String shown = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                        || cp == 0x2028 || cp == 0x2029 ? "" : "`" + new String(Character.toChars(cp)) + "` ";
                return "; it contains the " + (cp >= 0x80 ? "non-ASCII" : "control") + " character " + shown
                        + String.format("(U+%04X", cp) + (Character.getName(cp) == null ? ")"
                                : ", " + Character.getName(cp) + ")");
            }
            i += Character.charCount(cp);
        }
        return "";
    }
}
