package dev.targetspec.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import dev.targetspec.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * What one rustc release accepts in a custom target, and what its LLVM does with it, recorded from that
 * rustc. Read one with {@link Profiles}.
 */
public final class Profile {
    /** What one rustc {@code arch} has. */
    public record Arch(String target, Set<String> cpus, Set<String> fatalCpus, boolean unknownCpuFatal,
            Set<String> features, Set<String> rustcFeatures, Set<String> codeModels, Set<String> stackProbes,
            Set<String> objectFormats) {
        public Arch {
            rustcFeatures = Set.copyOf(rustcFeatures);
            cpus = Set.copyOf(cpus);
            fatalCpus = Set.copyOf(fatalCpus);
            features = Set.copyOf(features);
            codeModels = Set.copyOf(codeModels);
            stackProbes = Set.copyOf(stackProbes);
            objectFormats = Set.copyOf(objectFormats);
        }
    }

    /**
     * What an LLVM option takes: nothing or a boolean ({@link #FLAG}), a kind of value ({@code uint},
     * {@code int}, {@code string}, …), or one of a list of values.
     */
    public record LlvmOption(String kind, List<String> values) {
        public static final String FLAG = "flag";
        public static final String VALUES = "values";

        public LlvmOption {
            values = List.copyOf(values);
        }
    }

    private final String file;
    private final String rustc;
    private final String release;
    private final String llvm;
    private final String schema;
    private volatile JsonNode rustcSchema;
    private final Set<String> builtins;
    private final Set<String> callArches;
    private final Set<String> cStrings;
    private final Set<String> llvmBackends;
    private final Map<String, LlvmOption> llvmOptions;
    private final Set<String> codegenBackends;
    private final Set<String> requirements;
    private final Map<String, Arch> arches;

    private Profile(String file, JsonNode root) {
        this.file = file;
        this.rustc = text(root, "rustc");
        this.release = text(root, "release");
        this.llvm = text(root, "llvm");
        this.schema = text(root, "schema");
        this.builtins = strings(root.path("builtins"));
        this.callArches = strings(root.path("call-arches"));
        this.cStrings = strings(root.path("c-strings"));
        this.llvmBackends = strings(root.path("llvm-backends"));
        Map<String, LlvmOption> options = new HashMap<>();
        root.path("llvm-options").properties().forEach(e -> options.put(e.getKey(), e.getValue().isArray()
                ? new LlvmOption(LlvmOption.VALUES, List.copyOf(strings(e.getValue())))
                : new LlvmOption(e.getValue().asString(), List.of())));
        this.llvmOptions = Map.copyOf(options);
        this.codegenBackends = strings(root.path("codegen-backends"));
        this.requirements = strings(root.path("requirements"));
        Map<String, Arch> a = new HashMap<>();
        root.path("arches").properties().forEach(e -> {
            JsonNode n = e.getValue();
            a.put(e.getKey(), new Arch(text(n, "target"), strings(n.path("cpus")), strings(n.path("fatal-cpus")),
                    text(n, "unknown-cpu").equals("fatal"), strings(n.path("features")), strings(n.path("rustc-features")),
                    strings(n.path("code-models")),
                    strings(n.path("stack-probes")), strings(n.path("object-formats"))));
        });
        this.arches = Map.copyOf(a);
    }

    /** Reads a profile from its JSON; {@code file} is its file name, for messages. */
    public static Profile of(String file, JsonNode root) {
        return new Profile(file, root);
    }

    /** The profile's file name, such as {@code rustc-1.95.profile.json}. */
    public String file() {
        return file;
    }

    /** What {@code rustc --version} printed, such as {@code rustc 1.95.0 (59807616e 2026-04-14)}. */
    public String rustc() {
        return rustc;
    }

    /** The release, such as {@code 1.95.0} or {@code 1.97.0-nightly}. */
    public String release() {
        return release;
    }

    /** The release without patch level or channel, such as {@code 1.95}; what messages and {@code --rustc} use. */
    public String version() {
        String[] parts = release.split("[.-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : release;
    }

    /** The LLVM version rustc was built with, such as {@code 22.1.2}. */
    public String llvm() {
        return llvm;
    }

    /** The file name of the rustc schema this rustc prints, beside the profile. */
    public String schema() {
        return schema;
    }

    /** The rustc schema {@link #schema()} names, read from the jar on first use and kept. */
    public JsonNode rustcSchema() {
        JsonNode s = rustcSchema;
        if (s == null) {
            synchronized (this) {
                if (rustcSchema == null) {
                    rustcSchema = StrictJson.bundled(Profiles.BUNDLED + schema);
                }
                s = rustcSchema;
            }
        }
        return s;
    }

    /** The built-in targets of {@code rustc --print target-list}. */
    public Set<String> builtins() {
        return builtins;
    }

    /** Whether rustc can lower calls of a foreign ABI (such as {@code extern "C"}) for {@code arch}. */
    public boolean lowersCalls(String arch) {
        return callArches.contains(arch);
    }

    /** The arches rustc can lower calls for, sorted. */
    public List<String> callArches() {
        return List.copyOf(new TreeSet<>(callArches));
    }

    /** The fields whose strings rustc hands to LLVM as C strings (a list field means each of its items). */
    public Set<String> cStrings() {
        return cStrings;
    }

    /** Whether rustc's LLVM has a backend for the LLVM arch (as {@code Triple::getArchTypeName} spells it). */
    public boolean hasBackend(String llvmArch) {
        return llvmBackends.contains(llvmArch);
    }

    /** The LLVM option {@code name} (without dashes) that {@code llvm-args} may give, if rustc's LLVM has it. */
    public Optional<LlvmOption> llvmOption(String name) {
        return Optional.ofNullable(llvmOptions.get(name));
    }

    /** Every option name of rustc's LLVM. */
    public Set<String> llvmOptionNames() {
        return llvmOptions.keySet();
    }

    /** The codegen backends rustc has built in, such as {@code llvm}. */
    /**
     * Whether this rustc makes the consistency check {@code id} that earlier releases do not, as its
     * import found by probing: {@code abi-combinations} (the per-arch ABI table of rustc 1.96).
     */
    public boolean requires(String id) {
        return requirements.contains(id);
    }

    public Set<String> codegenBackends() {
        return codegenBackends;
    }

    /** What rustc knows of {@code arch}, when it has a built-in target for it. */
    public Optional<Arch> arch(String arch) {
        return Optional.ofNullable(arches.get(arch));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() ? v.asString() : "";
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new java.util.HashSet<>();
        for (JsonNode n : array) {
            if (n.isString()) {
                out.add(n.asString());
            }
        }
        return Set.copyOf(out);
    }
}
