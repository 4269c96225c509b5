package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.nio.charset.StandardCharsets;

/**
 * {@code Validator.validate(SpecFile)} against the repository's registry, on registry specs with
 * fuzzer-chosen edits: it always returns, every diagnostic is located and one line, and validating
 * again gives the same result. Regression inputs: {@code ValidatorFuzzTestInputs/}.
 */
class ValidatorFuzzTest {
    private static final Validator VALIDATOR = new Validator(Mutator.registry());

    @FuzzTest(maxDuration = "10m")
    void validate(FuzzedDataProvider data) {
        Mutator.Mutant m = Mutator.mutate(data);
        SpecFile file;
        try {
            file = SpecLoader.parse(m.base().path(), m.text().getBytes(StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            // Printed JSON is strict JSON, so only a limit can refuse it.
            assertEquals("json-limit", e.rule(), e.getMessage());
            return;
        }
        ValidationResult result = VALIDATOR.validate(file);
        Invariants.result(result);
        assertEquals(result.diagnostics(), VALIDATOR.validate(file).diagnostics(), "validating again agrees");
    }
}
