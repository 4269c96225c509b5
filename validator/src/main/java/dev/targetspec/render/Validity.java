package dev.targetspec.render;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.util.List;

/**
 * The one place where rendering asks the validator about a target. Only valid targets are rendered,
 * and pages and RFC drafts show what the validator said; no other class in {@code render} uses
 * {@code validate}.
 */
public final class Validity {
    private final Validator validator;

    public Validity(Registry registry) {
        this(registry, dev.targetspec.profile.Profiles.standard());
    }

    /** Validity as the rustc of {@code profile} judges it. */
    public Validity(Registry registry, dev.targetspec.profile.Profile profile) {
        this.validator = new Validator(registry, profile);
    }

    /**
     * What the validator says about {@code file}.
     *
     * @param valid whether no diagnostic is an error
     * @param diagnostics every diagnostic, errors and warnings
     */
    public record Verdict(boolean valid, List<Diagnostic> diagnostics) {
        public Verdict {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Verdict of(SpecFile file) {
        ValidationResult r = validator.validate(file);
        return new Verdict(r.valid(), r.diagnostics());
    }
}
