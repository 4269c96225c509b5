package dev.targetspec.registry;

import dev.targetspec.io.AtomicFile;
import dev.targetspec.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports every built-in target of a local rustc into {@code <registry>/rustc/}: runs
 * {@code rustc --print target-list}, then {@code --print target-spec-json} for each target. Only
 * that folder is written; hand-written files elsewhere in the registry are never touched.
 */
public final class RustcImport {
    private static final long TIMEOUT_SECONDS = 60;

    /** What an import did. */
    public record Result(String rustcVersion, int written, List<Path> removed, Path schema) {
    }

    private final List<String> rustc;

    /** @param rustc the rustc command: a path, a name looked up on PATH, or one with a toolchain ({@code rustc +nightly}) */
    public RustcImport(String rustc) {
        this.rustc = List.of(rustc.trim().split("\\s+"));
    }

    /**
     * Imports into {@code registryRoot}, and writes rustc's target-spec schema into {@code schemaDir}
     * as {@code rustc-<major>.<minor>.schema.json}.
     */
    public Result run(Path registryRoot, Path schemaDir, int jobs, ImportProgress progress)
            throws IOException, InterruptedException {
        String version = run(command("--version")).trim().split("\\s+")[1];
        String majorMinor = version.replaceFirst("^(\\d+\\.\\d+).*", "$1");
        List<String> triples = run(command("--print", "target-list")).lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path dir = registryRoot.resolve(Registry.IMPORTED);
        Files.createDirectories(dir);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String triple : triples) {
                futures.add(pool.submit(() -> {
                    String json = run(command("-Z", "unstable-options", "--print", "target-spec-json",
                            "--target", triple));
                    AtomicFile.write(dir.resolve(triple + ".json"),
                            Json.pretty(toRegistry(triple, version, json)).getBytes(StandardCharsets.UTF_8));
                    progress.update(done.incrementAndGet(), triples.size(), triple);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        List<Path> removed = removeStale(dir, Set.copyOf(triples));
        Path schema = schemaDir.resolve("rustc-" + majorMinor + ".schema.json");
        AtomicFile.write(schema, run(command("-Z", "unstable-options", "--print", "target-spec-json-schema"))
                .getBytes(StandardCharsets.UTF_8));
        return new Result(version, triples.size(), removed, schema);
    }

    /** rustc's JSON for {@code triple} in the registry shape; its metadata moves to the top level. */
    static ObjectNode toRegistry(String triple, String version, String rustcJson) throws IOException {
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(rustcJson);
        } catch (JacksonException e) {
            throw new IOException("rustc printed invalid JSON for " + triple + ": " + e.getOriginalMessage());
        }
        if (!(parsed instanceof ObjectNode spec)) {
            throw new IOException("rustc printed no JSON object for " + triple);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("$schema", "../../schema/target-spec.schema.json");
        doc.put("$comment", "Imported from rustc " + version + " by `targetspec import rustc`; an import rewrites "
                + "this file. Extend the target in a hand-written file with the same triple instead.");
        doc.put("triple", triple);
        JsonNode meta = spec.remove("metadata");
        ObjectNode metadata = doc.putObject("metadata");
        Map.of("description", "description", "tier", "tier", "std", "std", "host_tools", "host-tools")
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    if (meta != null && meta.has(e.getKey())) {
                        metadata.set(e.getValue(), meta.get(e.getKey()));
                    }
                });
        metadata.put("status", "builtin");
        doc.set("rustc", spec);
        return doc;
    }

    private static List<Path> removeStale(Path dir, Set<String> current) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String stem = p.getFileName().toString().replaceFirst("\\.json$", "");
                if (!current.contains(stem)) {
                    Files.delete(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }

    private List<String> command(String... args) {
        List<String> out = new java.util.ArrayList<>(rustc);
        out.addAll(List.of(args));
        return out;
    }

    private String run(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run `" + command.get(0) + "`: " + e.getMessage(), e);
        }
        try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
            // Drain stderr on its own thread so a chatty rustc cannot block on a full pipe.
            var errText = new java.util.concurrent.CompletableFuture<String>();
            Thread drain = new Thread(() -> {
                try {
                    errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    errText.complete("");
                }
            });
            drain.start();
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("`" + String.join(" ", command) + "` did not finish in " + TIMEOUT_SECONDS + " s");
            }
            drain.join();
            if (p.exitValue() != 0) {
                String first = errText.getNow("").lines().filter(l -> l.startsWith("error")).findFirst()
                        .orElse("exit code " + p.exitValue());
                throw new IOException("`" + String.join(" ", command) + "` failed: " + first);
            }
            return text;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
