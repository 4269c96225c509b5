package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.triple.TargetName;

/**
 * Target-name and triple parsers are total: any string parses to slots taken from the string, and
 * the derived facts are drawn from the known vocabularies. Regression inputs: {@code TripleFuzzTestInputs/}.
 *
 * <p>Each parser of names and triples has its own {@code @FuzzTest} method here, named after it, with
 * the invariants above plus its own (for a normalizer: idempotence, {@code normalize(normalize(t))
 * equals normalize(t)}, and refusal only by its documented exception).
 */
class TripleFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void targetName(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        TargetName t = TargetName.parse(name);
        assertEquals(name, t.name());
        assertTrue(name.startsWith(t.arch()));
        assertFalse(t.arch().contains("-"));
        t.vendor().ifPresent(v -> assertTrue(name.contains("-" + v)));
        t.env().ifPresent(e -> assertTrue(name.endsWith(e)));
        t.knownOs().ifPresent(o -> assertTrue(TargetName.OSES.contains(o), o));
        t.archFamily().ifPresent(a -> assertFalse(a.isEmpty()));
        t.knownEnv().ifPresent(e -> assertTrue(t.env().isPresent()));
        t.eabi().ifPresent(e -> assertTrue(e.equals("eabi") || e.equals("eabihf")));
        assertEquals(t, TargetName.parse(name), "parsing is deterministic");
    }
}
