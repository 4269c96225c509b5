package dev.targetspec.validate;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.Location;
import dev.targetspec.profile.Profile;
import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.LoadFailure;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.rules.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validates spec files: strict JSON, then inheritance, then the schema, then every semantic rule. */
public final class Validator {
    private final Registry registry;
    private final Profile profile;
    private final List<Rule> rules;
    private volatile SchemaCheck schema;

    /** A validator for the default rustc profile ({@link Profiles#standard()}). */
    public Validator(Registry registry) {
        this(registry, Profiles.standard());
    }

    /** A validator whose verdicts are those of the rustc that {@code profile} records. */
    public Validator(Registry registry, Profile profile) {
        this(registry, profile, Rules.all(profile));
    }

    Validator(Registry registry, Profile profile, List<Rule> rules) {
        this.registry = registry;
        this.profile = profile;
        this.rules = List.copyOf(rules);
    }

    /** The rustc profile the verdicts are for. */
    public Profile profile() {
        return profile;
    }

    /** Validates every entry of the registry, and reports the files that could not be loaded. */
    public List<ValidationResult> validateRegistry() {
        List<ValidationResult> out = new ArrayList<>();
        for (LoadFailure f : registry.failures()) {
            out.add(new ValidationResult(f.file(), SpecFile.stemOf(f.file()), List.of(f.diagnostic())));
        }
        List<String> triples = registry.triples();
        if (triples.size() < Registry.PARALLEL_FROM) {
            triples.forEach(t -> out.add(validate(registry.file(t).orElseThrow())));
        } else {
            schema(); // built once, before the threads share it
            out.addAll(triples.parallelStream().map(t -> validate(registry.file(t).orElseThrow())).toList());
        }
        return out;
    }

    /** Validates one file, which may be a registry spec or a plain rustc target JSON file. */
    public ValidationResult validate(Path path) throws IOException {
        SpecFile file = registry.fileAt(path).orElse(null);
        if (file == null) {
            try {
                file = SpecLoader.load(path);
            } catch (JsonSyntaxException e) {
                return new ValidationResult(path, SpecFile.stemOf(path), List.of(new Diagnostic(e.rule(),
                        Severity.ERROR, "", e.location().line(), e.location().column(), e.getMessage())));
            }
        }
        return validate(file);
    }

    /** Validates a loaded file against the registry it inherits from. */
    public ValidationResult validate(SpecFile file) {
        Resolution resolution = registry.resolve(file);
        if (resolution.target().isEmpty()) {
            return new ValidationResult(file.path(), file.triple(), resolution.problems());
        }
        Target target = resolution.target().get();
        List<Diagnostic> out = new ArrayList<>();
        for (SchemaCheck.Violation v : schema().check(target.doc(),
                p -> JsonPointer.display(target.origin(p).filePointer(p)))) {
            // The registry caps what its own `metadata` holds; rustc reads a plain file's metadata as it is.
            if (file.kind() == SpecFile.Kind.RUSTC && v.pointer().startsWith("/metadata/")
                    && v.message().endsWith("is too long.")) {
                continue;
            }
            out.add(locate(target, SchemaCheck.RULE, Severity.ERROR, v.pointer(), v.message(), v.fix()));
        }
        // rustc's own built-ins, as imported, are held to what rustc checks, not to the registry's conventions.
        boolean builtin = registry.file(file.triple()).filter(f -> f == file).isPresent() && registry.isImported(file.triple());
        for (Rule rule : rules) {
            if (builtin && rule.convention()) {
                continue;
            }
            // A plain rustc file is judged as rustc judges it: the registry's conventions only warn.
            Severity severity = rule.convention() && file.kind() == SpecFile.Kind.RUSTC ? Severity.WARNING
                    : rule.severity();
            rule.check(target, (pointer, message, fix) ->
                    out.add(locate(target, rule.id(), severity, pointer, message, fix)));
        }
        return new ValidationResult(file.path(), file.triple(), out);
    }

    private SchemaCheck schema() {
        SchemaCheck s = schema;
        if (s == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = new SchemaCheck(profile);
                }
                s = schema;
            }
        }
        return s;
    }

    /**
     * Places a finding in the target's own file. A value inherited from a base is reported at the
     * file's {@code inherits} line, and the message says which file set it; its fix, which would edit
     * the base, is left out.
     */
    private static Diagnostic locate(Target target, String rule, Severity severity, String pointer, String message,
            Optional<Fix> fix) {
        SpecFile self = target.file();
        SpecFile origin = target.origin(pointer);
        if (origin == self) {
            Location at = self.locate(pointer);
            return new Diagnostic(rule, severity, self.filePointer(pointer), at.line(), at.column(), message,
                    fix.filter(f -> editsOnly(target, self, f)).map(f -> f.mapPointers(self::filePointer)));
        }
        Location at = self.locate("/inherits");
        Location there = origin.locate(pointer);
        String where = " (set by `" + origin.triple() + "` in " + origin.path().getFileName() + " at line "
                + there.line() + ")";
        String sentence = message.endsWith(".") ? message.substring(0, message.length() - 1) + where + "." : message + where;
        return new Diagnostic(rule, severity, pointer, at.line(), at.column(), sentence);
    }

    /** Whether every value {@code fix} edits (or the parent it adds to) is set by {@code self}. */
    private static boolean editsOnly(Target target, SpecFile self, Fix fix) {
        return fix.edits().stream().allMatch(e -> target.origin(e.op() == Fix.Op.ADD ? JsonPointer.parent(e.pointer())
                : e.pointer()) == self);
    }
}
