package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
import dev.targetspec.fix.FixText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextEdit;

/**
 * The quick fixes offered for a diagnostic: the validator's own fix (the one {@code targetspec fix}
 * applies), then, for a field rustc does not know, its removal, which a person may choose in the
 * editor but which is not safe to apply unasked.
 */
final class QuickFixes {
    private QuickFixes() {
    }

    /** The fixes for {@code d}, best first. */
    static List<Fix> of(Diagnostic d) {
        List<Fix> out = new ArrayList<>();
        d.fix().ifPresent(out::add);
        boolean unknownField = d.rule().equals("schema") && !d.pointer().isEmpty()
                && (d.message().startsWith("Unknown field `") || d.message().contains("` is not a field"));
        if (unknownField && out.stream().noneMatch(f -> f.edits().size() == 1
                && f.edits().get(0).op() == Fix.Op.REMOVE)) {
            String field = dev.targetspec.json.JsonPointer.lastToken(d.pointer());
            out.add(new Fix("Remove the unknown field `" + field + "`.", Fix.Edit.remove(d.pointer())));
        }
        return out;
    }

    /**
     * The one text edit that applies {@code fix} to {@code text}: the span that changes, so every other
     * byte of the document stays as it was. Empty when the fix no longer fits the text.
     */
    static Optional<TextEdit> edit(Fix fix, String text, Lines lines) {
        String after;
        try {
            after = FixText.apply(text, fix);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        FixText.Region r = FixText.changed(text, after);
        return Optional.of(new TextEdit(lines.range(r.offset(), r.offset() + r.length()), r.replacement()));
    }
}
