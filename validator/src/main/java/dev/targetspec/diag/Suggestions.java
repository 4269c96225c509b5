package dev.targetspec.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?": the known names nearest a mistyped one. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The names in {@code known} within a small edit distance of {@code input} (ignoring case and the
     * difference between {@code -} and {@code _}), nearest first, at most {@code limit}.
     */
    public static List<String> nearest(String input, Collection<String> known, int limit) {
        String in = fold(input);
        int max = Math.max(1, Math.min(3, in.length() / 4));
        List<String> hits = new ArrayList<>();
        for (String k : known) {
            if (distance(in, fold(k), max) <= max) {
                hits.add(k);
            }
        }
        hits.sort(Comparator.<String>comparingInt(k -> distance(in, fold(k), max)).thenComparing(k -> k));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** {@code " (did you mean `a` or `b`?)"} for the nearest names, or empty when none is near. */
    public static String didYouMean(String input, Collection<String> known) {
        List<String> n = nearest(input, known, 3);
        if (n.isEmpty()) {
            return "";
        }
        List<String> quoted = n.stream().map(s -> "`" + s + "`").toList();
        return " (did you mean " + (quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1))
                + "?)";
    }

    /**
     * Whether {@code input} is a slip for a known name once case and `_` are folded: the same name, or one
     * edit away for names of 5 to 8 letters, two for longer ones.
     */
    public static boolean isTypo(String input, Collection<String> known) {
        String f = fold(input);
        int max = f.length() <= 4 ? 0 : f.length() <= 8 ? 1 : 2;
        return known.stream().anyMatch(k -> distance(f, fold(k), max) <= max);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The Levenshtein distance, or {@code max + 1} once it is known to exceed {@code max}. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }
}
