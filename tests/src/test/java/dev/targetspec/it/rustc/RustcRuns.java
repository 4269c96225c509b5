package dev.targetspec.it.rustc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;

/** Runs rustc over many targets or mutants on at most {@link #THREADS} processes at a time. */
final class RustcRuns {

    /** Never more than two rustc processes at once. */
    static final int THREADS = 2;

    private RustcRuns() {
    }

    /**
     * Every built-in target's printed spec, by target name. They are kept in
     * {@code tests/target/rustc-builtins/} by rustc version, so that a second run with the same
     * rustc does not ask for them again.
     */
    static Map<String, ObjectNode> builtins(Rustc rustc) {
        String version = rustc.version();
        Path cache = null;
        String root = System.getProperty("targetspec.root");
        if (root != null) {
            cache = Path.of(root, "tests", "target", "rustc-builtins", version.replaceAll("[^A-Za-z0-9.-]+", "_") + ".json");
            if (Files.exists(cache)) {
                try {
                    ObjectNode all = Mutants.parse(Files.readString(cache, StandardCharsets.UTF_8));
                    Map<String, ObjectNode> m = new TreeMap<>();
                    all.propertyNames().forEach(n -> m.put(n, (ObjectNode) all.get(n)));
                    return m;
                } catch (IOException | RuntimeException e) {
                    // asked for again below
                }
            }
        }
        List<String> targets = rustc.targetList();
        List<String> specs = parallel(targets, rustc::builtinSpec);
        Map<String, ObjectNode> m = new TreeMap<>();
        for (int i = 0; i < targets.size(); i++) {
            m.put(targets.get(i), Mutants.parse(specs.get(i)));
        }
        if (cache != null) {
            ObjectNode all = Mutants.parse("{}");
            m.forEach(all::set);
            try {
                Files.createDirectories(cache.getParent());
                Files.writeString(cache, Mutants.compact(all), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** rustc's verdict on each mutant, in the mutants' order. */
    static List<Rustc.Verdict> verdicts(Rustc rustc, List<Mutants.Mutant> mutants, Path workDir) {
        return verdicts(rustc, mutants, workDir, (m, v) -> { });
    }

    /**
     * rustc's verdict on each mutant, in the mutants' order; {@code done} hears of each verdict as
     * soon as it is known (from the worker threads, one at a time).
     */
    static List<Rustc.Verdict> verdicts(Rustc rustc, List<Mutants.Mutant> mutants, Path workDir,
            java.util.function.BiConsumer<Mutants.Mutant, Rustc.Verdict> done) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parallel(mutants, m -> {
            Path file = workDir.resolve(m.id() + ".json");
            try {
                Files.writeString(file, Mutants.compact(m.spec()), StandardCharsets.UTF_8);
                Path dir = Files.createDirectories(workDir.resolve("w-" + Thread.currentThread().getId()));
                Rustc.Verdict v = rustc.verdict(file, dir);
                synchronized (done) {
                    done.accept(m, v);
                }
                return v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // left behind in a temporary directory
                }
            }
        });
    }

    static <T, R> List<R> parallel(List<T> items, Function<T, R> f) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> fu : futures) {
                results.add(fu.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
