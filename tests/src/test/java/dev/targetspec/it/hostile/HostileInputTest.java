package dev.targetspec.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input, through the packaged jar as a separate process: the exit code it must give,
 * one output line that names the problem, no stack trace, and a time bound. The committed cases are
 * listed in {@code src/test/resources/hostile/expected.tsv}; the huge and odd ones are written at
 * test time by {@link Generated}.
 */
class HostileInputTest {
    static final Path CORPUS = Proc.root().resolve("tests/src/test/resources/hostile");
    /** The longest any one input may take, start-up included, on a busy CI machine. */
    static final long LIMIT_MILLIS = 30_000;

    @TempDir
    static Path tmp;

    static final List<Case> CASES = new ArrayList<>();
    static final Map<Case, Proc.Result> RESULTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void runEveryCase() throws Exception {
        CASES.addAll(committed());
        CASES.addAll(Generated.write(tmp.resolve("generated")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Case c : CASES) {
                all.add(pool.submit(() -> RESULTS.put(c, run(c))));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Proc.Result run(Case c) {
        Path registry = Proc.root().resolve("targets").toAbsolutePath();
        return c.registry() ? Jar.run(tmp, "validate", "--registry", c.path().toString())
                : Jar.run(tmp, "validate", "--registry", registry.toString(), c.path().toString());
    }

    static List<Case> committed() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            Path p = CORPUS.resolve(f[0]);
            out.add(f[0].startsWith("registries/") ? Case.registry(p, Integer.parseInt(f[1]), f[2])
                    : Case.file(p, Integer.parseInt(f[1]), f[2]));
        }
        return out;
    }

    @Test
    void theCorpusHoldsOverAHundredInputsAndListsEveryFile() throws IOException {
        assertTrue(CASES.size() >= 100, CASES.size() + " hostile inputs");
        Set<Path> listed = CASES.stream().map(c -> c.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(CORPUS.resolve("files"))) {
            List<Path> unlisted = files.map(p -> p.toAbsolutePath().normalize()).filter(p -> !listed.contains(p)).toList();
            assertEquals(List.of(), unlisted, "every corpus file has a line in expected.tsv");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachInputIsRefusedWithOneLineNamingTheProblem() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Proc.Result r = RESULTS.get(c);
            String all = r.out() + r.err();
            String shown = all.length() > 2000 ? all.substring(0, 2000) + "…" : all;
            assertEquals(c.exitCode(), r.code(), shown);
            assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error"),
                    "no stack trace or internal error: " + shown);
            List<String> naming = all.lines().filter(l -> l.contains(c.message())).toList();
            assertFalse(naming.isEmpty(), "a line contains `" + c.message() + "`:\n" + shown);
            if (!c.registry()) {
                String line = naming.get(0);
                assertTrue(line.startsWith("error: ") || line.contains("error["), line);
            }
            assertTrue(r.millis() < LIMIT_MILLIS, c.name() + " took " + r.millis() + " ms");
        }));
    }
}
