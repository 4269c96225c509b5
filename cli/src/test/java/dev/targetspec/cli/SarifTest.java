package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.targetspec.json.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code validate --format sarif} against the SARIF 2.1.0 schema, and what GitHub code scanning needs
 * from it. The schema is OASIS's errata01 schema, {@code sarif-2.1/schema/sarif-schema-2.1.0.json} of
 * github.com/oasis-tcs/sarif-spec at commit e0583813964ec43cea53b6b531b402866095ed1f.
 */
class SarifTest {
    static final String ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @TempDir
    Path dir;

    static Schema schema() throws Exception {
        String text;
        try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemas(Map.of(ID, text))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(ID));
    }

    @Test
    void theOutputValidatesAgainstTheSarifSchemaAndLinksAndFingerprintsEveryResult() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"arch\": 5,\n  \"llvm-target\": 7\n}\n");
        CliTest.Run r = CliTest.withRegistry("validate", "--format", "sarif", bad.toString());
        assertEquals(1, r.code(), r.err());
        List<Error> errors = schema().validate(r.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, r.out());

        JsonNode run = Json.MAPPER.readTree(r.out()).at("/runs/0");
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            String id = rule.get("id").asString();
            assertTrue(rule.path("helpUri").asString().matches("https?://.+/" + id + "\\.md"), rule.toString());
        }
        Set<String> prints = new HashSet<>();
        assertTrue(run.get("results").size() >= 2, r.out());
        for (JsonNode res : run.get("results")) {
            String print = res.at("/partialFingerprints/targetspec~1v1").asString();
            assertTrue(print.matches("[0-9a-f]{64}"), res.toString());
            assertTrue(prints.add(print), "each result has its own fingerprint");
        }

        // A finding keeps its fingerprint when the lines above it move.
        Files.writeString(bad, "\n\n{\n  \"arch\": 5,\n  \"llvm-target\": 7\n}\n");
        JsonNode moved = Json.MAPPER.readTree(CliTest.withRegistry("validate", "--format", "sarif", bad.toString())
                .out()).at("/runs/0/results");
        Set<String> again = new HashSet<>();
        moved.forEach(res -> again.add(res.at("/partialFingerprints/targetspec~1v1").asString()));
        assertEquals(prints, again);
        assertNotEquals(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt(),
                moved.at("/0/locations/0/physicalLocation/region/startLine").asInt());
    }
}
