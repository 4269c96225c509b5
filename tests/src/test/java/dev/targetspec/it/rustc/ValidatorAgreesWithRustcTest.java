package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator's verdict on every mutant of the committed corpus equals rustc 1.95's recorded
 * verdict: valid (no error diagnostic) exactly when rustc loads the spec and compiles for it.
 */
class ValidatorAgreesWithRustcTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyMutantGetsRustcsVerdict() throws Exception {
        RustcCorpus corpus = RustcCorpus.load();
        assertTrue(corpus.size() >= 1000, "the corpus has at least 1,000 mutants: " + corpus.size());
        Validator validator = new Validator(Registry.empty());
        List<String> disagreements = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        for (RustcCorpus.Entry e : corpus.entries()) {
            // Named by id, as the recorder named the file it gave rustc.
            byte[] bytes = JSON.writeValueAsString(e.spec()).getBytes(StandardCharsets.UTF_8);
            ValidationResult r = validator.validate(SpecLoader.parse(Path.of(e.id() + ".json"), bytes));
            boolean agree = r.valid() == e.accepted();
            int[] counts = byKind.computeIfAbsent(e.kind(), k -> new int[2]);
            counts[agree ? 0 : 1]++;
            if (!agree) {
                String ours = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .map(Diagnostic::message).collect(Collectors.joining(" | "));
                disagreements.add(e.id() + " (" + e.mutation() + "): rustc " + (e.accepted() ? "accepts" : "rejects ["
                        + e.stage() + "] " + e.rustc()) + "; targetspec " + (r.valid() ? "accepts" : "rejects: " + ours));
            }
        }
        int agreed = corpus.size() - disagreements.size();
        String table = byKind.entrySet().stream().map(k -> k.getKey() + " " + k.getValue()[0] + "/"
                + (k.getValue()[0] + k.getValue()[1])).collect(Collectors.joining(", "));
        System.out.printf("rustc agreement: %d/%d (%.2f%%); by kind: %s%n", agreed, corpus.size(),
                100.0 * agreed / corpus.size(), table);
        assertEquals(List.of(), disagreements, agreed + "/" + corpus.size() + " agree");
    }
}
