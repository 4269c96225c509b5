package dev.targetspec.render.crate;

import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.entry.Entries;
import dev.targetspec.render.entry.EntryPoint;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.render.Layouts;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.Outputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Lays out a minimal freestanding crate for a target (the "freestanding Rust binary" of blog_os): a
 * {@code Cargo.toml} that aborts on panic, a {@code .cargo/config.toml} that builds for the target, a
 * {@code src/main.rs} with the entry point the entry artifact names, and the linker script, boot
 * header and boot stub where the target has them.
 */
public final class Crates {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** Names cargo refuses or that clash with the standard crates. */
    private static final Set<String> RESERVED = Set.of("core", "std", "alloc", "proc_macro", "proc-macro", "test",
            "compiler_builtins", "self", "super", "crate", "fn", "mod", "main", "build", "deps", "examples",
            "incremental");

    private Crates() {
    }

    /** How cargo builds a crate. */
    public enum Build {
        /** For the machine cargo runs on: stable cargo, the installed core library, no target JSON. */
        HOST,
        /**
         * For a rustc built-in that rustup ships prebuilt (tier 1 or 2), unchanged by the registry:
         * stable cargo, after {@code rustup target add}.
         */
        PREBUILT,
        /** For a target given as rustc target JSON: nightly cargo builds {@code core} from source (build-std). */
        JSON
    }

    /**
     * How a crate for {@code target} is built.
     *
     * @param target the resolved target
     * @param builtin the rustc built-in of the same triple, when there is one (an overlay extends it)
     * @param host the triple cargo builds for natively
     */
    public static Build buildFor(Target target, Optional<SpecFile> builtin, String host) {
        if (target.triple().equals(host)) {
            return Build.HOST;
        }
        if (builtin.isPresent()) {
            JsonNode tier = builtin.get().doc().path("metadata").path("tier");
            boolean shipped = tier.isIntegralNumber() && (tier.asInt() == 1 || tier.asInt() == 2);
            // An overlay that changes code generation is no longer the target rustup ships.
            if (shipped && builtin.get().doc().path("rustc").equals(target.rustc())) {
                return Build.PREBUILT;
            }
        }
        return Build.JSON;
    }

    /** Whether {@code name} can be the crate's package and binary name. */
    public static boolean validName(String name) {
        return NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A package name made from a folder name: invalid characters become {@code -}; a bad start gets a prefix. */
    public static String nameFor(String folder) {
        String n = folder.replaceAll("[^A-Za-z0-9_-]", "-").replaceAll("-+", "-").replaceAll("^[-_]+|[-_]+$", "");
        if (n.length() > 48) {
            n = n.substring(0, 48);
        }
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
            n = "freestanding" + (n.isEmpty() ? "" : "-" + n);
        }
        return validName(n) ? n : n + "-app";
    }

