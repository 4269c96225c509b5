package dev.targetspec.it.rustc;

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
 * {@code RUSTC_BOOTSTRAP=1} and classifies what it says about a custom target spec.
 *
 * <p>rustc's verdict: a spec is accepted iff {@code --print target-spec-json} loads it and a
 * {@code #![no_core]} library compiles for it with {@code --emit obj}. A spec with
 * {@code need-explicit-cpu} is compiled as its users must compile for it, with {@code -C target-cpu}:
 * its own {@code cpu}, or a representative CPU of the arch.
 */
final class Rustc {

    /** Stage at which rustc rejected a spec; {@code NONE} when it was accepted. */
    enum Stage {
        NONE, LOAD, SESSION, CODEGEN, ICE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What rustc said about one spec file. */
    record Verdict(boolean accepted, Stage stage, String firstError) {
    }

    static final String NO_CORE_LIB = String.join("\n",
            "#![feature(no_core, lang_items)]",
            "#![no_core]",
            "#![crate_type = \"lib\"]",
            "#[lang = \"pointee_sized\"] pub trait PointeeSized {}",
            "#[lang = \"meta_sized\"] pub trait MetaSized: PointeeSized {}",
            "#[lang = \"sized\"] pub trait Sized: MetaSized {}",
            "pub fn f() {}",
            "");

    private static final long TIMEOUT_SECONDS = 120;

    private final String command;

    Rustc(String command) {
        this.command = command;
    }

    /** The rustc named by {@code $RUSTC} or {@code rustc}; empty when it cannot be run. */
    static Optional<Rustc> locate() {
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

    String version() {
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
     * Loads {@code spec} and, if that works, compiles a {@code #![no_core]} lib for it in
     * {@code workDir}. The spec's file name appears in some of rustc's messages together with a
     * content hash; {@link #normalize} replaces it.
     */
    Verdict verdict(Path spec, Path workDir) {
        Result load = run(List.of("-Z", "unstable-options", "--print", "target-spec-json",
                "--target", spec.toString()), workDir);
        if (load.exit != 0) {
            return rejected(load, spec, true);
        }
        Path src = workDir.resolve("nocore.rs");
        try {
            if (!Files.exists(src)) {
                Files.writeString(src, NO_CORE_LIB);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stem = stem(spec);
        Path out = workDir.resolve(stem + ".o");
        List<String> args = new java.util.ArrayList<>(List.of("-Z", "unstable-options", "--target", spec.toString(),
                "--crate-type", "lib", "--crate-name", "nocore", "--emit", "obj", "-A", "warnings",
                "-C", "panic=abort", "-o", out.toString(), src.toString()));
        explicitCpu(load.stdout).ifPresent(cpu -> args.addAll(List.of("-C", "target-cpu=" + cpu)));
        Result obj = run(args, workDir);
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (obj.exit == 0) {
            return new Verdict(true, Stage.NONE, "");
        }
        return rejected(obj, spec, false);
    }

    /** The CPU to name on the command line when the loaded spec sets {@code need-explicit-cpu}. */
    static java.util.Optional<String> explicitCpu(String printedSpec) {
        tools.jackson.databind.JsonNode spec = tools.jackson.databind.json.JsonMapper.builder().build().readTree(printedSpec);
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
            error = lines.isEmpty() ? "exit " + r.exit : lines.get(0);
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

    /** Replaces the custom target's name (file stem plus content hash) with {@code <target>}. */
    static String normalize(String line, Path spec) {
        String stem = stem(spec);
        return line.replaceAll(Pattern.quote(stem) + "-[0-9a-f]+", "<target>")
                .replace(spec.toString(), "<spec>");
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
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
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
