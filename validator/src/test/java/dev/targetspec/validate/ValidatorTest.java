package dev.targetspec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
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
    void namesAnUnknownFieldAndTheNearestKnownOnes() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"disable-redzones\": true"));
        assertEquals(1, d.size());
        assertEquals("Unknown field `disable-redzones`: rustc 1.95 has no such field and rejects the file (did you mean "
                + "`disable-redzone`?).", d.get(0).message());
        assertEquals(7, d.get(0).line());
        assertTrue(d.get(0).fix().isEmpty(), "a guess is not a fix");
    }

    @Test
    void aRenamedFieldSaysItsNewNameAndCarriesTheRename() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"is-like-osx\": false"));
        assertEquals(1, d.size());
        assertEquals("`is-like-osx` was renamed `is-like-darwin` in rustc 1.88, and rustc 1.95 rejects the old name: "
                + "rename it.", d.get(0).message());
        Fix fix = d.get(0).fix().orElseThrow();
        assertEquals(List.of(Fix.Edit.rename("/is-like-osx", "/is-like-darwin")), fix.edits(), "plain-file pointers");
        assertEquals(java.util.Optional.of("1.88"), fix.since());
    }

    @Test
    void aNumberWrittenAsAStringSaysWhatToWrite() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.replace("\"target-pointer-width\": 64",
                "\"target-pointer-width\": \"64\"").formatted(""));
        assertEquals(1, d.size(), d.toString());
        assertEquals("`target-pointer-width` must be a number since rustc 1.91: write `64`, not `\"64\"`.",
                d.get(0).message());
        assertEquals(List.of(Fix.Edit.replace("/target-pointer-width", tools.jackson.databind.node.IntNode.valueOf(64))),
                d.get(0).fix().orElseThrow().edits());
    }

    @Test
    void anOldBooleanStackProbesSaysWhatItMeant() throws Exception {
        List<Diagnostic> d = check("t.json", PLAIN.formatted(",\n  \"stack-probes\": true"));
        assertEquals(1, d.size(), d.toString());
        assertEquals("`stack-probes` is an object since rustc 1.52: write `{\"kind\":\"call\"}`, which is what true "
                + "meant.", d.get(0).message());
    }

    @Test
    void namesAMissingRequiredField() throws Exception {
        List<Diagnostic> d = check("t.json", "{\"arch\": \"x86_64\", \"llvm-target\": \"x86_64-unknown-none-elf\","
                + " \"target-pointer-width\": 64}");
        List<Diagnostic> schema = d.stream().filter(x -> x.rule().equals("schema")).toList();
        assertEquals(List.of("Required field `data-layout` is missing; for `llvm-target` `x86_64-unknown-none-elf` it is "
                + "`\"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"`, from LLVM 22's"
                + " data layout."), schema.stream().map(Diagnostic::message).toList());
        assertEquals("add", schema.get(0).fix().orElseThrow().edits().get(0).op().json(), "the fix adds LLVM's layout");
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
