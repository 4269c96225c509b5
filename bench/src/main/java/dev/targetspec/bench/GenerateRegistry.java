package dev.targetspec.bench;

import dev.targetspec.io.AtomicFile;
import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a registry of exactly N targets for scaling runs: a copy of the repository's registry (its chip
 * database too, which holds no targets), then copies of its built-ins and of its hand-written targets
 * that inherit (the seeds) under new triples ({@code <seed>-b<i>}), each in its own file and still
 * inheriting from the seed's base.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.targetspec.bench.GenerateRegistry SOURCE DEST N}
 */
public final class GenerateRegistry {
    private GenerateRegistry() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateRegistry SOURCE-REGISTRY DEST N");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path dest = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Registry registry = Registry.load(source);
        List<Path> originals;
        try (Stream<Path> walk = Files.walk(source)) {
            originals = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path p : originals) {
            Path to = dest.resolve(source.relativize(p).toString());
            Files.createDirectories(to.getParent());
            Files.copy(p, to);
        }
        List<SpecFile> seeds = registry.triples().stream().map(t -> registry.file(t).orElseThrow())
                .filter(f -> registry.isImported(f.triple()) ? f.path().startsWith(source.resolve(Registry.IMPORTED))
                        : f.inherits().isPresent())
                .toList();
        Path copies = dest.resolve("generated");
        Files.createDirectories(copies);
        // N counts targets, as validation does: the chip database's files are not specs, and an overlay
        // on a built-in is the same target as the built-in.
        int specs = registry.triples().size();
        int wanted = n - specs;
        for (int i = 0; i < wanted; i++) {
            SpecFile seed = seeds.get(i % seeds.size());
            ObjectNode doc = seed.doc().deepCopy();
            String triple = seed.triple() + "-b" + (i / seeds.size());
            doc.put("triple", triple);
            doc.put("$schema", "../../schema/target-spec.schema.json");
            if (registry.isImported(seed.triple())) {
                ((ObjectNode) doc.get("metadata")).put("status", "custom");
            }
            try {
                AtomicFile.write(copies.resolve(triple + ".json"), Json.pretty(doc).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println("wrote " + Math.max(n, specs) + " targets to " + dest);
    }
}
