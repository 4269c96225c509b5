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
}
