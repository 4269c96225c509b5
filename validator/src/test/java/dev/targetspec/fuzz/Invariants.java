package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.validate.Rule;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.rules.Rules;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What must hold for every input, whatever it is: the contract that the CLI's output relies on. */
final class Invariants {
    static final Set<String> IDS = Stream.concat(Rules.all(dev.targetspec.profile.Profiles.standard()).stream().map(Rule::id), Rules.PRE_RULE_IDS.stream())
            .collect(Collectors.toUnmodifiableSet());
    static final Set<String> JSON_IDS = Set.of("json-syntax", "json-duplicate-key", "json-limit");

    private Invariants() {
    }

    /** A refusal names a JSON rule, a real position and one sentence on one line. */
    static void refusal(JsonSyntaxException e) {
        assertTrue(JSON_IDS.contains(e.rule()), e.rule());
        assertTrue(e.location().line() >= 1 && e.location().column() >= 1, e.location().toString());
        oneLine(e.getMessage());
    }

    /** Every diagnostic has a known rule, a position, a pointer and a one-line message. */
    static void result(ValidationResult r) {
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(IDS.contains(d.rule()), d.rule());
            assertTrue(d.line() >= 1 && d.column() >= 1, d.toString());
            assertTrue(d.pointer().isEmpty() || d.pointer().startsWith("/"), d.pointer());
            oneLine(d.message());
        }
        assertEquals(r.diagnostics().stream().noneMatch(d -> d.severity() == dev.targetspec.diag.Severity.ERROR),
                r.valid());
    }

    /** A message is a non-empty sentence without line breaks or other control characters. */
    static void oneLine(String message) {
        assertFalse(message == null || message.isBlank(), "empty message");
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029),
                () -> "control character in message: " + message.replaceAll("\\p{Cntrl}", "?"));
    }
}
