package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.profile.Profile;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Checks a document's text with the validator, against the registry, as {@code targetspec validate} checks a file. */
final class Checker {
    private final Registry registry;
    private final Validator validator;

    Checker(Registry registry, Profile profile) {
        this.registry = registry;
        this.validator = new Validator(registry, profile);
    }

    Registry registry() {
        return registry;
    }

    /** The path a document's URI names; a document that is not a file is named by the last part of its URI. */
    static Path path(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u);
            }
            String p = u.getPath() == null ? uri : u.getPath();
            return Path.of(p.substring(p.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Path.of("untitled.json");
        }
    }

    Checked check(String uri, String text, boolean wasRustcFile) {
        JsonOutline outline = JsonOutline.of(text);
        Lines lines = new Lines(text);
        Path path = path(uri);
        SpecFile file;
        try {
            file = SpecLoader.parse(path, text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            Diagnostic d = new Diagnostic(e.rule(), Severity.ERROR, "", e.location().line(), e.location().column(),
                    e.getMessage());
            return new Checked(uri, text, outline, lines, wasRustcFile || looksRustc(outline), Optional.empty(),
                    Optional.empty(), List.of(d), List.of(lsp(d, outline, lines)));
        }
        ValidationResult result = validator.validate(file);
        Optional<Target> target = result.diagnostics().stream().anyMatch(d -> d.rule().startsWith("inherits-"))
                ? Optional.empty() : registry.resolve(file).target();
        List<org.eclipse.lsp4j.Diagnostic> published = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            published.add(lsp(d, outline, lines));
        }
        return new Checked(uri, text, outline, lines, file.kind() == SpecFile.Kind.RUSTC, Optional.of(file), target,
                result.diagnostics(), published);
    }

    /** A text that is not valid JSON yet: a plain rustc file unless it has a registry spec's fields. */
    private static boolean looksRustc(JsonOutline outline) {
        return outline.member("/triple").isEmpty() && outline.member("/rustc").isEmpty()
                && outline.member("/inherits").isEmpty();
    }

    /**
     * The LSP form of a diagnostic. Its range is the member or element at its pointer when that is
     * where the validator placed it, else the rest of the line it names.
     */
    static org.eclipse.lsp4j.Diagnostic lsp(Diagnostic d, JsonOutline outline, Lines lines) {
        int at = lines.offset(d.line(), d.column());
        Range range = null;
        Optional<JsonOutline.Member> m = outline.member(d.pointer());
        if (m.isPresent() && lines.position(m.get().keyStart()).getLine() == d.line() - 1) {
            range = lines.range(m.get().keyStart(), m.get().value().end());
        } else {
            Optional<JsonOutline.Value> v = outline.value(d.pointer());
            if (v.isPresent() && !d.pointer().isEmpty() && lines.position(v.get().start()).getLine() == d.line() - 1) {
                range = lines.range(v.get().start(), v.get().end());
            }
        }
        if (range == null) {
            range = lines.range(at, Math.max(at + 1, lines.lineEnd(at)));
        }
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, d.message(), severity(d.severity()),
                "targetspec");
        out.setCode(Either.forLeft(d.rule()));
        return out;
    }

    private static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }
}
