package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import java.util.List;

/**
 * Where quick fixes come from: the fixes for one diagnostic of a checked document, best first. The
 * server turns each into a workspace edit ({@link FixEdits}); a diagnostic that carries its own fix
 * needs only a source that returns it.
 */
interface FixSource {
    List<Fix> fixes(Diagnostic diagnostic, Checked checked);

    /** Every source's fixes, in order. */
    static FixSource all(List<FixSource> sources) {
        return (d, c) -> sources.stream().flatMap(s -> s.fixes(d, c).stream()).toList();
    }
}
