package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Optional;

/**
 * One check of a document's text: its outline, the file as the validator read it (absent when the
 * text is not valid JSON), the resolved target (absent when it cannot be resolved), and the
 * diagnostics, each paired with the LSP diagnostic that was published for it.
 */
record Checked(String uri, String text, JsonOutline outline, Lines lines, boolean rustcFile, Optional<SpecFile> file,
        Optional<Target> target, List<Diagnostic> diagnostics, List<org.eclipse.lsp4j.Diagnostic> published) {
    Checked {
        diagnostics = List.copyOf(diagnostics);
        published = List.copyOf(published);
    }
}
