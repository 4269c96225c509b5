package dev.targetspec.chip;

import dev.targetspec.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for chip names: the names a few edits away, closest first, then the names that
 * begin with what was typed. Letter case is ignored.
 */
final class NearMiss {
    private NearMiss() {
    }

    /** Up to {@code max} names from {@code names} that {@code typed} may have meant. */
    static List<String> of(String typed, Collection<String> names, int max) {
        String q = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, q.length() / 4));
        record Hit(String name, int distance) {
        }
        List<Hit> close = new ArrayList<>();
        List<String> longer = new ArrayList<>();
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = Suggestions.distance(q, n, limit);
            if (d <= limit) {
                close.add(new Hit(name, d));
            } else if (q.length() >= 3 && n.startsWith(q)) {
                longer.add(name);
            }
        }
        close.sort(Comparator.comparingInt(Hit::distance).thenComparing(Hit::name, String.CASE_INSENSITIVE_ORDER));
        longer.sort(Comparator.comparingInt(String::length).thenComparing(String.CASE_INSENSITIVE_ORDER));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        close.forEach(h -> out.add(h.name()));
        out.addAll(longer);
        return out.stream().limit(max).toList();
    }
}
