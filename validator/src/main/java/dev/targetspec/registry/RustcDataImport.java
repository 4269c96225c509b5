package dev.targetspec.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates the data tables under {@code dev/targetspec/data/} from a local rustc:
 * <ul>
 * <li>{@value #CPUS}: arch to the sorted CPU names of {@code rustc --print target-cpus --target T};</li>
 * <li>{@value #FEATURES}: arch to the sorted feature names of {@code rustc --print target-features --target T}.</li>
 * </ul>
 * For the per-arch tables, {@code T} is one representative built-in target per rustc {@code arch}: the one
 * with the lowest {@code metadata.tier}, then the shortest name, then the first by name. rustc runs with
 * {@code RUSTC_BOOTSTRAP=1}. Nothing is printed; progress goes to the callback.
 */
public final class RustcDataImport {

    public static final String CPUS = "target-cpus.json";
    public static final String FEATURES = "target-features.json";

    private static final long TIMEOUT_SECONDS = 120;

    private final String rustc;
    private final Consumer<String> progress;
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RustcDataImport(String rustc, Consumer<String> progress) {
        this.rustc = rustc;
        this.progress = progress;
    }

    /**
     * Writes the two tables into {@code outputDir} (created if needed) and returns their paths.
     *
     * @param rustcCommand the rustc to run, a path or a name found on the PATH
     * @param outputDir    where to write the JSON files
     * @param progress     receives one line per step; may be {@code null}
     * @throws IllegalStateException if rustc cannot be run or fails
     */
    public static List<Path> importAll(String rustcCommand, Path outputDir, Consumer<String> progress) {
        Objects.requireNonNull(rustcCommand, "rustcCommand");
        Objects.requireNonNull(outputDir, "outputDir");
        return new RustcDataImport(rustcCommand, progress == null ? s -> { } : progress).run(outputDir);
    }

    private List<Path> run(Path outputDir) {
        String version = exec(List.of("--version")).strip();
        progress.accept("using " + version);
        List<String> targets = exec(List.of("--print", "target-list")).lines()
                .map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
        progress.accept(targets.size() + " built-in targets");

        SortedMap<String, String> representative = new TreeMap<>();
        Map<String, Long> repTier = new TreeMap<>();
        int done = 0;
        for (String t : targets) {
            JsonNode spec = mapper.readTree(exec(List.of("-Z", "unstable-options", "--print", "target-spec-json",
                    "--target", t)));
            String arch = spec.path("arch").asString("");
            long tier = spec.path("metadata").path("tier").asLong(99);
            String cur = representative.get(arch);
            if (cur == null || better(t, tier, cur, repTier.get(arch))) {
                representative.put(arch, t);
                repTier.put(arch, tier);
            }
            if (++done % 40 == 0) {
                progress.accept("read " + done + "/" + targets.size() + " built-in specs");
            }
        }

        List<Path> written = new ArrayList<>();

        ObjectNode cpus = header("rustc --print target-cpus --target T", version, representative);
        ObjectNode features = header("rustc --print target-features --target T", version, representative);
        for (Map.Entry<String, String> e : representative.entrySet()) {
            progress.accept("cpus and features of " + e.getKey() + " (" + e.getValue() + ")");
            cpus.set(e.getKey(), array(parseCpus(exec(List.of("--print", "target-cpus", "--target", e.getValue())))));
            features.set(e.getKey(), array(parseFeatures(
                    exec(List.of("--print", "target-features", "--target", e.getValue())))));
        }
        written.add(write(outputDir.resolve(CPUS), cpus));
        written.add(write(outputDir.resolve(FEATURES), features));
        return List.copyOf(written);
    }

    private static boolean better(String t, long tier, String cur, long curTier) {
        if (tier != curTier) {
            return tier < curTier;
        }
        if (t.length() != cur.length()) {
            return t.length() < cur.length();
        }
        return t.compareTo(cur) < 0;
    }

    private ObjectNode header(String command, String version, SortedMap<String, String> representative) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$comment", "arch to sorted names from `" + command + "` with " + version
                + " (RUSTC_BOOTSTRAP=1); T is the representative built-in target of each rustc arch listed in"
                + " `$targets` (lowest metadata.tier, then shortest name).");
        root.put("$rustc", version);
        ObjectNode reps = root.putObject("$targets");
        representative.forEach(reps::put);
        return root;
    }

    /** CPU names: the first word of each indented line after the heading. */
    static SortedSet<String> parseCpus(String out) {
        SortedSet<String> names = new TreeSet<>();
        for (String line : out.lines().toList()) {
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                continue;
            }
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            names.add(s.split("\\s+", 2)[0]);
        }
        return names;
    }

    /** Feature names from both sections (rustc's and LLVM's): the first word of each indented line. */
    static SortedSet<String> parseFeatures(String out) {
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
            if (name.equals("-") || name.startsWith("+")) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private ArrayNode array(Iterable<String> values) {
        ArrayNode a = mapper.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private Path write(Path file, ObjectNode root) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept("wrote " + file);
        return file;
    }

    private String exec(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(rustc);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + rustc + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", cmd), e);
        }
    }
}