    /**
     * The crate for {@code target}.
     *
     * @param target a resolved, valid target
     * @param name the package name; see {@link #validName}
     * @param build how cargo builds it: for the host and a prebuilt built-in, cargo names the target by its
     *     triple and stable cargo builds it; otherwise the crate holds the target JSON
     * @param provenance what the generated files say they come from
     * @throws RenderException when the target's layout has problems (a target without a layout gets no
     *     linker script, and one without Multiboot no boot header or stub)
     */
    public static FreestandingCrate freestanding(Target target, String name, Build build, Provenance provenance)
            throws RenderException {
        boolean host = build == Build.HOST;
        if (!validName(name)) {
            throw new IllegalArgumentException("not a usable package name: " + name);
        }
        String triple = target.triple();
        EntryPoint entry = Entries.derive(target);
        boolean mem = Intrinsics.derive(target).notes().stream().anyMatch(n -> n.contains("compiler-builtins-mem"));
        String arch = target.text("/rustc/arch").orElse("");
        Optional<Layout> layout = optional(() -> Layouts.require(target));

        List<CrateFile> files = new ArrayList<>();
        List<String> assembly = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        String script = null;
        String scriptText = null;
        String json = null;
        String jsonText = null;
        RenderContext context = new RenderContext(provenance);
        for (Artifact a : Artifacts.all()) {
            if (a.cratePart() == Artifact.CratePart.NONE
                    || (build != Build.JSON && a.cratePart() == Artifact.CratePart.TARGET_JSON)) {
                continue;
            }
            Format format = a.formats().get(0);
            Optional<String> text = optional(() -> a.render(target, format, context));
            if (text.isEmpty()) {
                continue;
            }
            rendered.add(a.name());
            String file = a.fileName(target, format);
            switch (a.cratePart()) {
                case LINKER_SCRIPT -> {
                    // When the entry artifact already names a script (-Tlink.x for Cortex-M), the rendered one takes that name.
                    script = entry.linkArgs().linker().stream().filter(arg -> arg.startsWith("-T") && arg.length() > 2)
                            .map(arg -> arg.substring(2)).filter(Crates::plainFileName).findFirst().orElse(file);
                    scriptText = text.get();
                }
                case ASSEMBLY -> {
                    files.add(new CrateFile(file, text.get()));
                    assembly.add(file);
                }
                case TARGET_JSON -> {
                    json = file;
                    jsonText = text.get();
                }
                default -> throw new IllegalStateException(a.cratePart().name());
            }
        }
        boolean stub = rendered.contains("boot-stub");

        List<String> rustflags = new ArrayList<>();
        if (script != null && !entry.linkArgs().linker().contains("-T" + script)) {
            rustflags.add("-C");
            rustflags.add("link-arg=-T" + script);
        }
        rustflags.addAll(entry.linkArgs().rustflags());

        files.add(0, new CrateFile("Cargo.toml", cargoToml(name, triple, provenance), true));
        files.add(1, new CrateFile(".cargo/config.toml", config(triple, build, json, rustflags, mem, provenance)));
        boolean linux = entry.protocol().equals("linux");
        boolean vectorTable = entry.protocol().equals("cortex-m") && script != null;
        // The reset handler initialises what the linker script lays out: .data stored in flash, .bss.
        boolean copyData = vectorTable && layout.map(l -> l.sections().stream().anyMatch(
                s -> s.name().equals(".data") && !s.nobits() && s.loadRegion().isPresent())).orElse(false);
        boolean zeroBss = vectorTable && layout.map(l -> l.sections().stream().anyMatch(
                s -> s.name().equals(".bss") && s.nobits())).orElse(false);
        MainRs.Plan plan = new MainRs.Plan(entry, arch, linux, assembly,
                stub ? layout.map(Layout::mainSymbol).orElse("kernel_main") : null, vectorTable, copyData, zeroBss);
        files.add(2, new CrateFile("src/main.rs", MainRs.source(plan), true));
        if (json != null) {
            files.add(new CrateFile(json, jsonText));
        }
        if (script != null) {
            files.add(new CrateFile(script, scriptText));
        }
        files.add(new CrateFile(".gitignore", "/target\n", true));
        List<String> extra = files.stream().map(CrateFile::path)
                .filter(p -> !p.equals("Cargo.toml") && !p.equals(".cargo/config.toml") && !p.equals("src/main.rs")
                        && !p.equals(".gitignore"))
                .toList();
        files.add(new CrateFile("README.md", Readme.text(new Readme.Facts(name, triple, build, entry, arch, json,
                script, rustflags, extra, mem, stub, copyData, zeroBss, provenance)), true));
        return new FreestandingCrate(name, triple, build, entry.symbol(), rustflags, files);
    }

    /**
     * What {@link #write} did.
     *
     * @param written the files it wrote
     * @param kept the files it left because they are the user's and were changed
     * @param removed files an earlier run wrote that this crate no longer has, removed
     */
    public record Written(List<Path> written, List<Path> kept, List<Path> removed) {
        public Written {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
        }
    }

