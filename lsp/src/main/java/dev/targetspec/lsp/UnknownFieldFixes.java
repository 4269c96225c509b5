package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.json.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes for a field the schema does not define: rename it to the field the schema has that it most
 * likely means (the same name with {@code _} for {@code -}, or at most two letters off), and remove it.
 */
final class UnknownFieldFixes implements FixSource {
    private static final Pattern UNKNOWN = Pattern.compile("^Unknown field `[^`]*`; the schema does not define it\\.");

    private final Schemas schemas;

    UnknownFieldFixes(Schemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public List<Fix> fixes(Diagnostic d, Checked checked) {
        Matcher m = UNKNOWN.matcher(d.message());
        if (!d.rule().equals("schema") || !m.find() || checked.outline().member(d.pointer()).isEmpty()) {
            return List.of();
        }
        JsonOutline.Member member = checked.outline().member(d.pointer()).get();
        String parent = JsonPointer.parent(d.pointer());
        List<String> known = new ArrayList<>(schemas.properties(schemas.at(checked.rustcFile(), parent)).keySet());
        known.removeIf(k -> checked.outline().member(JsonPointer.child(parent, k)).isPresent());
        List<Fix> out = new ArrayList<>();
        closest(member.key(), known).ifPresent(name -> out.add(new Fix("Rename `" + member.key() + "` to `" + name + "`",
                List.of(Fix.Edit.rename(d.pointer(), name)))));
        out.add(new Fix("Remove the unknown field `" + member.key() + "`", List.of(Fix.Edit.remove(d.pointer()))));
        return out;
    }

    /** The known name {@code name} most likely stands for, if one is close enough. */
    static Optional<String> closest(String name, List<String> known) {
        String norm = name.toLowerCase(Locale.ROOT).replace('_', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int dist = k.equals(norm) ? 0 : distance(norm, k);
            if (dist < bestDistance) {
                best = k;
                bestDistance = dist;
            }
        }
        return bestDistance <= Math.min(2, Math.max(1, name.length() / 4)) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
