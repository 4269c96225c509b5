package dev.targetspec.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** `targetspec validate` as a user runs it: the packaged jar, real files, and rustc's own verdict beside it. */
class ValidateEndToEndTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static ObjectNode builtin;

    @BeforeAll
    static void printABuiltinWithRustc() {
        Proc.require("rustc", "rustc");
        Proc.Result r = Proc.run(dir, Map.of("RUSTC_BOOTSTRAP", "1"), 60, List.of("rustc", "-Z", "unstable-options",
                "--print", "target-spec-json", "--target", "x86_64-unknown-none"));
        assertEquals(0, r.code(), r.err());
        builtin = (ObjectNode) JSON.readTree(r.out());
    }

    /** Writes {@code spec} pretty-printed, so that fields sit on lines of their own. */
    static Path write(String name, ObjectNode spec) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        return p;
    }

    static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    static boolean rustcAccepts(Path spec) {
        Proc.Result r = Proc.run(dir, Map.of("RUSTC_BOOTSTRAP", "1"), 60, List.of("rustc", "-Z", "unstable-options",
                "--print", "target-spec-json", "--target", spec.toString()));
        return r.code() == 0;
    }

    @Test
    void theWholeRegistryIsValid() {
        Proc.Result r = Proc.targetspec(Proc.root(), "validate", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode summary = JSON.readTree(r.out()).get("summary");
        assertTrue(summary.get("files").asInt() >= 330, summary.toString());
        assertEquals(summary.get("files").asInt(), summary.get("valid").asInt());
        assertEquals(0, summary.get("invalid").asInt());
    }

    @Test
    void threeBrokenPlainRustcSpecsEachGetALocatedErrorAndRustcAgrees() throws Exception {
        ObjectNode wrongType = builtin.deepCopy();
        wrongType.put("disable-redzone", "yes");
        ObjectNode unknown = builtin.deepCopy();
        unknown.put("linker-flavour", "gnu-lld");
        ObjectNode endian = builtin.deepCopy();
        endian.put("target-endian", "big");
        Path a = write("wrong-type.json", wrongType);
        Path b = write("unknown-field.json", unknown);
        Path c = write("endian.json", endian);

        Proc.Result r = Proc.targetspec(dir, "validate", "--format", "json", a.toString(), b.toString(), c.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode results = JSON.readTree(r.out()).get("results");
        assertEquals(3, results.size());
        List<List<Object>> expected = List.of(
                List.of("schema", "/disable-redzone", lineOf(a, "\"disable-redzone\"")),
                List.of("schema", "/linker-flavour", lineOf(b, "\"linker-flavour\"")),
                List.of("data-layout-endian", "/data-layout", lineOf(c, "\"data-layout\"")));
        for (int i = 0; i < 3; i++) {
            JsonNode result = results.get(i);
            assertFalse(result.get("valid").asBoolean(), result.toString());
            JsonNode d = result.get("diagnostics").get(0);
            assertEquals("error", d.get("severity").asString());
            assertEquals(expected.get(i), List.of(d.get("rule").asString(), d.get("pointer").asString(),
                    d.get("line").asInt()), result.toString());
            assertEquals(3, d.get("column").asInt(), "the column of the field's key");
        }
        for (Path p : List.of(a, b)) {
            assertFalse(rustcAccepts(p), "rustc also rejects " + p.getFileName());
        }
    }

    @Test
    void malformedJsonExitsOneWithLineAndColumnAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("malformed.json");
        Files.writeString(bad, "{\n  \"arch\": \"x86_64\",\n  \"llvm-target\": x86_64\n}\n");
        Proc.Result r = Proc.targetspec(dir, "validate", bad.toString());
        assertEquals(1, r.code());
        assertEquals("malformed.json:3:18: error[json-syntax]: Invalid JSON: Unrecognized token 'x86_64': "
                + "was expecting a JSON value.", r.out().lines().findFirst().orElseThrow());
        assertFalse((r.out() + r.err()).contains("Exception"), "no exception text");
        assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace");
    }

    @Test
    void aUsageErrorExitsTwoWithOneErrorLine() {
        Proc.Result r = Proc.targetspec(dir, "validate", "--format", "yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("\tat "));
    }
}
