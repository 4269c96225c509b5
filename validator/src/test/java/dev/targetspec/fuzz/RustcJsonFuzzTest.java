package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.rustc.RustcJson;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code RustcJson.export}: for any target it returns without throwing and leaves the target alone;
 * for a valid target, the export is strict JSON that targetspec itself accepts as a valid plain
 * rustc file of the same name. Regression inputs: {@code RustcJsonFuzzTestInputs/}.
 */
class RustcJsonFuzzTest {
    private static final Validator VALIDATOR = new Validator(Mutator.registry());
    private static final Validator ALONE = new Validator(Registry.empty());

    @FuzzTest(maxDuration = "10m")
    void export(FuzzedDataProvider data) throws JsonSyntaxException {
        Mutator.Mutant m = Mutator.mutate(data);
        SpecFile file;
        try {
            file = SpecLoader.parse(m.base().path(), m.text().getBytes(StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            // Printed JSON is strict JSON, so only a limit (a long number) can refuse it.
            assertEquals("json-limit", e.rule(), e.getMessage());
            return;
        }
        var resolution = Mutator.registry().resolve(file);
        if (resolution.target().isEmpty()) {
            return;
        }
        Target target = resolution.target().get();
        ObjectNode before = target.doc().deepCopy();
        ObjectNode out = RustcJson.export(target);
        assertEquals(before, target.doc(), "export leaves the target unchanged");
        assertTrue(out.get("metadata").isObject());
        for (String own : new String[] {"$schema", "triple", "inherits", "boot", "layout", "entry"}) {
            assertFalse(out.has(own) && !target.rustc().has(own), own + " is not a rustc field");
        }
        ValidationResult result = VALIDATOR.validate(file);
        if (!result.valid()) {
            return;
        }
        byte[] printed = Json.pretty(out).getBytes(StandardCharsets.UTF_8);
        SpecFile back = SpecLoader.parse(Path.of(target.triple() + ".json"), printed);
        assertEquals(out, StrictJson.parse(printed).root());
        ValidationResult again = ALONE.validate(back);
        // rustc JSON has no `boot`, so a `-multiboot` name's promise cannot be checked on the export.
        var errors = again.diagnostics().stream().filter(d -> d.severity() == dev.targetspec.diag.Severity.ERROR)
                .filter(d -> !d.rule().equals("variant-boot-protocol")).toList();
        assertTrue(errors.isEmpty(), () -> "the export of a valid target is invalid: " + errors);
    }
}
