package dev.targetspec.it.intrinsics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the probe crate for one target with the local rustc and lists the symbols the object
 * leaves undefined. All sections go into one object; when that fails, each section is compiled
 * alone so that one section a backend cannot handle does not hide the others.
 */
final class Probe {
    /** The probe's sections, each enabled by {@code --cfg probe_NAME}. */
    static final List<String> SECTIONS = List.of("int", "float", "f16", "f128", "mem", "atomic", "stack");

    /**
     * CPUs for the targets whose spec names none and which rustc refuses to build without one. The
     * choice only has to be a CPU of the architecture; these are LLVM's names for common parts.
     */
    private static final Map<String, String> CPU_BY_ARCH = Map.of("avr", "atmega328p", "amdgpu", "gfx900");

    /** The outcome for one target. */
    record Result(String target, Optional<String> cpu, Map<String, String> failedSections, List<String> undefined,
            Optional<String> skipReason) {
        boolean skipped() {
            return skipReason.isPresent();
        }
    }

    private final Path probeSource;
    private final Path work;

    Probe(Path probeSource, Path work) {
        this.probeSource = probeSource;
        this.work = work;
    }

    static Path resource(Path root) {
        return root.resolve("tests/src/test/resources/intrinsics/probe.rs");
    }

    /** The nm that reads every object format the local rustc writes: the newest LLVM one present. */
    static String nm() {
        for (int v = 30; v >= 15; v--) {
            if (Files.isExecutable(Path.of("/usr/bin/llvm-nm-" + v))) {
                return "/usr/bin/llvm-nm-" + v;
            }
        }
        return "llvm-nm";
    }

    Result run(String target, String arch) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "probe-");
        try {
            Optional<String> cpu = Optional.empty();
            Compile all = compile(target, cpu, SECTIONS, dir);
            if (!all.ok() && all.error().contains("explicitly specifying a cpu") && CPU_BY_ARCH.containsKey(arch)) {
                cpu = Optional.of(CPU_BY_ARCH.get(arch));
                all = compile(target, cpu, SECTIONS, dir);
            }
            TreeSet<String> undefined = new TreeSet<>();
            Map<String, String> failed = new LinkedHashMap<>();
            if (all.ok()) {
                undefined.addAll(undefinedSymbols(all.object()));
            } else {
                for (String section : SECTIONS) {
                    Compile one = compile(target, cpu, List.of(section), dir);
                    if (one.ok()) {
                        undefined.addAll(undefinedSymbols(one.object()));
                    } else {
                        failed.put(section, one.error());
                    }
                }
                if (failed.size() == SECTIONS.size()) {
                    return new Result(target, cpu, failed, List.of(), Optional.of(all.error()));
                }
            }
            undefined.removeIf(Probe::isProbeSymbol);
            return new Result(target, cpu, failed, List.copyOf(undefined), Optional.empty());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The probe's own externals (its sink), in any object format's spelling. */
    static boolean isProbeSymbol(String name) {
        String bare = name.replaceFirst("^[_.#]+", "");
        return bare.startsWith("probe_");
    }

    private record Compile(boolean ok, Path object, String error) {
    }

    private Compile compile(String target, Optional<String> cpu, List<String> sections, Path dir)
            throws IOException, InterruptedException {
        Path object = dir.resolve("probe-" + String.join("-", sections) + ".o");
        List<String> cmd = new ArrayList<>(List.of("rustc", "--target", target, "--emit", "obj", "-C", "panic=abort",
                "-O", "-o", object.toString()));
        cpu.ifPresent(c -> cmd.addAll(List.of("-C", "target-cpu=" + c)));
        for (String s : sections) {
            cmd.addAll(List.of("--cfg", "probe_" + s));
        }
        cmd.add(probeSource.toString());
        Run r = exec(cmd, dir);
        if (r.code() == 0 && Files.exists(object)) {
            return new Compile(true, object, "");
        }
        return new Compile(false, object, firstError(r.output()));
    }

    /** The first line rustc marks as an error, or the first line at all. */
    static String firstError(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("error") || line.contains("LLVM ERROR")) {
                return line.strip();
            }
        }
        String[] lines = output.strip().split("\n");
        return lines.length == 0 || lines[0].isBlank() ? "rustc failed without a message" : lines[0].strip();
    }

    List<String> undefinedSymbols(Path object) throws IOException, InterruptedException {
        Run r = exec(List.of(nm(), "-u", "--format=just-symbols", object.toString()), object.getParent());
        if (r.code() != 0) {
            throw new IOException("llvm-nm failed on " + object + ": " + r.output());
        }
        List<String> out = new ArrayList<>();
        for (String line : r.output().split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    record Run(int code, String output) {
    }

    static Run exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
        return exec(cmd, dir, true);
    }

    /** Runs {@code cmd}; its output, with standard error merged in or thrown away. */
    static Run exec(List<String> cmd, Path dir, boolean withErrors) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        if (withErrors) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
