package dev.targetspec.it.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GitHub Action's script ({@code action/validate.sh}) run here as the action runs it. Its SARIF is
 * checked against the SARIF 2.1.0 schema, {@code sarif/sarif-schema-2.1.0.json}, which is
 * {@code sarif-2.1/schema/sarif-schema-2.1.0.json} of github.com/oasis-tcs/sarif-spec at commit
 * e0583813964ec43cea53b6b531b402866095ed1f.
 */
class GitHubActionScriptTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema sarifSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheSarifSchema() throws Exception {
        sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(PreCommitHookTest.resource("/sarif/sarif-schema-2.1.0.json"));
    }

    @Test
    void theScriptWritesValidSarifAndFailsOnAnInvalidFile() throws Exception {
        Proc.require("jq", "jq");
        String bad = PreCommitHookTest.resource("/editor/my-kernel.json");
        Files.writeString(dir.resolve("x86_64-unknown-bad.json"), bad);
        Files.writeString(dir.resolve("x86_64-unknown-good.json"), bad.replace("disable_redzone", "disable-redzone"));
        Map<String, String> env = env();
        env.put("TARGETSPEC_PATHS", "x86_64-unknown-good.json\nx86_64-unknown-bad.json");

        Proc.Result r = run(env);

        assertEquals(1, r.code(), r.err());
        JsonNode sarif = validSarif(dir.resolve("targetspec.sarif"));
        assertEquals(1, sarif.get("runs").size());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("targetspec/default/", run.at("/automationDetails/id").asString());
        assertEquals(1, run.get("results").size());
        JsonNode result = run.get("results").get(0);
        assertEquals("schema", result.get("ruleId").asString());
        assertEquals("x86_64-unknown-bad.json", result.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
        assertEquals(7, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(r.out().contains("::error file=x86_64-unknown-bad.json,line=7,col=3,title=targetspec schema::`disable_redzone` is not a field"),
                r.out());
        assertEquals(List.of("sarif=targetspec.sarif", "exit-code=1"), Files.readAllLines(dir.resolve("github-output")));
        // Without a profile asked for, the run is the default rustc's, and the summary names it.
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("| 1.95.0 | 1 | 1 |"),
                Files.readString(dir.resolve("summary.md")));

        env.put("TARGETSPEC_PATHS", "x86_64-unknown-good.json");
        env.put("TARGETSPEC_SARIF", "good.sarif");
        Proc.Result ok = run(env);
        assertEquals(0, ok.code(), ok.err());
        assertEquals(0, validSarif(dir.resolve("good.sarif")).at("/runs/0/results").size());
    }

    @Test
    void eachRustcProfileIsARunOfItsOwn() throws Exception {
        Proc.require("jq", "jq");
        Files.writeString(dir.resolve("x86_64-unknown-good.json"),
                PreCommitHookTest.resource("/editor/my-kernel.json").replace("disable_redzone", "disable-redzone"));
        // A stand-in for a targetspec that takes --rustc: it records its arguments and validates without it.
        Path log = dir.resolve("args.log");
        Path stub = dir.resolve("targetspec-stub");
        Files.writeString(stub, "#!/usr/bin/env bash\necho \"$*\" >> " + log + "\nargs=()\nwhile [ $# -gt 0 ]; do\n"
                + "  if [ \"$1\" = --rustc ]; then shift 2; else args+=(\"$1\"); shift; fi\ndone\n"
                + "exec " + Proc.root().resolve("bin/targetspec").toAbsolutePath() + " \"${args[@]}\"\n");
        stub.toFile().setExecutable(true);
        Map<String, String> env = env();
        env.put("TARGETSPEC", stub.toString());
        env.put("TARGETSPEC_PATHS", "x86_64-unknown-good.json");
        env.put("TARGETSPEC_RUSTC", "1.95.0\nnightly, ");
        env.put("TARGETSPEC_CATEGORY", "targets");

        Proc.Result r = run(env);

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("validate --format sarif --rustc 1.95.0 x86_64-unknown-good.json",
                "validate --format sarif --rustc nightly x86_64-unknown-good.json"), Files.readAllLines(log));
        JsonNode sarif = validSarif(dir.resolve("targetspec.sarif"));
        assertEquals(2, sarif.get("runs").size());
        assertEquals("targets/1.95.0/", sarif.at("/runs/0/automationDetails/id").asString());
        assertEquals("nightly", sarif.at("/runs/1/properties/rustc").asString());
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("TARGETSPEC_JAR", Proc.root().resolve("cli/target/targetspec.jar").toAbsolutePath().toString());
        env.put("GITHUB_OUTPUT", dir.resolve("github-output").toString());
        env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
        return env;
    }

    private Proc.Result run(Map<String, String> env) {
        return Proc.run(dir, env, 120, List.of(Proc.root().resolve("action/validate.sh").toAbsolutePath().toString()));
    }

    private static JsonNode validSarif(Path file) throws Exception {
        String text = Files.readString(file);
        List<Error> errors = sarifSchema.validate(text, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "SARIF 2.1.0 schema violations");
        return JSON.readTree(text);
    }
}
