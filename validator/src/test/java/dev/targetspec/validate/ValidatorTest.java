package dev.targetspec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.json.Json;
import dev.targetspec.json.StrictJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ValidatorTest {
    @TempDir
    Path dir;

    static final String PLAIN = """
            {
              "arch": "x86_64",
              "data-layout": "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
              "llvm-target": "x86_64-unknown-none-elf",
              "panic-strategy": "abort",
              "target-pointer-width": 64%s
            }
            """;

    List<Diagnostic> check(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return new Validator(Repo.registry()).validate(p).diagnostics();
    }

    /**
     * A list given as an object fails the schema there, and no rule or the layout reader trips over
     * it (fuzzing found two that did: `boot.tags` and `rustc.link-env`).
     */
    @Test
    void aListGivenAsAnObjectIsASchemaErrorNotACrash() throws Exception {
        ObjectNode base = (ObjectNode) StrictJson.parse(Files.readAllBytes(
                Repo.root().resolve("targets/x86_64/x86_64-unknown-none-multiboot2.json"))).root().deepCopy();
        ((ObjectNode) base.get("layout")).putArray("sections").addObject()
                .put("name", ".text").putArray("inputs").add(".text");
        ((ObjectNode) base.get("layout")).putArray("regions");
        ((ObjectNode) base.get("layout")).putArray("discard");
        base.putObject("rustc").putArray("link-env");
        List<String> lists = new ArrayList<>();
        arrays(base, "", lists);
        assertTrue(lists.size() >= 9, lists.toString());
        for (String pointer : lists) {
            ObjectNode doc = base.deepCopy();
            int cut = pointer.lastIndexOf('/');
            JsonNode parent = doc.at(pointer.substring(0, cut));
            String last = pointer.substring(cut + 1);
            ObjectNode object = JsonNodeFactory.instance.objectNode().put("0", "x");
            if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), object);
            } else {
                ((ObjectNode) parent).set(last, object);
            }
            List<Diagnostic> d = check("x86_64-unknown-none-multiboot2.json", Json.pretty(doc));
            assertTrue(d.stream().anyMatch(x -> x.rule().equals("schema") && x.pointer().equals(pointer)),
                    pointer + ": " + d);
        }
    }

    private static void arrays(JsonNode n, String pointer, List<String> out) {
        if (n.isArray() && !pointer.isEmpty()) {
            out.add(pointer);
        }
        if (n.isObject()) {
            n.properties().forEach(e -> arrays(e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                arrays(n.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** `linker-names` and `layout-name` judge different things, so one bad name gets one diagnostic. */
    @Test
    void aBadNameIsReportedOnce() throws Exception {
        Validator v = new Validator(Repo.registry());
        for (String rule : List.of("linker-names", "layout-name")) {
            Path dir = Repo.root().resolve("validator/src/test/resources/rules/" + rule + "/invalid");
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    List<String> names = v.validate(f).diagnostics().stream()
                            .filter(d -> d.rule().equals("linker-names") || d.rule().equals("layout-name"))
                            .map(Diagnostic::pointer).toList();
                    assertEquals(names.stream().distinct().toList(), names, f.toString());
                    assertTrue(names.size() >= 4, names.toString());
                }
            }
        }
    }

    @Test
    void aPlainRustcFileIsValid() throws Exception {
        assertEquals(List.of(), check("ok.json", PLAIN.formatted("")));
    }

    @Test
    void namesAWrongTypedFieldAsItIsWrittenInThePlainFile() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"disable-redzone\": \"yes\""));
        assertEquals(List.of(new Diagnostic("schema", dev.targetspec.diag.Severity.ERROR, "/disable-redzone", 7, 3,
                "Field `disable-redzone` must be a boolean, not a string.")), d);
    }

    @Test
    void namesAnUnknownField() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"is-like-osx\": true"));
        assertEquals(1, d.size());
        assertEquals("Unknown field `is-like-osx`; the schema does not define it.", d.get(0).message());
        assertEquals(7, d.get(0).line());
    }

    @Test
    void namesAMissingRequiredField() throws Exception {
        List<Diagnostic> d = check("t.json", "{\"arch\": \"x86_64\", \"llvm-target\": \"x86_64-unknown-none-elf\","
                + " \"target-pointer-width\": 64}");
        assertEquals(List.of("Required field `data-layout` is missing."),
                d.stream().filter(x -> x.rule().equals("schema")).map(Diagnostic::message).toList());
    }

    @Test
    void reportsEveryViolationNotJustTheFirst() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"target-endian\": \"big\",\n  \"foo\": 1,\n  \"bar\": 2"));
        assertEquals(List.of("data-layout-endian", "schema", "schema"), d.stream().map(Diagnostic::rule).sorted().toList());
    }

    @Test
    void aValueSetByABaseIsReportedAtTheInheritsLineAndNamesTheBase() throws Exception {
        List<Diagnostic> d = check("x86_64-unknown-none-fixture.json", """
                {
                  "$schema": "x",
                  "triple": "x86_64-unknown-none-fixture",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {"status": "custom"},
                  "rustc": {"target-endian": "big"}
                }
                """);
        assertEquals(1, d.size());
        assertEquals(4, d.get(0).line(), "the `inherits` line");
        assertTrue(d.get(0).message().startsWith("`data-layout` is little-endian but `target-endian` is `big` (set by "
                + "`x86_64-unknown-none` in x86_64-unknown-none.json at line "), d.get(0).message());
    }

    @Test
    void theWholeRegistryIsValid() {
        List<ValidationResult> results = new Validator(Repo.registry()).validateRegistry();
        assertTrue(results.size() >= 330, "at least 330 targets, got " + results.size());
        List<ValidationResult> invalid = results.stream().filter(r -> !r.valid()).toList();
        assertEquals(List.of(), invalid);
    }
}
