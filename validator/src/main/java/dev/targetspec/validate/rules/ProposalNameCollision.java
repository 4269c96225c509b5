package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A proposal's name is not a rustc built-in's name, and cannot be mistaken for one. Two names are a
 * near-collision when they are equal after lower-casing and removing {@code -} and {@code _}
 * ({@code x86-64-unknown-none}), or when they have the same architecture and the rest of the names
 * differ by one inserted, removed, replaced or swapped letter ({@code x86_64-unknown-nnoe}). An edit
 * to a digit is a version, not a typo ({@code -multiboot} and {@code -multiboot2}), and the
 * architecture component is left alone because rustc names its variants by single letters
 * ({@code riscv32imc}, {@code riscv32imac}; {@code x86_64h}).
 */
final class ProposalNameCollision implements Rule {
    /** The built-in names of rustc 1.95 ({@code rustc --print target-list}), one per line. */
    static final List<String> BUILTINS = load();

    @Override
    public String id() {
        return "proposal-name-collision";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A proposed target's name is neither a rustc built-in's name nor one typo or separator away from it.";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (!Proposals.isProposal(target)) {
            return;
        }
        String name = target.triple();
        if (BUILTINS.contains(name)) {
            findings.report("/triple", "`" + name + "` is already a rustc built-in target; propose a new name, or "
                    + "set `metadata.status` to `builtin` to extend the built-in.");
            return;
        }
        for (String builtin : BUILTINS) {
            nearCollision(name, builtin).ifPresent(why -> findings.report("/triple", "The name `" + name
                    + "` is too close to the rustc built-in `" + builtin + "` (" + why + "); choose a name that "
                    + "differs in more than a separator or one letter."));
        }
    }

    /** Why {@code a} can be mistaken for {@code b}, if it can. */
    static Optional<String> nearCollision(String a, String b) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        if (squash(a).equals(squash(b))) {
            return Optional.of("they differ only in case, `-` or `_`");
        }
        int da = a.indexOf('-');
        int db = b.indexOf('-');
        if (da < 0 || db < 0 || !a.substring(0, da).equalsIgnoreCase(b.substring(0, db))) {
            return Optional.empty();
        }
        String edited = singleEdit(a.substring(da).toLowerCase(Locale.ROOT), b.substring(db).toLowerCase(Locale.ROOT));
        if (edited == null || edited.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of("one letter apart");
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /**
     * The characters of the one edit (insertion, deletion, substitution or swap of neighbours) that
     * turns {@code a} into {@code b}; null when they are equal or need more than one edit.
     */
    static String singleEdit(String a, String b) {
        int p = 0;
        int min = Math.min(a.length(), b.length());
        while (p < min && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (a.length() == b.length()) {
            if (p == a.length()) {
                return null;
            }
            if (a.substring(p + 1).equals(b.substring(p + 1))) {
                return "" + a.charAt(p) + b.charAt(p);
            }
            if (p + 1 < a.length() && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                    && a.substring(p + 2).equals(b.substring(p + 2))) {
                return a.substring(p, p + 2);
            }
            return null;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() == 1 && longer.substring(p + 1).equals(shorter.substring(p))) {
            return String.valueOf(longer.charAt(p));
        }
        return null;
    }

    private static List<String> load() {
        try (InputStream in = ProposalNameCollision.class.getResourceAsStream("rustc-1.95-targets.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource rustc-1.95-targets.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
