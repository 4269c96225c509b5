package dev.targetspec.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs real processes: the targetspec jar and the toolchains, with a time limit. */
public final class Proc {
    /** What a process did. */
    public record Result(int code, String out, String err, long millis) {
    }

    private Proc() {
    }

    /** The repository root. */
    public static Path root() {
        return Path.of(System.getProperty("targetspec.root", ".."));
    }

    /** Runs the packaged targetspec jar, as a user would, from {@code dir}. */
    public static Result targetspec(Path dir, String... args) {
        Path jar = root().resolve("cli/target/targetspec.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("the CLI jar is missing; build it with `mvn -pl cli -am package`: " + jar);
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        // Generous: `import rustc` runs rustc 640 times, which takes minutes on a loaded machine.
        return run(dir, Map.of(), 600, cmd);
    }

    /** Runs {@code cmd} in {@code dir}, failing the test if it outlives {@code seconds}. */
    public static Result run(Path dir, Map<String, String> env, int seconds, List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("`" + String.join(" ", cmd) + "` ran longer than " + seconds + " s");
            }
            return new Result(p.exitValue(), out.get(), err.get(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return fail("cannot run `" + cmd.get(0) + "`: " + e.getMessage());
        } catch (Exception e) {
            return fail(e);
        }
    }

    /** Fails with the package to install when {@code command} is not on PATH. */
    public static void require(String command, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        fail("`" + command + "` is not installed; tests/run-all.sh installs it (Debian package " + debianPackage + ")");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
