package dev.targetspec.cli;

import dev.targetspec.diag.Fix;
import dev.targetspec.fix.FixText;
import dev.targetspec.io.DisplayPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A diagnostic's fix in the machine-readable outputs: targetspec's JSON, and SARIF's `fixes`. */
final class FixJson {
    private FixJson() {
    }

    /** {@code {"description", "since"?, "edits": [{"op", "pointer", "value"?, "to"?}]}}. */
    static ObjectNode of(Fix fix) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("description", fix.description());
        fix.since().ifPresent(v -> o.put("since", v));
        var edits = o.putArray("edits");
        for (Fix.Edit e : fix.edits()) {
            ObjectNode en = edits.addObject();
            en.put("op", e.op().json());
            en.put("pointer", e.pointer());
            e.value().ifPresent(v -> en.set("value", v));
            e.to().ifPresent(t -> en.put("to", t));
        }
        return o;
    }

    /**
     * The fix as a SARIF {@code fix}: the one region of {@code file} it replaces. Empty when the file
     * cannot be read or the fix does not apply to its text.
     */
    static Optional<ObjectNode> sarif(Path file, Fix fix) {
        String before;
        try {
            before = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        FixText.Region r;
        try {
            r = FixText.changed(before, FixText.apply(before, fix));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putObject("description").put("text", fix.description());
        ObjectNode change = o.putArray("artifactChanges").addObject();
        change.putObject("artifactLocation").put("uri", DisplayPath.of(file).replace('\\', '/'));
        ObjectNode replacement = change.putArray("replacements").addObject();
        ObjectNode deleted = replacement.putObject("deletedRegion");
        deleted.put("startLine", r.startLine());
        deleted.put("startColumn", r.startColumn());
        deleted.put("endLine", r.endLine());
        deleted.put("endColumn", r.endColumn());
        replacement.putObject("insertedContent").put("text", r.replacement());
        return Optional.of(o);
    }
}
