package dev.targetspec.it.boot;

import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.RenderContext;
import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real tools and loads seed targets for the boot tests. */
final class Tools {
    static final Provenance PROVENANCE = new Provenance("the boot tests", "targetspec 0.1.0");
    private static Registry registry;
    /** The Debian package of each tool the tests run. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("ld", "binutils"), Map.entry("as", "binutils"), Map.entry("readelf", "binutils"),
            Map.entry("ld.lld", "lld"), Map.entry("clang", "clang"),
            Map.entry("aarch64-linux-gnu-ld", "binutils-aarch64-linux-gnu"),
            Map.entry("riscv64-linux-gnu-ld", "binutils-riscv64-linux-gnu"),
            Map.entry("arm-none-eabi-ld", "binutils-arm-none-eabi"),
            Map.entry("grub-file", "grub-common"), Map.entry("grub-mkrescue", "grub-common, grub-pc-bin, xorriso, mtools"),
            Map.entry("qemu-system-i386", "qemu-system-x86"), Map.entry("qemu-system-x86_64", "qemu-system-x86"),
            Map.entry("qemu-system-aarch64", "qemu-system-arm"), Map.entry("qemu-system-arm", "qemu-system-arm"),
            Map.entry("qemu-system-riscv64", "qemu-system-misc"), Map.entry("qemu-system-riscv32", "qemu-system-misc"),
            Map.entry("rustc", "rustup or rustc"));

    private Tools() {
    }

    /** The repository root, as Surefire passes it. */
    static Path root() {
        String r = System.getProperty("targetspec.root");
        Path p = r == null ? Path.of("").toAbsolutePath() : Path.of(r);
        return Files.isDirectory(p.resolve("targets")) ? p : p.getParent();
    }

    /** The output of a finished process. */
    record Result(int exit, String out, boolean timedOut, String command) {
        Result ok() {
            if (exit != 0 || timedOut) {
                throw new AssertionError("`" + command + "` " + (timedOut ? "timed out" : "exited " + exit) + ":\n"
                        + out);
            }
            return this;
        }
    }

    /** Runs {@code cmd} in {@code dir}, stdout and stderr together, killing it after {@code seconds}. */
    static Result run(Path dir, int seconds, List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "out", ".txt");
        if (!cmd.get(0).contains("/") && !has(cmd.get(0))) {
            throw new AssertionError("`" + cmd.get(0) + "` is not installed; on Debian it comes with the package `"
                    + PACKAGES.getOrDefault(cmd.get(0), "?") + "`.");
        }
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        String out = Files.readString(log, StandardCharsets.ISO_8859_1);
        Files.delete(log);
        return new Result(done ? p.exitValue() : -1, out, !done, String.join(" ", cmd));
    }

    static Result run(Path dir, String... cmd) throws IOException, InterruptedException {
        return run(dir, 120, List.of(cmd));
    }

    /** Whether {@code tool} is on the PATH. */
    static boolean has(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** The repository's registry, loaded once. */
    static synchronized Registry registry() throws IOException {
        if (registry == null) {
            registry = Registry.load(root().resolve("targets"));
        }
        return registry;
    }

    /**
     * Loads {@code files} (nearest first; paths relative to the repository root or absolute), the last
     * of which inherits from the registry, and resolves them over the registry's chain for that file.
     */
    static Target target(Path work, String... files) throws IOException, JsonSyntaxException {
        List<SpecFile> chain = new ArrayList<>();
        for (String f : files) {
            Path p = Path.of(f).isAbsolute() ? Path.of(f) : root().resolve(f);
            chain.add(registry().fileAt(p).orElse(SpecLoader.load(p)));
        }
        SpecFile last = chain.remove(chain.size() - 1);
        Resolution r = registry().resolve(last);
        if (r.target().isEmpty()) {
            throw new AssertionError(last.path() + " does not resolve: " + r.problems());
        }
        chain.addAll(r.target().get().chain());
        return Inheritance.resolve(chain, registry().chips());
    }

    static Path render(Artifact artifact, Target target, Path dir) throws IOException, RenderException {
        Path out = dir.resolve(artifact.fileName(target, artifact.formats().get(0)));
        Files.writeString(out, text(artifact, target));
        return out;
    }

    /** {@code artifact} for {@code target}, in its default format. */
    static String text(Artifact artifact, Target target) throws RenderException {
        return artifact.render(target, artifact.formats().get(0), new RenderContext(PROVENANCE));
    }
}
