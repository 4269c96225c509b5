package dev.targetspec.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `render --all --artifact rustc-json` against the real rustc: every built-in's export is JSON-equal
 * to what rustc prints for it, and rustc loads every exported file.
 */
class RustcJsonRoundTripTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, String> BOOTSTRAP = Map.of("RUSTC_BOOTSTRAP", "1");

    @TempDir
    static Path out;

    static List<String> builtins;
    static List<Path> exported;

    @BeforeAll
    static void renderEverything() throws Exception {
        Proc.require("rustc", "rustc");
        Proc.Result r = Proc.targetspec(Proc.root(), "render", "--all", "--artifact", "rustc-json", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        builtins = Proc.run(out, BOOTSTRAP, 60, List.of("rustc", "--print", "target-list")).out().lines()
                .filter(s -> !s.isBlank()).toList();
        try (Stream<Path> files = Files.list(out)) {
            exported = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode print(String target) {
        Proc.Result r = Proc.run(out, BOOTSTRAP, 60, List.of("rustc", "-Z", "unstable-options", "--print",
                "target-spec-json", "--target", target));
        return r.code() == 0 ? JSON.readTree(r.out()) : JSON.getNodeFactory().textNode("rejected: " + r.err().strip());
    }

    @Test
    void everyBuiltinExportsExactlyWhatRustcPrints() {
        assertEquals(320, builtins.size(), "rustc 1.95 has 320 built-in targets");
        Map<String, String> differing = new ConcurrentHashMap<>();
        builtins.parallelStream().forEach(t -> {
            Path file = out.resolve(t + ".json");
            JsonNode expected = print(t);
            JsonNode ours = Files.exists(file) ? JSON.readTree(file.toFile()) : null;
            if (!expected.equals(ours)) {
                differing.put(t, "export differs from `rustc --print target-spec-json --target " + t + "`");
            } else if (!expected.equals(print(file.toString()))) {
                differing.put(t, "rustc prints the loaded export differently from the built-in");
            }
        });
        assertEquals(Map.of(), differing, "round trip holds for " + (builtins.size() - differing.size()) + "/320");
    }

    @Test
    void rustcLoadsEveryExportedTarget() {
        assertTrue(exported.size() >= 330, "exported " + exported.size());
        ConcurrentSkipListSet<String> rejected = new ConcurrentSkipListSet<>();
        exported.parallelStream().forEach(p -> {
            JsonNode printed = print(p.toString());
            if (printed.isString()) {
                rejected.add(p.getFileName() + ": " + printed.asString());
            }
        });
        assertEquals(List.of(), List.copyOf(rejected), "rustc accepted " + (exported.size() - rejected.size()) + "/"
                + exported.size());
    }
}
