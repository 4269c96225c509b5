package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.json.JsonSource;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.Location;
import dev.targetspec.json.StrictJson;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import tools.jackson.databind.JsonNode;

/**
 * The loader takes any bytes: it returns a document or refuses with a located one-line reason, and
 * never throws anything else. Regression inputs: {@code LoaderFuzzTestInputs/<method>/}.
 */
class LoaderFuzzTest {
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @FuzzTest(maxDuration = "10m")
    void strictJson(byte[] bytes) {
        JsonSource source;
        try {
            source = StrictJson.parse(bytes);
        } catch (JsonSyntaxException e) {
            Invariants.refusal(e);
            return;
        }
        assertNotNull(source.root());
        assertTrue(bytes.length <= StrictJson.MAX_BYTES);
        Location root = source.locate("");
        assertTrue(root.line() >= 1 && root.column() >= 1);
        // What was accepted prints to JSON that reads back to the same value.
        try {
            String printed = dev.targetspec.json.Json.pretty(source.root());
            if (printed.length() < StrictJson.MAX_BYTES / 8) {
                JsonNode back = StrictJson.parse(printed.getBytes(StandardCharsets.UTF_8)).root();
                // `1e0` prints as `1` and reads back as an integer: equal as numbers, not as node types.
                assertTrue(source.root().equals(SAME_VALUE, back), printed);
            }
        } catch (JsonSyntaxException e) {
            throw new AssertionError("accepted JSON does not read back: " + e.getMessage(), e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void specLoader(byte[] bytes) {
        SpecFile file;
        try {
            file = SpecLoader.parse(Path.of("fuzz-target.json"), bytes);
        } catch (JsonSyntaxException e) {
            Invariants.refusal(e);
            return;
        }
        assertNotNull(file.triple());
        assertEquals("fuzz-target", file.stem());
        file.inherits();
        for (String pointer : new String[] {"", "/triple", "/rustc/arch", "/metadata/host-tools", "/layout/sections/0"}) {
            Location at = file.locate(pointer);
            assertTrue(at.line() >= 1 && at.column() >= 1, pointer);
            assertNotNull(file.filePointer(pointer));
        }
    }
}
