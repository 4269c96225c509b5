package dev.targetspec.validate.rules;

import dev.targetspec.json.StrictJson;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The CPU and target-feature names rustc's LLVM knows per arch, from `rustc --print target-cpus`
 * and `--print target-features` (data/target-cpus.json, data/target-features.json, refreshed by
 * `targetspec import rustc`).
 */
final class LlvmNames {
    static final Map<String, Set<String>> CPUS = read("target-cpus.json");
    static final Map<String, Set<String>> FEATURES = read("target-features.json");

    private LlvmNames() {
    }

    static Optional<Set<String>> cpus(String arch) {
        return Optional.ofNullable(CPUS.get(arch));
    }

    static Optional<Set<String>> features(String arch) {
        return Optional.ofNullable(FEATURES.get(arch));
    }

    private static Map<String, Set<String>> read(String name) {
        JsonNode table = StrictJson.bundled("/dev/targetspec/data/" + name);
        Map<String, Set<String>> out = new HashMap<>();
        table.properties().forEach(e -> {
            if (!e.getKey().startsWith("$") && e.getValue().isArray()) {
                Set<String> names = new HashSet<>();
                e.getValue().forEach(n -> names.add(n.asString()));
                out.put(e.getKey(), names);
            }
        });
        return out;
    }
}
