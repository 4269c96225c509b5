package dev.targetspec.it.intrinsics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Compiles the probe crate for one target with the local rustc and lists the symbols the object
 * leaves undefined. All sections go into one object; when that fails, each section is compiled
 * alone, and each leaf of a section that fails, so that one operation a backend cannot handle
 * hides nothing else.
 */
final class Probe {
    /**
     * The probe's sections, each a list of leaves; a leaf is compiled under {@code --cfg
     * probe_LEAF}. The same table heads probe.rs.
     */
    static final Map<String, List<String>> SECTIONS = sections();

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("int", List.of("int_arith", "int_div", "int_overflow", "int_shift", "int_bits", "int_wide"));
        for (String f : List.of("f16", "f32", "f64", "f128")) {
            s.put(f, List.of(f + "_arith", f + "_cmp", f + "_minmax", f + "_toint", f + "_fromint"));
        }
        s.put("fconv", List.of("fconv_f16_f32", "fconv_f16_f64", "fconv_f16_f128", "fconv_f32_f64", "fconv_f32_f128",
                "fconv_f64_f128"));
        s.put("mem", List.of("mem"));
        s.put("atomic", List.of("atomic8", "atomic16", "atomic32", "atomic64", "atomic128", "atomicptr",
                "atomic_fence"));
        s.put("stack", List.of("stack"));
        return Collections.unmodifiableMap(s);
    }

    static List<String> leaves() {
        return SECTIONS.values().stream().flatMap(List::stream).toList();
    }

    /**
     * CPUs for the targets whose spec names none and which rustc refuses to build without one. The
     * choice only has to be a CPU of the architecture; these are LLVM's names for common parts.
     */
    private static final Map<String, String> CPU_BY_ARCH = Map.of("avr", "atmega328p", "amdgpu", "gfx900");

    /**
     * The outcome for one target.
     *
     * @param failedLeaves the leaves that did not compile, with rustc's first error line
     */
    record Result(String target, Optional<String> cpu, Map<String, String> failedLeaves, List<String> undefined,
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
            List<String> all = leaves();
            Compile whole = compile(target, cpu, all, dir);
            if (!whole.ok() && whole.error().contains("explicitly specifying a cpu") && CPU_BY_ARCH.containsKey(arch)) {
                cpu = Optional.of(CPU_BY_ARCH.get(arch));
                whole = compile(target, cpu, all, dir);
            }
            TreeSet<String> undefined = new TreeSet<>();
            Map<String, String> failed = new LinkedHashMap<>();
            if (whole.ok()) {
                undefined.addAll(undefinedSymbols(whole.object()));
            } else if (!compile(target, cpu, List.of(), dir).ok()) {
                // Not even the empty crate compiles: the target itself is out of reach.
                return new Result(target, cpu, Map.of(), List.of(), Optional.of(whole.error()));
            } else {
                for (List<String> section : SECTIONS.values()) {
                    Compile one = compile(target, cpu, section, dir);
                    if (one.ok()) {
                        undefined.addAll(undefinedSymbols(one.object()));
                        continue;
                    }
                    if (section.size() == 1) {
                        failed.put(section.get(0), one.error());
                        continue;
                    }
                    for (String leaf : section) {
                        Compile alone = compile(target, cpu, List.of(leaf), dir);
                        if (alone.ok()) {
                            undefined.addAll(undefinedSymbols(alone.object()));
                        } else {
                            failed.put(leaf, alone.error());
                        }
                    }
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

    /** The probe crate's mangled paths: v0 ({@code _RNvNtCs<hash>_5probe...}) or legacy ({@code _ZN5probe...}). */
    private static final Pattern PROBE_PATH = Pattern.compile("_R[A-Za-z0-9_]*?Cs[A-Za-z0-9]+_5probe.*|_ZN5probe.*");

    /**
     * The probe's own symbols, in any object format's spelling: its sink, and its functions where
     * the object refers to them by name (Arm64EC's entry thunks do).
     */
    static boolean isProbeSymbol(String name) {
        String bare = name.replaceFirst("^[_.#]+", "");
        String mangled = name.replaceFirst("^[.#]", "").replaceFirst("^_(?=_[RZ])", "");
        return bare.startsWith("probe_") || PROBE_PATH.matcher(mangled).matches();
    }

    private record Compile(boolean ok, Path object, String error) {
    }

    private Compile compile(String target, Optional<String> cpu, List<String> leaves, Path dir)
            throws IOException, InterruptedException {
        Path object = dir.resolve("probe-" + (leaves.size() == 1 ? leaves.get(0) : leaves.size() + "-leaves") + ".o");
        List<String> cmd = new ArrayList<>(List.of("rustc", "--target", target, "--emit", "obj", "-C", "panic=abort",
                "-O", "-o", object.toString()));
        cpu.ifPresent(c -> cmd.addAll(List.of("-C", "target-cpu=" + c)));
        for (String leaf : leaves) {
            cmd.addAll(List.of("--cfg", "probe_" + leaf));
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
        // No rustc-ice-*.txt reports next to the probe: a crash is a finding the result records.
        pb.environment().put("RUSTC_ICE", "0");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
