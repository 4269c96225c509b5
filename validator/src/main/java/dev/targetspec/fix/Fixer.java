package dev.targetspec.fix;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.profile.FormatHistory;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a target file to the rustc a {@link Validator} judges for: applies the fix of every error that
 * has one, validates the new text, and repeats until no fix is left to apply. Nothing is written; the
 * caller writes {@link Result#after()}.
 *
 * <p>A fix is kept only if the target stays what it was: its {@link Intent} (arch, OS, environment,
 * vendor, pointer width, endianness, panic strategy) is compared before and after each fix, and a fix
 * that changes it is not applied but reported, for a person to decide. The OS `unknown` and an empty
 * vendor, which rustc rejects, count as its own names for them, `none` and `unknown`.
 */
public final class Fixer {
    /** More rounds than any chain of fixes needs; a file still changing after them is left as it is then. */
    static final int MAX_ROUNDS = 24;

    /**
     * One change made.
     *
     * @param rule the rule whose diagnostic carried the fix
     * @param line the line of the diagnostic in the text the fix was applied to
     * @param problem the diagnostic's message
     * @param description what the fix does
     * @param since the rustc release that made the change necessary, when known
     */
    public record Change(String rule, int line, String problem, String description, Optional<String> since) {
    }

    /**
     * What fixing one file gave.
     *
     * @param file the file
     * @param before its text as read
     * @param after its text with every fix applied (equal to {@code before} when nothing changed)
     * @param changes the changes, in the order they were made
     * @param remaining the validation of {@code after}: what a person must still decide
     * @param refused fixes that would have changed what the target is, with the reason, not applied
     */
    public record Result(Path file, String before, String after, List<Change> changes, ValidationResult remaining,
            List<String> refused) {
        public Result {
            changes = List.copyOf(changes);
            refused = List.copyOf(refused);
        }

        public boolean changed() {
            return !before.equals(after);
        }

        public boolean valid() {
            return remaining.valid();
        }
    }

    /** What a target is, which no fix may change. */
    record Intent(Map<String, String> fields) {
        private static final List<String> FIELDS = List.of("arch", "os", "env", "vendor", "target-pointer-width",
                "target-endian", "panic-strategy");

        static Optional<Intent> of(Registry registry, SpecFile file) {
            Optional<Target> t = registry.resolve(file).target();
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> out = new LinkedHashMap<>();
            FormatHistory history = FormatHistory.bundled();
            for (String f : FIELDS) {
                var v = t.get().at("/rustc/" + f);
                // A file that writes an old name (`panic`, `target_endian`) states its intent there.
                for (java.util.Iterator<String> old = history.oldNames(f).iterator(); (v.isMissingNode() || v.isNull())
                        && old.hasNext(); ) {
                    v = t.get().at("/rustc/" + old.next());
                }
                out.put(f, v.isMissingNode() || v.isNull() ? "" : v.asString(""));
            }
            // Spellings rustc rejects for what it names otherwise: no OS is `none` (once `unknown` or
            // empty), and no vendor is `unknown` (or left out).
            if (out.get("os").isEmpty() || out.get("os").equals("unknown")) {
                out.put("os", "none");
            }
            if (out.get("vendor").isEmpty()) {
                out.put("vendor", "unknown");
            }
            return Optional.of(new Intent(out));
        }

        /** The first field whose value differs in {@code other}, said as a sentence part. */
        Optional<String> changedIn(Intent other) {
            for (String f : FIELDS) {
                // A pointer width is required: a file without one had none to keep.
                if (f.equals("target-pointer-width") && fields.get(f).isEmpty()) {
                    continue;
                }
                if (!fields.get(f).equals(other.fields.get(f))) {
                    return Optional.of("`" + f + "` would change from `" + fields.get(f) + "` to `"
                            + other.fields.get(f) + "`");
                }
            }
            return Optional.empty();
        }
    }

    private final Registry registry;
    private final Validator validator;

    public Fixer(Registry registry, Validator validator) {
        this.registry = registry;
        this.validator = validator;
    }

    /**
     * Fixes {@code text}, the contents of {@code file}.
     *
     * @throws JsonSyntaxException when the text is not JSON even with its comments, trailing commas and
     *     repeated members mended
     */
    public Result fix(Path file, String text) throws JsonSyntaxException {
        String current = text;
        List<Change> changes = new ArrayList<>();
        try {
            parse(file, current);
        } catch (JsonSyntaxException e) {
            // Comments, trailing commas and repeated members are mended; anything else is for a person.
            SyntaxRepair.Repair repair = SyntaxRepair.repair(current).orElseThrow(() -> e);
            repair.changes().forEach(c -> changes.add(new Change(e.rule(), e.location().line(), e.getMessage(), c,
                    Optional.empty())));
            current = repair.text();
        }
        Set<String> refused = new java.util.LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(current);
        ValidationResult result = validate(file, current);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String start = current;
            Optional<Intent> intent = Intent.of(registry, parse(file, current));
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() != Severity.ERROR || d.fix().isEmpty()) {
                    continue;
                }
                Fix fix = d.fix().get();
                String next;
                try {
                    next = FixText.apply(current, fix);
                } catch (IllegalArgumentException e) {
                    continue; // an earlier fix of this round moved or removed what it edits; the next round sees it again
                }
                if (next.equals(current)) {
                    continue;
                }
                Optional<Intent> after;
                try {
                    after = Intent.of(registry, parse(file, next));
                } catch (JsonSyntaxException e) {
                    continue;
                }
                Optional<String> changed = intent.isPresent() && after.isPresent()
                        ? intent.get().changedIn(after.get()) : Optional.empty();
                if (changed.isPresent()) {
                    refused.add(fix.description() + " Not applied: " + changed.get() + ".");
                    continue;
                }
                changes.add(new Change(d.rule(), d.line(), d.message(), fix.description(), fix.since()));
                current = next;
            }
            if (current.equals(start)) {
                break;
            }
            result = validate(file, current);
            if (!seen.add(current)) {
                break;
            }
        }
        return new Result(file, text, current, changes, result, new ArrayList<>(refused));
    }

    private ValidationResult validate(Path file, String text) throws JsonSyntaxException {
        return validator.validate(parse(file, text));
    }

    private static SpecFile parse(Path file, String text) throws JsonSyntaxException {
        return SpecLoader.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
