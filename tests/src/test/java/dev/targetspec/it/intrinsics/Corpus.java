package dev.targetspec.it.intrinsics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The measured undefined-symbol sets, one per built-in target, with the rustc spec they were
 * measured against. Written by {@link ProbeCorpusWriter}, read by the recall test.
 */
record Corpus(String rustc, String nm, Map<String, Entry> targets) {
    record Entry(ObjectNode spec, Probe.Result result) {
    }

    static Path file(Path root) {
        return root.resolve("tests/src/test/resources/intrinsics/corpus.json");
    }

    static Corpus read(Path file) throws IOException {
        JsonNode root = Builtins.JSON.readTree(Files.readString(file));
        Map<String, Entry> targets = new TreeMap<>();
        root.get("targets").properties().forEach(e -> {
            JsonNode t = e.getValue();
            Map<String, String> failed = new LinkedHashMap<>();
            t.path("failed-sections").properties().forEach(f -> failed.put(f.getKey(), f.getValue().asString()));
            List<String> undefined = new ArrayList<>();
            t.path("undefined").forEach(n -> undefined.add(n.asString()));
            Optional<String> cpu = t.hasNonNull("cpu") ? Optional.of(t.get("cpu").asString()) : Optional.empty();
            Optional<String> skip = t.hasNonNull("skipped") ? Optional.of(t.get("skipped").asString())
                    : Optional.empty();
            targets.put(e.getKey(), new Entry((ObjectNode) t.get("spec"),
                    new Probe.Result(e.getKey(), cpu, failed, List.copyOf(undefined), skip)));
        });
        return new Corpus(root.get("rustc").asString(), root.get("nm").asString(), targets);
    }

    void write(Path file) throws IOException {
        ObjectNode root = Builtins.JSON.createObjectNode();
        root.put("rustc", rustc);
        root.put("nm", nm);
        ObjectNode ts = root.putObject("targets");
        new TreeMap<>(targets).forEach((name, entry) -> {
            ObjectNode t = ts.putObject(name);
            Probe.Result r = entry.result();
            r.skipReason().ifPresent(s -> t.put("skipped", s));
            r.cpu().ifPresent(c -> t.put("cpu", c));
            if (!r.failedSections().isEmpty()) {
                ObjectNode f = t.putObject("failed-sections");
                r.failedSections().forEach(f::put);
            }
            var u = t.putArray("undefined");
            r.undefined().forEach(u::add);
            t.set("spec", entry.spec());
        });
        Files.writeString(file, Builtins.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
