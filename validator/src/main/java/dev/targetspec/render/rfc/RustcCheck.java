package dev.targetspec.render.rfc;

import dev.targetspec.json.Json;
import dev.targetspec.render.rustc.RustcJson;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Asks a real rustc whether it accepts a target's rustc JSON export, in two steps: rustc loads the
 * file and checks its consistency ({@code --print target-spec-json}), then compiles an empty
 * {@code #![no_core]} crate to assembly ({@code --emit asm}), which makes LLVM accept the
 * {@code llvm-target} and compare the {@code data-layout} with its own, a check rustc only makes at
 * code generation. Custom targets are unstable since rustc 1.95, so both steps pass
 * {@code -Z unstable-options} with {@code RUSTC_BOOTSTRAP=1}.
 */
public final class RustcCheck {
    private static final int SECONDS = 120;

    /** What rustc said. */
    public enum Verdict {
        /** Both steps succeeded. */
        ACCEPTED,
        /** rustc refused the file or could not compile for it. */
        REJECTED,
        /** rustc was not run or could not be started. */
        NOT_RUN
    }

    /**
     * The outcome.
     *
     * @param verdict what rustc said
     * @param detail  for {@code ACCEPTED}, rustc's version; otherwise rustc's first error line, or why it did not run
     */
    public record Outcome(Verdict verdict, String detail) {
    }

    private RustcCheck() {
    }

    /** An outcome for when the check was skipped on purpose. */
    public static Outcome skipped(String why) {
        return new Outcome(Verdict.NOT_RUN, why);
    }

    /** Runs {@code rustc} (a command on PATH, or a path) on {@code target}'s export. */
    public static Outcome check(Target target, String rustc) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("targetspec-rustc-");
            Path spec = dir.resolve(target.triple() + ".json");
            Files.writeString(spec, Json.pretty(RustcJson.export(target)));
            Path lib = dir.resolve("lib.rs");
            Files.writeString(lib, "#![feature(no_core)]\n#![no_core]\n");
            Run version = run(dir, List.of(rustc, "--version"));
            if (version == null) {
                return new Outcome(Verdict.NOT_RUN, "`" + rustc + "` could not be started");
            }
            Run load = run(dir, List.of(rustc, "-Z", "unstable-options", "--print", "target-spec-json", "--target",
                    spec.toString()));
            if (load.code != 0) {
                return new Outcome(Verdict.REJECTED, firstError(load.err));
            }
            Run asm = run(dir, List.of(rustc, "-Z", "unstable-options", "--target", spec.toString(), "--crate-type",
                    "lib", "--emit", "asm", "-o", dir.resolve("lib.s").toString(), lib.toString()));
            if (asm.code != 0) {
                return new Outcome(Verdict.REJECTED, firstError(asm.err));
            }
            return new Outcome(Verdict.ACCEPTED, version.out.strip());
        } catch (IOException e) {
            return new Outcome(Verdict.NOT_RUN, "cannot run rustc: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs {@code cmd}; null when it cannot be started. */
    private static Run run(Path dir, List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile());
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null;
        }
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            if (!p.waitFor(SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "", "error: rustc ran longer than " + SECONDS + " s");
            }
            return new Run(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Run(-1, "", "error: interrupted");
        }
    }

    private static String firstError(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("error")).findFirst()
                .orElse(stderr.lines().findFirst().orElse("rustc failed without a message")).strip();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
