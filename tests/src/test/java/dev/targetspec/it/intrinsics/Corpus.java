package dev.targetspec.it.intrinsics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
record Corpus(String rustc, String llvm, String nm, String probeSha256, List<String> leaves,
        Map<String, Entry> targets) {
    record Entry(ObjectNode spec, Probe.Result result) {
    }

    static Path file(Path root) {
        return root.resolve("tests/src/test/resources/intrinsics/corpus.json");
    }

    /** The SHA-256 of the probe source, so that a corpus recorded from another probe is noticed. */
    static String sha256(Path probeSource) throws IOException {
        try {
            // Line ends as committed, whatever the checkout does to them.
            byte[] text = Files.readString(probeSource).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text);
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Corpus read(Path file) throws IOException {
        JsonNode root = Builtins.JSON.readTree(Files.readString(file));
        Map<String, Entry> targets = new TreeMap<>();
        root.get("targets").properties().forEach(e -> {
            JsonNode t = e.getValue();
            Map<String, String> failed = new LinkedHashMap<>();
            t.path("failed-leaves").properties().forEach(f -> failed.put(f.getKey(), f.getValue().asString()));
            List<String> undefined = new ArrayList<>();
            t.path("undefined").forEach(n -> undefined.add(n.asString()));
            Optional<String> cpu = t.hasNonNull("cpu") ? Optional.of(t.get("cpu").asString()) : Optional.empty();
            Optional<String> skip = t.hasNonNull("skipped") ? Optional.of(t.get("skipped").asString())
                    : Optional.empty();
            targets.put(e.getKey(), new Entry((ObjectNode) t.get("spec"),
                    new Probe.Result(e.getKey(), cpu, failed, List.copyOf(undefined), skip)));
        });
        List<String> leaves = new ArrayList<>();
        root.path("leaves").forEach(n -> leaves.add(n.asString()));
        return new Corpus(root.get("rustc").asString(), root.path("llvm").asString(""), root.get("nm").asString(),
                root.path("probe-sha256").asString(""), List.copyOf(leaves), targets);
    }

    void write(Path file) throws IOException {
        ObjectNode root = Builtins.JSON.createObjectNode();
        root.put("rustc", rustc);
        root.put("llvm", llvm);
        root.put("nm", nm);
        root.put("probe-sha256", probeSha256);
        var l = root.putArray("leaves");
        leaves.forEach(l::add);
        ObjectNode ts = root.putObject("targets");
        new TreeMap<>(targets).forEach((name, entry) -> {
            ObjectNode t = ts.putObject(name);
            Probe.Result r = entry.result();
            r.skipReason().ifPresent(s -> t.put("skipped", s));
            r.cpu().ifPresent(c -> t.put("cpu", c));
            if (!r.skipped() && !r.failedLeaves().isEmpty()) {
                ObjectNode f = t.putObject("failed-leaves");
                r.failedLeaves().forEach(f::put);
            }
            var u = t.putArray("undefined");
            r.undefined().forEach(u::add);
            t.set("spec", entry.spec());
        });
        Files.writeString(file, Builtins.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
