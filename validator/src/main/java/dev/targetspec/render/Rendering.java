package dev.targetspec.render;

import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.registry.ImportProgress;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import dev.targetspec.io.Outputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/**
 * Renders catalog artifacts for targets of a registry: the entry point of {@code render}, and what
 * the site, RFC drafts and new crates use. Only a valid target is rendered; an artifact that does
 * not apply is told apart from one that problems in the spec stop.
 */
public final class Rendering {
    private final Registry registry;
    private final Validity validity;
    private final String tool;

    /**
     * @param registry the registry targets resolve in
     * @param tool the tool name and version that generated files name, such as {@code targetspec 0.1.0}
     */
    public Rendering(Registry registry, String tool) {
        this(registry, tool, dev.targetspec.profile.Profiles.standard());
    }

    /** Rendering of the targets that the rustc of {@code profile} accepts. */
    public Rendering(Registry registry, String tool, dev.targetspec.profile.Profile profile) {
        this.registry = registry;
        this.validity = new Validity(registry, profile);
        this.tool = tool;
    }

    /** What came of rendering one artifact for one spec file. */
    public record Outcome(Kind kind, String triple, Path file, String fileName, String text, String message,
            List<Diagnostic> errors) {
        /** How it ended. */
        public enum Kind {
            /** Rendered: {@link #fileName} and {@link #text} hold the file. */
            RENDERED,
            /** The artifact does not apply to the target; {@link #message} says why. */
            DOES_NOT_APPLY,
            /** Problems in the spec stop the artifact; {@link #message} lists them with their rules. */
            BLOCKED,
            /** The spec is invalid; {@link #errors} holds the validator's errors in {@link #file}. */
            INVALID
        }

        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    /**
     * A spec resolved for rendering: its target when it is valid, else the validator's errors.
     *
     * @param target the resolved target, present when the spec is valid
     * @param errors the error diagnostics, in {@code file}
     * @param file the spec's file
     */
    public record Checked(Optional<Target> target, List<Diagnostic> errors, Path file) {
        public Checked {
            errors = List.copyOf(errors);
        }
    }

    /** Validates {@code file} and, when it is valid, resolves it. */
    public Checked check(SpecFile file) {
        Validity.Verdict verdict = validity.of(file);
        if (!verdict.valid()) {
            return new Checked(Optional.empty(), verdict.diagnostics().stream()
                    .filter(d -> d.severity() == dev.targetspec.diag.Severity.ERROR).toList(), file.path());
        }
        return new Checked(registry.resolve(file).target(), List.of(), file.path());
    }

    /** The validator's verdict on {@code file}. */
    public Validity.Verdict verdict(SpecFile file) {
        return validity.of(file);
    }

    /** Renders {@code artifact} in {@code format} for {@code file}, if it is valid. */
    public Outcome render(SpecFile file, Artifact artifact, Format format, boolean embedLinkScript) {
        Checked checked = check(file);
        if (checked.target().isEmpty()) {
            return new Outcome(Outcome.Kind.INVALID, file.triple(), file.path(), "", "", "", checked.errors());
        }
        Target t = checked.target().get();
        return render(t, artifact, format, new RenderContext(provenance(file), embedLinkScript));
    }

    /**
     * Renders {@code artifact} for {@code file} with the memory of chip {@code chip} of the registry's chip
     * database in place of the spec's regions, as if its layout said {@code "chip": chip}. A chip whose core
     * does not run the target's code stops the artifact, as {@code layout.chip} would.
     *
     * @throws Refused when the database has no chip of that name (the message names the near misses) or
     *     cannot be read
     */
    public Outcome render(SpecFile file, Artifact artifact, Format format, boolean embedLinkScript, String chip)
            throws Refused {
        if (chip == null) {
            return render(file, artifact, format, embedLinkScript);
        }
        ChipDatabase db = registry.chips().orElseThrow(() -> new Refused("--chip needs a registry with a chip"
                + " database; pass --registry."));
        try {
            if (db.find(chip).isEmpty()) {
                List<String> near = db.nearMisses(chip, 3);
                throw new Refused("--chip " + Messages.oneLine(chip) + " is not a chip in the database" + (near.isEmpty()
                        ? "; find its name with `targetspec chips --search`." : "; did you mean "
                        + String.join(", ", near.subList(0, Math.max(0, near.size() - 1)))
                        + (near.size() > 1 ? " or " : "") + near.get(near.size() - 1) + "?"));
            }
        } catch (ChipDataException e) {
            throw new Refused(e.getMessage());
        }
        Checked checked = check(file);
        if (checked.target().isEmpty()) {
            return new Outcome(Outcome.Kind.INVALID, file.triple(), file.path(), "", "", "", checked.errors());
        }
        Target t = checked.target().get().withChip(chip);
        return render(t, artifact, format, new RenderContext(new Provenance(registry.nameOf(file.path()) + " with chip "
                + Messages.oneLine(chip), tool), embedLinkScript));
    }

    /**
     * What rendering every target into one folder gives.
     *
     * @param files the files to write, by path, in registry order
     * @param skipped how many targets the artifact does not apply to
     * @param failed the targets that could not be rendered: invalid, blocked, or (as {@link Outcome.Kind#BLOCKED})
     *     named so that their file would land outside the folder
     */
    public record Batch(Map<Path, byte[]> files, int skipped, List<Outcome> failed) {
    }

    /**
     * Renders {@code artifact} for every target of the registry, in the registry's order, into files of
     * {@code outputs}' folder, reporting each target to {@code progress} as it is done.
     */
    public Batch renderAll(Artifact artifact, Format format, boolean embedLinkScript, Outputs outputs,
            ImportProgress progress) {
        List<String> triples = registry.triples();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Outcome> failed = new ArrayList<>();
        int skipped = 0;
        int done = 0;
        for (String triple : triples) {
            Outcome o = render(registry.file(triple).orElseThrow(), artifact, format, embedLinkScript);
            Optional<Path> file = o.kind() == Outcome.Kind.RENDERED ? outputs.file(o.fileName()) : Optional.empty();
            if (file.isPresent()) {
                files.put(file.get(), o.text().getBytes(StandardCharsets.UTF_8));
            } else if (o.kind() == Outcome.Kind.DOES_NOT_APPLY) {
                skipped++;
            } else if (o.kind() == Outcome.Kind.RENDERED) {
                failed.add(new Outcome(Outcome.Kind.BLOCKED, triple, o.file(), "", "", "target `" + triple
                        + "` cannot be written as a file in " + DisplayPath.of(outputs.dir()) + "; skipped", List.of()));
            } else {
                failed.add(o);
            }
            progress.update(++done, triples.size(), triple);
        }
        return new Batch(files, skipped, failed);
    }

    /**
     * What a file generated from {@code file} says it comes from: the spec's path inside the registry
     * folder that holds it, or its file name, so that generated files are the same on every machine.
     */
    public Provenance provenance(SpecFile file) {
        return new Provenance(registry.nameOf(file.path()), tool);
    }

    /** Renders {@code artifact} for a target already known to be valid. */
    public static Outcome render(Target t, Artifact artifact, Format format, RenderContext context) {
        try {
            return new Outcome(Outcome.Kind.RENDERED, t.triple(), t.file().path(), artifact.fileName(t, format),
                    artifact.render(t, format, context), "", List.of());
        } catch (RenderException e) {
            return new Outcome(e.problems().isEmpty() ? Outcome.Kind.DOES_NOT_APPLY : Outcome.Kind.BLOCKED, t.triple(),
                    t.file().path(), "", "", t.triple() + ": " + e.detail(), List.of());
        }
    }

    /**
     * Every catalog artifact in {@code artifacts} that applies to {@code t}, in its page format, as a page
     * or RFC draft shows them. {@code t} must be valid.
     */
    public List<ArtifactView> page(Target t, List<Artifact> artifacts, String source) {
        RenderContext context = new RenderContext(new Provenance(source, tool));
        List<ArtifactView> views = new ArrayList<>();
        for (Artifact a : artifacts) {
            Outcome o = render(t, a, a.pageFormat(), context);
            if (o.kind() == Outcome.Kind.RENDERED) {
                views.add(new ArtifactView(a.name(), o.fileName(), o.text()));
            }
        }
        return views;
    }
}
