package dev.targetspec.registry;

import dev.targetspec.profile.Profiles;
import dev.targetspec.triple.LlvmTriple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a rustc as a profile: asks it, and makes it compile small probes, to learn what it accepts
 * and what its LLVM does, and writes {@code rustc-<version>.profile.json} and {@code
 * rustc-<version>.schema.json} into the schema folder, adding the profile to {@code profiles.json}.
 *
 * <p>A probe compiles a {@code #![no_core]} library with one Rust and one {@code extern "C"} function
 * for a built-in target with {@code --emit obj}. What is learned:
 * <ul>
 * <li>per rustc {@code arch} (from its representative built-in: lowest tier, then shortest name):
 * the CPUs of {@code --print target-cpus} and those the built-ins name, each compiled with
 * {@code -C target-cpu}: known (compiles without LLVM's "not a recognized processor"), fatal (LLVM
 * stops or crashes), or unknown; whether an unknown CPU is fatal; the features of
 * {@code --print target-features};</li>
 * <li>the arches whose representative compiles the {@code extern "C"} function (rustc lowers calls
 * for them; any other arch makes it crash);</li>
 * <li>the string fields whose value with a NUL inside makes rustc crash: LLVM gets them as C strings;</li>
 * <li>the LLVM architectures rustc can make a target machine for ({@code --print target-spec-json}
 * with such an {@code llvm-target});</li>
 * <li>the options of {@code -C llvm-args=--help-list-hidden}.</li>
 * </ul>
 * Nothing is printed; progress goes to the callback.
 */
public final class ProfileImport {
    /**
     * The smallest library every rustc builds for a custom target: no core, the three marker traits
     * rustc needs, a Rust function and an {@code extern "C"} one, as every real program has.
     */
    public static final String NO_CORE_LIB = String.join("\n",
            "#![feature(no_core, lang_items)]",
            "#![no_core]",
            "#![crate_type = \"lib\"]",
            "#[lang = \"pointee_sized\"] pub trait PointeeSized {}",
            "#[lang = \"meta_sized\"] pub trait MetaSized: PointeeSized {}",
            "#[lang = \"sized\"] pub trait Sized: MetaSized {}",
            "pub fn f() {}",
            "pub extern \"C\" fn g() {}",
            "");
    private static final String UNKNOWN_CPU = "targetspec-no-such-cpu";
    private static final long TIMEOUT_SECONDS = 120;
    private static final int THREADS = 2;
    private static final Pattern LLVM_OPTION = Pattern.compile("^ +-{1,2}([A-Za-z0-9][A-Za-z0-9_.+-]*)(=<([^>]*)>)?");
    private static final Pattern LLVM_VALUE = Pattern.compile("^ {3,}=([^ ]*)");
    private static final List<String> CODE_MODELS = List.of("tiny", "small", "kernel", "medium", "large");
    private static final List<String> STACK_PROBES = List.of("none", "inline", "call");
    private static final List<String> OBJECT_FORMATS = List.of("elf", "coff", "macho", "xcoff", "wasm", "goff",
            "spirv", "dxcontainer");

    private final List<String> rustc;
    private final Consumer<String> progress;
    private final Path work;
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ProfileImport(List<String> rustc, Consumer<String> progress, Path work) {
        this.rustc = rustc;
        this.progress = progress;
        this.work = work;
    }

    /**
     * Records the rustc that {@code rustcCommand} runs ({@code rustc}, a path, or {@code rustc +nightly})
     * into {@code schemaDir}, and returns the profile file written.
     */
    public static Path record(String rustcCommand, Path schemaDir, Consumer<String> progress) throws IOException {
        Objects.requireNonNull(schemaDir, "schemaDir");
        List<String> cmd = List.of(rustcCommand.trim().split("\\s+"));
        Path work = Files.createTempDirectory("targetspec-profile");
        try {
            return new ProfileImport(cmd, progress == null ? s -> { } : progress, work).run(schemaDir);
        } finally {
            deleteTree(work);
        }
    }

    private Path run(Path schemaDir) throws IOException {
        String version = exec(List.of("--version"), null).out().strip();
        String release = version.replaceFirst("^rustc (\\S+).*", "$1");
        String llvm = exec(List.of("-vV"), null).out().lines().filter(l -> l.startsWith("LLVM version: "))
                .map(l -> l.substring("LLVM version: ".length()).strip()).findFirst().orElse("");
        progress.accept("recording " + version + " (LLVM " + llvm + ")");
        Files.writeString(work.resolve("probe.rs"), NO_CORE_LIB);

        List<String> targets = exec(List.of("--print", "target-list"), null).out().lines().map(String::strip)
                .filter(s -> !s.isEmpty()).sorted().toList();
        SortedMap<String, JsonNode> specs = new TreeMap<>();
        List<String> printed = parallel(targets, t -> exec(List.of("-Z", "unstable-options", "--print",
                "target-spec-json", "--target", t), null).out());
        for (int i = 0; i < targets.size(); i++) {
            specs.put(targets.get(i), mapper.readTree(printed.get(i)));
        }
        progress.accept(targets.size() + " built-in targets read");

        SortedMap<String, String> representative = representatives(specs);
        ObjectNode arches = mapper.createObjectNode();
        SortedSet<String> callArches = new TreeSet<>();
        for (Map.Entry<String, String> e : representative.entrySet()) {
            String arch = e.getKey();
            String builtin = e.getValue();
            String target = builtin;
            progress.accept("probing " + arch + " (" + builtin + ")");
            JsonNode spec = specs.get(builtin);
            Optional<String> explicit = spec.path("need-explicit-cpu").asBoolean(false)
                    ? Optional.of(spec.path("cpu").asString(defaultCpu(arch))) : Optional.empty();
            Probe baseline = compile(target, explicit.orElse(null));
            if (!baseline.ok() && baseline.err().contains("data-layout for target")) {
                // rustc's own built-in does not build (its layout is not LLVM's): probe a copy with LLVM's layout.
                ObjectNode copy = (ObjectNode) spec.deepCopy();
                dev.targetspec.triple.DataLayouts.defaultLayout(spec.path("llvm-target").asString(""),
                        spec.path("llvm-abiname").asString("")).ifPresent(l -> copy.put("data-layout", l));
                copy.remove("metadata");
                Path file = work.resolve("rep-" + arch + ".json");
                writeUnchecked(file, mapper.writeValueAsString(copy));
                target = file.toString();
                baseline = compile(target, explicit.orElse(null));
            }
            if (baseline.ok()) {
                callArches.add(arch);
            }
            SortedSet<String> candidates = new TreeSet<>(parseNames(exec(List.of("--print", "target-cpus",
                    "--target", builtin), null).out(), false));
            candidates.remove("native");
            specs.values().stream().filter(s -> s.path("arch").asString("").equals(arch) && s.path("cpu").isString())
                    .forEach(s -> candidates.add(s.get("cpu").asString()));
            List<String> cpuList = List.copyOf(candidates);
            String probed = target;
            List<Probe> outcomes = parallel(cpuList, cpu -> compile(probed, cpu));
            SortedSet<String> known = new TreeSet<>();
            SortedSet<String> fatal = new TreeSet<>();
            for (int i = 0; i < cpuList.size(); i++) {
                Probe p = outcomes.get(i);
                if (!p.ok()) {
                    fatal.add(cpuList.get(i));
                } else if (!p.unknownCpu()) {
                    known.add(cpuList.get(i));
                }
            }
            Probe unknown = compile(probed, UNKNOWN_CPU);
            ObjectNode a = arches.putObject(arch);
            a.put("target", builtin);
            a.set("cpus", array(known));
            a.set("fatal-cpus", array(fatal));
            a.put("unknown-cpu", unknown.ok() ? "ignored" : "fatal");
            String featureList = exec(List.of("--print", "target-features", "--target", builtin), null).out();
            a.set("features", array(parseNames(featureList, true)));
            a.set("rustc-features", array(rustcFeatures(featureList)));
            a.set("code-models", array(passing(CODE_MODELS, m -> compile(probed, explicit.orElse(null), "-C",
                    "code-model=" + m))));
            ObjectNode json = (ObjectNode) (probed.endsWith(".json") ? mapper.readTree(Files.readString(Path.of(probed)))
                    : spec.deepCopy());
            json.remove("metadata");
            a.set("stack-probes", array(passing(STACK_PROBES, k -> {
                ObjectNode copy = (ObjectNode) json.deepCopy();
                copy.putObject("stack-probes").put("kind", k);
                return compileCopy(arch + "-probes-" + k, copy, explicit.orElse(null));
            })));
            String triple = dev.targetspec.triple.LlvmTriple.normalize(json.path("llvm-target").asString(""));
            String[] parts = triple.split("-", 4);
            String bare = parts.length >= 3 ? parts[0] + "-" + parts[1] + "-" + parts[2] : triple;
            // Only a freestanding representative shows what the arch can write: an OS's own target is
            // held to its object format (COFF on Windows, Mach-O on Apple), so none is recorded then.
            boolean freestanding = spec.path("os").asString("none").equals("none");
            a.set("object-formats", !freestanding ? mapper.createArrayNode() : array(passing(OBJECT_FORMATS, f -> {
                ObjectNode copy = (ObjectNode) json.deepCopy();
                copy.put("llvm-target", bare + "-" + f);
                return compileCopy(arch + "-format-" + f, copy, explicit.orElse(null));
            })));
        }

        JsonNode base = specs.get(specs.containsKey("x86_64-unknown-none") ? "x86_64-unknown-none"
                : representative.get("x86_64"));
        String schemaText = exec(List.of("-Z", "unstable-options", "--print", "target-spec-json-schema"), null).out();
        JsonNode schema = mapper.readTree(schemaText);
        SortedSet<String> cStrings = cStrings(base, schema);
        SortedSet<String> backends = backends();
        SortedSet<String> requirements = requirements(specs);
        progress.accept("reading LLVM's options");
        ObjectNode options = llvmOptions(exec(List.of("-C", "llvm-args=--help-list-hidden"), null).out());

        String short2 = release.replaceFirst("^(\\d+\\.\\d+).*", "$1");
        String schemaName = "rustc-" + short2 + ".schema.json";
        String profileName = "rustc-" + short2 + ".profile.json";
        ObjectNode root = mapper.createObjectNode();
        root.put("$comment", "What " + version + " accepts in a custom target and what its LLVM does with it, "
                + "recorded from that rustc by `targetspec import rustc`. Read by the validator for --rustc "
                + short2 + ".");
        root.put("rustc", version);
        root.put("release", release);
        root.put("llvm", llvm);
        root.put("schema", schemaName);
        root.set("builtins", array(targets));
        root.set("call-arches", array(callArches));
        root.set("c-strings", array(cStrings));
        root.set("codegen-backends", array(List.of("llvm")));
        root.set("llvm-backends", array(backends));
        root.set("llvm-options", options);
        root.set("requirements", array(requirements));
        root.set("arches", arches);
        Files.createDirectories(schemaDir);
        write(schemaDir.resolve(schemaName), schemaText);
        Path profile = write(schemaDir.resolve(profileName), mapper.writeValueAsString(root) + "\n");
        addToIndex(schemaDir.resolve(Profiles.INDEX), profileName);
        return profile;
    }

    /**
     * The consistency checks of later releases that this rustc makes, each found by a file that only
     * such a rustc rejects: {@code abi-combinations} (rust-lang/rust#153769, rustc 1.96), the per-arch
     * table of ABI fields, found by an `llvm-abiname` on x86_64, which earlier releases ignore.
     */
    private SortedSet<String> requirements(SortedMap<String, JsonNode> specs) {
        SortedSet<String> out = new TreeSet<>();
        JsonNode base = specs.get("x86_64-unknown-none");
        if (base == null) {
            return out;
        }
        progress.accept("probing consistency checks");
        ObjectNode plain = (ObjectNode) base.deepCopy();
        plain.remove("metadata");
        if (!compileCopy("requirement-base", plain, null).ok()) {
            return out;
        }
        ObjectNode abiname = plain.deepCopy();
        abiname.put("llvm-abiname", "sysv");
        if (!compileCopy("requirement-abi-combinations", abiname, null).ok()) {
            out.add("abi-combinations");
        }
        return out;
    }

    /**
     * The representative built-in of each arch: a freestanding one ({@code os} {@code none}) if there is
     * one, so that probes of object formats and CPUs see the arch and not an OS's conventions (COFF for
     * Windows, Mach-O for Apple); then the lowest tier, the shortest name, the first by name.
     */
    static SortedMap<String, String> representatives(SortedMap<String, JsonNode> specs) {
        SortedMap<String, String> out = new TreeMap<>();
        Comparator<String> order = Comparator.<String, Boolean>comparing(t -> !specs.get(t).path("os").asString("none")
                .equals("none")).thenComparingLong(t -> specs.get(t).path("metadata").path("tier")
                .asLong(99)).thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());
        specs.forEach((t, s) -> out.merge(s.path("arch").asString(""), t, (a, b) -> order.compare(a, b) <= 0 ? a : b));
        return out;
    }

    private static String defaultCpu(String arch) {
        return switch (arch) {
            case "avr" -> "atmega328p";
            case "amdgpu" -> "gfx900";
            default -> "generic";
        };
    }

    /** The string fields that crash rustc with a NUL inside: they reach LLVM as C strings. */
    private SortedSet<String> cStrings(JsonNode base, JsonNode schema) throws IOException {
        List<String> fields = new ArrayList<>();
        schema.path("properties").properties().forEach(e -> {
            JsonNode p = e.getValue();
            String types = p.path("type").toString() + p.path("anyOf").toString();
            boolean list = types.contains("\"array\"") && p.toString().contains("\"string\"");
            boolean string = types.contains("\"string\"") && !p.has("enum") && !p.path("anyOf").toString().contains("enum");
            if ((string || list) && !e.getKey().equals("metadata")) {
                fields.add(e.getKey());
            }
        });
        progress.accept("probing " + fields.size() + " string fields for C strings");
        List<Boolean> crashed = parallel(fields, f -> {
            ObjectNode spec = (ObjectNode) base.deepCopy();
            JsonNode old = spec.path(f);
            String value = (old.isString() ? old.asString() : "x") + "\u0000";
            if (schema.path("properties").path(f).toString().contains("\"array\"")) {
                spec.set(f, array(List.of(f.equals("llvm-args") ? "-x\u0000" : value)));
            } else {
                spec.put(f, value);
            }
            Path file = work.resolve("nul-" + f + ".json");
            writeUnchecked(file, mapper.writeValueAsString(spec));
            Probe load = exec(List.of("-Z", "unstable-options", "--print", "target-spec-json", "--target",
                    file.toString()), null);
            Probe p = load.ok() ? compileJson(file) : load;
            return p.panicked() && p.err().toLowerCase(java.util.Locale.ROOT).contains("nul");
        });
        SortedSet<String> out = new TreeSet<>();
        for (int i = 0; i < fields.size(); i++) {
            if (crashed.get(i)) {
                out.add(fields.get(i));
            }
        }
        return out;
    }

    /**
     * The LLVM architectures rustc can make a target machine for: a spec of that `llvm-target`, with an
     * `arch` rustc has no checks for, loads.
     */
    private SortedSet<String> backends() {
        List<String> archTypes = List.copyOf(LlvmTriple.archTypes());
        progress.accept("probing " + archTypes.size() + " LLVM architectures");
        List<Boolean> ok = parallel(archTypes, a -> {
            ObjectNode spec = mapper.createObjectNode();
            spec.put("arch", "targetspec-probe");
            spec.put("llvm-target", a + "-unknown-none");
            spec.put("data-layout", "e");
            spec.put("target-pointer-width", 64);
            Path file = work.resolve("backend-" + a + ".json");
            writeUnchecked(file, mapper.writeValueAsString(spec));
            Probe p = exec(List.of("-Z", "unstable-options", "--print", "target-spec-json", "--target",
                    file.toString()), null);
            return p.ok();
        });
        SortedSet<String> out = new TreeSet<>();
        for (int i = 0; i < archTypes.size(); i++) {
            if (ok.get(i)) {
                out.add(archTypes.get(i));
            }
        }
        return out;
    }

    /** What rustc and LLVM said about one probe. */
    record Probe(boolean ok, String out, String err) {
        boolean unknownCpu() {
            return err.contains("is not a recognized processor");
        }

        boolean panicked() {
            return err.contains("panicked at");
        }
    }

    /** The items of {@code items} for which the probe compiles. */
    private List<String> passing(List<String> items, Function<String, Probe> probe) {
        List<Probe> results = parallel(items, probe);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (results.get(i).ok()) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** Compiles the probe for {@code spec}, a changed copy of a representative, written as {@code name}.json. */
    private Probe compileCopy(String name, ObjectNode spec, String cpu) {
        Path file = work.resolve(name + ".json");
        try {
            writeUnchecked(file, mapper.writeValueAsString(spec));
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        return compile(file.toString(), cpu);
    }

    /**
     * The options of {@code -C llvm-args=--help-list-hidden} and what each takes: {@code flag} (no value,
     * or a boolean), a kind such as {@code uint}, {@code int} or {@code string}, or the list of values.
     */
    static ObjectNode llvmOptions(String help) {
        ObjectNode out = JsonMapper.builder().build().createObjectNode();
        String valued = null;
        for (String line : help.lines().toList()) {
            Matcher v = LLVM_VALUE.matcher(line);
            if (valued != null && v.find()) {
                ((ArrayNode) out.get(valued)).add(v.group(1));
                continue;
            }
            valued = null;
            Matcher m = LLVM_OPTION.matcher(line);
            if (m.find()) {
                String kind = m.group(3);
                if (kind == null) {
                    out.put(m.group(1), "flag");
                } else if (kind.equals("value")) {
                    out.putArray(m.group(1));
                    valued = m.group(1);
                } else {
                    out.put(m.group(1), kind);
                }
            }
        }
        return out;
    }

    private Probe compile(String target, String cpu, String... more) {
        List<String> args = new ArrayList<>(List.of("-Z", "unstable-options", "--target", target, "--crate-type", "lib",
                "--emit", "obj",
                "-C", "panic=abort", "-A", "warnings", "-o", work.resolve("probe-" + Thread.currentThread().getId()
                        + ".o").toString(), work.resolve("probe.rs").toString()));
        if (cpu != null) {
            args.addAll(List.of("-C", "target-cpu=" + cpu));
        }
        args.addAll(List.of(more));
        return exec(args, null);
    }

    private Probe compileJson(Path spec) {
        return exec(List.of("-Z", "unstable-options", "--target", spec.toString(), "--crate-type", "lib", "--emit",
                "obj", "-C", "panic=abort", "-A", "warnings", "-o", work.resolve("probe-"
                        + Thread.currentThread().getId() + ".o").toString(), work.resolve("probe.rs").toString()), null);
    }

    /**
     * The features of {@code --print target-features} that rustc itself knows (its first section), which it
     * hands LLVM on every compile, without the ones every target has ({@code crt-static}).
     */
    static SortedSet<String> rustcFeatures(String out) {
        int end = out.indexOf("Code-generation features supported by LLVM");
        SortedSet<String> names = parseNames(end < 0 ? out : out.substring(0, end), true);
        names.remove("crt-static");
        return names;
    }

    /** Names from {@code --print target-cpus} or {@code target-features}: the first word of each indented line. */
    static SortedSet<String> parseNames(String out, boolean features) {
        SortedSet<String> names = new TreeSet<>();
        for (String line : out.lines().toList()) {
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                continue;
            }
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            String name = s.split("\\s+", 2)[0];
            if (features && (name.equals("-") || name.startsWith("+"))) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private void addToIndex(Path index, String profileName) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.exists(index)) {
            mapper.readTree(Files.readString(index)).path("profiles").forEach(n -> names.add(n.asString()));
        }
        if (!names.contains(profileName)) {
            names.add(profileName);
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("$comment", "The rustc profiles targetspec ships; the first is the default of --rustc.");
        root.set("profiles", array(names));
        write(index, mapper.writeValueAsString(root) + "\n");
    }

    private ArrayNode array(Iterable<String> values) {
        ArrayNode a = mapper.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private Path write(Path file, String text) throws IOException {
        dev.targetspec.io.AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        progress.accept("wrote " + file);
        return file;
    }

    private static void writeUnchecked(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T, R> List<R> parallel(List<T> items, Function<T, R> f) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Probe exec(List<String> args, Path dir) {
        List<String> cmd = new ArrayList<>(rustc);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory((dir == null ? work : dir).toFile());
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        try {
            Path err = Files.createTempFile(work, "err", ".txt");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Probe(false, out, "timed out");
            }
            String errText = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(err);
            return new Probe(p.exitValue() == 0, out, errText);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", rustc) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