    /**
     * Writes {@code crate} into {@code dir}, through the folder's outputs record, so that running
     * {@code new} again after the spec changed updates the crate. A starter file the user changed is
     * kept; a file made from the spec that was changed, or any file targetspec did not write, stops
     * the run unless {@code force}; files an earlier run wrote that the crate no longer has are
     * removed. A folder that holds files but no crate targetspec wrote is refused unless {@code force}.
     *
     * @throws Refused when a file would be lost or the folder is someone else's; nothing was written
     */
    public static Written write(FreestandingCrate crate, Path dir, boolean force) throws IOException, Refused {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Refused(DisplayPath.of(root) + " is a file; name a new or empty folder.");
        }
        Outputs outputs = Outputs.in(root);
        if (!force && !outputs.records("Cargo.toml") && !emptyOrMissing(root)) {
            throw new Refused(DisplayPath.of(root) + " is not empty and holds no crate that targetspec wrote; name a"
                    + " new or empty folder, or pass --force to write the crate among its files.");
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Set<Path> all = new HashSet<>();
        List<Path> kept = new ArrayList<>();
        for (CrateFile f : crate.files()) {
            Path p = outputs.path(f.path()).orElseThrow(() -> new Refused("`" + f.path() + "` would be written"
                    + " outside " + DisplayPath.of(root) + " (through a link); remove the link."));
            all.add(p);
            if (!force && f.starter() && outputs.edited(p)) {
                kept.add(p);
            } else {
                files.put(p, f.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(root);
        outputs.writeAll(files, force);
        Outputs.Cleanup cleanup = outputs.removeStale(all);
        outputs.save();
        return new Written(List.copyOf(files.keySet()), kept, cleanup.removed());
    }

    private static boolean emptyOrMissing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean plainFileName(String s) {
        return s.matches("[A-Za-z0-9._-]+") && !s.startsWith(".");
    }

    /** A rendering step that may find nothing to render. */
    private interface Step<T> {
        T run() throws RenderException;
    }

    /** The step's result; empty when it does not apply, rethrown when the target has problems. */
    private static <T> Optional<T> optional(Step<T> step) throws RenderException {
        try {
            return Optional.of(step.run());
        } catch (RenderException e) {
            if (!e.problems().isEmpty()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    static String cargoToml(String name, String triple, Provenance p) {
        return "# A freestanding program for " + triple + ", generated by " + p.tool() + ".\n"
                + "[package]\n"
                + "name = " + toml(name) + "\n"
                + "version = \"0.1.0\"\n"
                + "edition = \"2024\"\n"
                + "publish = false\n"
                + "\n"
                + "[dependencies]\n"
                + "\n"
                + "# No unwinding: a panic ends in the #[panic_handler], so no eh_personality is needed.\n"
                + "[profile.dev]\n"
                + "panic = \"abort\"\n"
                + "\n"
                + "[profile.release]\n"
                + "panic = \"abort\"\n"
                + "\n"
                + "# A workspace of its own, so that a parent folder's workspace does not claim the crate.\n"
                + "[workspace]\n";
    }

    static String config(String triple, Build build, String json, List<String> rustflags, boolean mem,
            Provenance p) {
        StringBuilder s = new StringBuilder();
        s.append("# Generated by ").append(p.tool()).append(" from ").append(p.source()).append(".\n");
        if (json != null) {
            s.append("\n# The target as rustc target JSON (rendered from the registry); cargo names it by its file stem.\n");
            s.append("[build]\ntarget = ").append(toml(json)).append('\n');
        } else if (build == Build.PREBUILT) {
            s.append("\n# A rustc built-in that rustup ships prebuilt: `rustup target add ").append(triple)
                    .append("` installs its core library.\n");
            s.append("[build]\ntarget = ").append(toml(triple)).append('\n');
        } else {
            s.append("# ").append(triple).append(" is the host: cargo builds for it with the installed core library.\n");
        }
        if (!rustflags.isEmpty()) {
            s.append("\n[target.").append(triple).append("]\nrustflags = [");
            for (int i = 0; i < rustflags.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(toml(rustflags.get(i)));
            }
            s.append("]\n");
        }
        if (json != null) {
            s.append("\n# Nightly cargo: no prebuilt core exists for a JSON target, so build it from rust-src.\n");
            s.append("[unstable]\n");
            s.append("build-std = [\"core\", \"compiler_builtins\"]\n");
            if (mem) {
                s.append("# compiler_builtins provides memcpy, memset and friends only with this feature for this target.\n");
                s.append("build-std-features = [\"compiler-builtins-mem\"]\n");
            }
            s.append("# cargo refuses .json targets without it.\n");
            s.append("json-target-spec = true\n");
        }
        return s.toString();
    }

    /** A TOML basic string. */
    static String toml(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
