package dev.targetspec.triple;

/**
 * POSIX shell {@code case} pattern matching: {@code *}, {@code ?} and bracket
 * expressions ({@code [abc]}, {@code [0-9]}, {@code [!x]}); every other
 * character matches itself. Used to evaluate config.sub's case tables.
 */
final class ShellGlob {

    private ShellGlob() {
    }

    static boolean matches(String pattern, String text) {
        return match(pattern, 0, text, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length()) {
                return false;
            }
            if (c == '?') {
                pi++;
                si++;
                continue;
            }
            if (c == '[') {
                int end = p.indexOf(']', pi + 2);
                if (end > 0) {
                    if (!bracket(p.substring(pi + 1, end), s.charAt(si))) {
                        return false;
                    }
                    pi = end + 1;
                    si++;
                    continue;
                }
            }
            if (c != s.charAt(si)) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }

    private static boolean bracket(String set, char ch) {
        boolean negate = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
        int i = negate ? 1 : 0;
        boolean hit = false;
        for (; i < set.length(); i++) {
            char lo = set.charAt(i);
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                char hi = set.charAt(i + 2);
                if (ch >= lo && ch <= hi) {
                    hit = true;
                }
                i += 2;
            } else if (lo == ch) {
                hit = true;
            }
        }
        return hit != negate;
    }
}
