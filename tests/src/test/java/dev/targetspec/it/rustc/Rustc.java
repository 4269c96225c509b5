package dev.targetspec.it.rustc;

import dev.targetspec.registry.ProfileImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the local rustc (the command in {@code $RUSTC}, else {@code rustc} on the PATH) with
 * {@code RUSTC_BOOTSTRAP=1} and classifies what it says about a custom target spec. The command
 * may have arguments separated by spaces, as {@code rustc +nightly}.
 *
 * <p>rustc's verdict: a spec is accepted iff {@code --print target-spec-json} loads it and a
 * {@code #![no_core]} library compiles for it with {@code --emit obj}. The library has a Rust-ABI
 * function and a C-ABI one, as every real program has: rustc lowers a foreign-ABI call only for the
 * arches it knows and panics on any other {@code arch}. A spec with
 * {@code need-explicit-cpu} is compiled as its users must compile for it, with {@code -C target-cpu}:
 * its own {@code cpu}, or a representative CPU of the arch.
 */
public final class Rustc {

    /** Stage at which rustc rejected a spec; {@code NONE} when it was accepted. */
    public enum Stage {
        NONE, LOAD, SESSION, CODEGEN, ICE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What rustc said about one spec file. */
    public record Verdict(boolean accepted, Stage stage, String firstError) {
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final String command;

    public Rustc(String command) {
        this.command = command;
    }

    /** The rustc named by {@code $RUSTC} or {@code rustc}; empty when it cannot be run. */
    public static Optional<Rustc> locate() {
        String env = System.getenv("RUSTC");
        Rustc rustc = new Rustc(env == null || env.isBlank() ? "rustc" : env);
        try {
            Result r = rustc.run(List.of("--version"), null);
            return r.exit == 0 && r.stdout.startsWith("rustc ") ? Optional.of(rustc) : Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    String command() {
        return command;
    }

    public String version() {
        return run(List.of("--version"), null).stdout.strip();
    }

    List<String> targetList() {
        Result r = run(List.of("--print", "target-list"), null);
        check(r, "--print target-list");
        return r.stdout.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The JSON that rustc prints for a built-in target. */
    String builtinSpec(String target) {
        Result r = run(List.of("-Z", "unstable-options", "--print", "target-spec-json", "--target", target), null);
        check(r, "--print target-spec-json --target " + target);
        return r.stdout;
    }

    /**
     * rustc's verdict on {@code spec}, working in {@code workDir}: the {@code #![no_core]} lib is
     * compiled first, since compiling loads the spec and starts a session just as
     * {@code --print target-spec-json} does; when that fails other than at loading,
     * {@code --print target-spec-json} tells whether the spec failed before code generation. The
     * spec's file name appears in some of rustc's messages together with a content hash;
     * {@link #normalize} replaces it.
     */
    public Verdict verdict(Path spec, Path workDir) {
        Path src = workDir.resolve("nocore.rs");
        String json;
        try {
            if (!Files.exists(src)) {
                Files.writeString(src, ProfileImport.NO_CORE_LIB);
            }
            json = Files.readString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stem = stem(spec);
        Path out = workDir.resolve(stem + ".o");
        List<String> args = new java.util.ArrayList<>(List.of("-Z", "unstable-options", "--target", spec.toString(),
                "--crate-type", "lib", "--crate-name", "nocore", "--emit", "obj", "-A", "warnings",
                "-C", "panic=abort", "-o", out.toString(), src.toString()));
        explicitCpu(json).ifPresent(cpu -> args.addAll(List.of("-C", "target-cpu=" + cpu)));
        Result obj = run(args, workDir);
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (obj.exit == 0) {
            return new Verdict(true, Stage.NONE, "");
        }
        Verdict compiled = rejected(obj, spec, false);
        if (compiled.stage() == Stage.LOAD) {
            return compiled;
        }
        Result load = run(List.of("-Z", "unstable-options", "--print", "target-spec-json",
                "--target", spec.toString()), workDir);
        return load.exit != 0 ? rejected(load, spec, true) : compiled;
    }

    /** The CPU to name on the command line when the spec sets {@code need-explicit-cpu}. */
    static java.util.Optional<String> explicitCpu(String specJson) {
        tools.jackson.databind.JsonNode spec;
        try {
            spec = tools.jackson.databind.json.JsonMapper.builder().build().readTree(specJson);
        } catch (tools.jackson.core.JacksonException e) {
            return java.util.Optional.empty();
        }
        if (!spec.path("need-explicit-cpu").asBoolean(false)) {
            return java.util.Optional.empty();
        }
        if (spec.path("cpu").isString()) {
            return java.util.Optional.of(spec.get("cpu").asString());
        }
        // Representative CPUs that rustc's LLVM knows (`rustc --print target-cpus`).
        return java.util.Optional.of(switch (spec.path("arch").asString("")) {
            case "avr" -> "atmega328p";
            case "amdgpu" -> "gfx900";
            default -> "generic";
        });
    }

    private static Verdict rejected(Result r, Path spec, boolean atLoad) {
        String panic = null;
        String error = null;
        List<String> lines = r.stderr.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (panic == null && line.startsWith("thread '") && line.contains("panicked at")) {
                panic = i + 1 < lines.size() ? lines.get(i + 1).strip() : line;
            }
            if (error == null && line.startsWith("error")) {
                error = line;
            }
        }
        if (panic != null) {
            return new Verdict(false, Stage.ICE, "panicked: " + normalize(panic, spec));
        }
        if (error == null) {
            // LLVM's fatal errors come after its warnings, as "rustc-LLVM ERROR: ...".
            error = lines.stream().filter(l -> l.contains("LLVM ERROR")).findFirst()
                    .orElse(lines.isEmpty() ? "exit " + r.exit : lines.get(0));
        }
        error = normalize(error, spec);
        Stage stage;
        if (error.startsWith("error: error loading target specification:")) {
            stage = Stage.LOAD;
        } else if (atLoad) {
            stage = Stage.SESSION;
        } else {
            stage = Stage.CODEGEN;
        }
        return new Verdict(false, stage, error);
    }

    /**
     * Replaces the custom target's name (file stem plus content hash) with {@code <target>}, the
     * spec's path with {@code <spec>} and the folder rustc ran in with {@code <work>}.
     */
    static String normalize(String line, Path spec) {
        String stem = stem(spec);
        String s = line.replaceAll(Pattern.quote(stem) + "-[0-9a-f]+", "<target>")
                .replace(spec.toString(), "<spec>");
        return spec.getParent() == null ? s : s.replace(spec.getParent().toString(), "<dir>")
                .replaceAll("<dir>/w-\\d+", "<work>");
    }

    private static String stem(Path spec) {
        String name = spec.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static void check(Result r, String what) {
        if (r.exit != 0) {
            throw new IllegalStateException("rustc " + what + " failed (exit " + r.exit + "): " + r.stderr);
        }
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result run(List<String> args, Path dir) {
        List<String> cmd = new ArrayList<>(List.of(command.strip().split("\\s+")));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        pb.environment().remove("RUST_BACKTRACE");
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("rustc timed out: " + cmd);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
