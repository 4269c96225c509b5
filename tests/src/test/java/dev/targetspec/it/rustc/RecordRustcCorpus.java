package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates the committed corpus from the local rustc. Runs only with {@code -Drecord=true}:
 * {@code mvn -pl tests -am test -Dtest=RecordRustcCorpus -Drecord=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "record", matches = "true")
class RecordRustcCorpus {

    @Test
    void record(@TempDir Path tmp) throws IOException {
        Rustc rustc = Rustc.locate().orElseThrow(() -> new IllegalStateException(
                "rustc not found: set $RUSTC or put rustc on the PATH"));
        Instant start = Instant.now();
        Map<String, ObjectNode> builtins = RustcRuns.builtins(rustc);
        List<Mutants.Mutant> mutants = Mutants.generate(builtins, Mutants.CORPUS_SEED);
        List<Rustc.Verdict> verdicts = RustcRuns.verdicts(rustc, mutants, tmp);
        List<RustcCorpus.Entry> entries = new ArrayList<>(mutants.size());
        Map<String, int[]> perKind = new TreeMap<>();
        int accepted = 0;
        for (int i = 0; i < mutants.size(); i++) {
            Mutants.Mutant m = mutants.get(i);
            Rustc.Verdict v = verdicts.get(i);
            entries.add(new RustcCorpus.Entry(m.id(), m.base(), m.mutation(), m.spec(), v.accepted(),
                    v.stage().label(), v.firstError()));
            int[] c = perKind.computeIfAbsent(m.kind(), k -> new int[2]);
            c[v.accepted() ? 0 : 1]++;
            accepted += v.accepted() ? 1 : 0;
        }
        Path file = RustcCorpus.sourcePath();
        RustcCorpus.write(file, entries);
        Duration took = Duration.between(start, Instant.now());

        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode meta = mapper.createObjectNode();
        meta.put("$comment", "Summary of corpus.jsonl, written by RecordRustcCorpus from the rustc named below.");
        meta.put("rustc", rustc.version());
        meta.put("seed", Mutants.CORPUS_SEED);
        meta.put("builtins", builtins.size());
        meta.put("total", entries.size());
        meta.put("accepted", accepted);
        meta.put("rejected", entries.size() - accepted);
        meta.put("seconds", took.toSeconds());
        ObjectNode kinds = meta.putObject("kinds");
        perKind.forEach((k, c) -> kinds.putObject(k).put("accepted", c[0]).put("rejected", c[1]));
        Files.writeString(file.resolveSibling("corpus-meta.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);

        RustcCorpus reread = RustcCorpus.load(file);
        assertEquals(mutants.size(), reread.size());
        assertTrue(mutants.size() >= 1000, "fewer than 1000 mutants: " + mutants.size());
    }
}
