package dev.targetspec.bench;

import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.rustc.RustcJson;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library's hot paths over the repository's registry: parse one file, load the registry, resolve,
 * validate and render every target. Resolution and validation run on copies of the registry's files
 * that the registry does not cache, so every invocation does the whole work. The repository root is
 * {@code -Dtargetspec.root=DIR} (default: the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
public class RegistryBenchmarks {
    Path targets;
    Registry registry;
    Validator validator;
    byte[] oneBytes;
    Path onePath;
    SpecFile one;
    List<SpecFile> copies;
    List<Target> resolved;

    @Setup
    public void setUp() throws IOException, JsonSyntaxException {
        targets = Path.of(System.getProperty("targetspec.root", ".")).resolve("targets").toAbsolutePath();
        registry = Registry.load(targets);
        validator = new Validator(registry);
        onePath = targets.resolve("x86_64/x86_64-unknown-none-multiboot2.json");
        oneBytes = Files.readAllBytes(onePath);
        copies = new ArrayList<>();
        resolved = new ArrayList<>();
        for (String triple : registry.triples()) {
            SpecFile f = registry.file(triple).orElseThrow();
            // The same bytes under another path: not the registry's own file, so never cached.
            copies.add(SpecLoader.parse(Path.of("copy").resolve(f.path().getFileName()), Files.readAllBytes(f.path())));
            resolved.add(registry.resolve(f).target().orElseThrow());
        }
        one = SpecLoader.parse(Path.of("copy", "x86_64-unknown-none-multiboot2.json"), oneBytes);
    }

    /** Strict parsing of one hand-written spec, with every value's location. */
    @Benchmark
    public SpecFile parseOne() throws JsonSyntaxException {
        return SpecLoader.parse(onePath, oneBytes);
    }

    /** Listing and parsing every file of the registry from disk. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Registry loadRegistry() throws IOException {
        return Registry.load(targets);
    }

    /** Resolving the inheritance of every target. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void resolveAll(Blackhole bh) {
        for (SpecFile f : copies) {
            bh.consume(registry.resolve(f));
        }
    }

    /** Validating one target: resolution, the JSON Schema and every rule. */
    @Benchmark
    public ValidationResult validateOne() {
        return validator.validate(one);
    }

    /** Validating every target of the registry. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void validateAll(Blackhole bh) {
        for (SpecFile f : copies) {
            bh.consume(validator.validate(f));
        }
    }

    /** Rendering every target as rustc target JSON text. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void renderAllRustcJson(Blackhole bh) {
        for (Target t : resolved) {
            bh.consume(Json.pretty(RustcJson.export(t)));
        }
    }

    /** What a cold start pays once: compiling the schemas, then validating one target. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ValidationResult newValidatorAndValidateOne() {
        return new Validator(registry).validate(one);
    }
}
