package dev.targetspec.render.site;

import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The prose sections of rustc's platform-support page template, filled in from a target's spec:
 * what the spec states, and the documentation fields of its metadata where the author wrote them.
 * Every string is plain text (callers escape it for their output); commands are listed apart so
 * that they can be shown as code.
 *
 * @param requirements    one fact per item: host tools, std, baseline, features, object format, ...
 * @param building        how to build the target's {@code core}/{@code alloc}/{@code std}
 * @param buildCommands   the commands for that
 * @param programs        how to build programs for the target
 * @param programCommands the commands for that
 * @param testing         how to run programs and tests
 * @param cross           the linker and the C toolchain
 */
public record TargetDocs(List<String> requirements, List<String> building, List<String> buildCommands,
        List<String> programs, List<String> programCommands, List<String> testing, List<String> cross) {

    public TargetDocs {
        requirements = List.copyOf(requirements);
        building = List.copyOf(building);
        buildCommands = List.copyOf(buildCommands);
        programs = List.copyOf(programs);
        programCommands = List.copyOf(programCommands);
        testing = List.copyOf(testing);
        cross = List.copyOf(cross);
    }

    /** The sections for {@code target}. */
    public static TargetDocs of(Target t) {
        String triple = t.triple();
        boolean builtin = t.text("/metadata/status").filter("builtin"::equals).isPresent();
        Optional<Long> tier = t.integer("/metadata/tier");
        Optional<Boolean> std = t.bool("/metadata/std");
        Optional<Boolean> hostTools = t.bool("/metadata/host-tools");

        List<String> req = new ArrayList<>();
        req.add(hostTools.map(h -> h ? "Host tools: rustc and cargo run on this target."
                : "Cross-compiled only: no host tools run on this target.").orElse("Host tools: not stated."));
        req.add(std.map(s -> s ? "The standard library (`std`) is supported."
                : "`no_std` only: `core`, and `alloc` with an allocator the program supplies.")
                .orElse("Standard library support: not stated."));
        String arch = t.text("/rustc/arch").orElse("(unset)");
        String width = t.integer("/rustc/target-pointer-width").map(w -> w + "-bit").orElse("unknown-width");
        String endian = t.text("/rustc/target-endian").orElse("little");
        req.add("Architecture `" + arch + "`, " + width + " pointers, " + endian + "-endian; LLVM target `"
                + t.text("/rustc/llvm-target").orElse("(unset)") + "`.");
        req.add("Baseline CPU: `" + t.text("/rustc/cpu").orElse("generic") + "`.");
        t.text("/rustc/features").filter(f -> !f.isEmpty())
                .ifPresent(f -> req.add("Target features: `" + f + "`."));
        t.text("/rustc/rustc-abi").ifPresent(a -> req.add("ABI variant (`rustc-abi`): `" + a + "`."));
        req.add("Object format: " + t.text("/rustc/binary-format").orElse("elf").toUpperCase(java.util.Locale.ROOT)
                + ".");
        req.add("Code model `" + t.text("/rustc/code-model").orElse("default") + "`, relocation model `"
                + t.text("/rustc/relocation-model").orElse("pic") + "`, panic strategy `"
                + t.text("/rustc/panic-strategy").orElse("unwind") + "`.");
        t.bool("/rustc/disable-redzone").filter(b -> b).ifPresent(b -> req.add("No red zone (`disable-redzone`)."));
        t.text("/boot/protocol").ifPresent(p -> req.add("Boot protocol: `" + p + "`."));

        List<String> building = new ArrayList<>();
        List<String> buildCmds = new ArrayList<>();
        List<String> programs = new ArrayList<>();
        List<String> programCmds = new ArrayList<>();
        text(t, "/metadata/building").ifPresent(building::add);
        String crates = std.orElse(false) ? "std" : "core,alloc";
        if (builtin && tier.filter(x -> x <= 2).isPresent()) {
            if (building.isEmpty()) {
                building.add("rustc ships this target; rustup installs its prebuilt standard library.");
            }
            buildCmds.add("rustup target add " + triple);
            programs.add("Build with cargo for the installed target.");
            programCmds.add("cargo build --target " + triple);
        } else if (builtin) {
            if (building.isEmpty()) {
                building.add("rustc knows this target but ships no prebuilt standard library for it: build `"
                        + crates + "` from source with a nightly toolchain.");
            }
            programs.add("Build programs with the standard library built from source.");
            programCmds.add("cargo +nightly build -Z build-std=" + crates + " --target " + triple);
        } else {
            if (building.isEmpty()) {
                building.add("This target is not built into rustc. Save its rustc-json artifact (below) as `"
                        + triple + ".json`; rustc 1.95 loads such a file on nightly, or with `RUSTC_BOOTSTRAP=1`, "
                        + "given `-Z unstable-options`, and `" + crates + "` are built from source.");
            }
            buildCmds.add("targetspec render " + triple + " --artifact rustc-json -o " + triple + ".json");
            programs.add("Point cargo at the JSON file and build the standard library from source.");
            programCmds.add("cargo +nightly build -Z build-std=" + crates + " -Z json-target-spec --target "
                    + triple + ".json");
        }

        List<String> testing = new ArrayList<>();
        text(t, "/metadata/testing").ifPresent(testing::add);
        if (testing.isEmpty()) {
            testing.add("The spec does not say how to run programs or tests for this target.");
        }

        List<String> cross = new ArrayList<>();
        String linker = t.text("/rustc/linker").orElse("cc");
        String flavor = t.text("/rustc/linker-flavor").orElse("gnu-cc");
        cross.add("Links with `" + linker + "` (linker flavor `" + flavor + "`)"
                + (linker.equals("rust-lld") ? ", which ships with rustc, so no external linker is needed." : "."));
        t.text("/rustc/llvm-target").ifPresent(l -> cross.add("C code for this target can be compiled with `clang --target="
                + l + "`" + (t.text("/rustc/features").isPresent() ? ", with matching target features" : "") + "."));
        return new TargetDocs(req, building, buildCmds, programs, programCmds, testing, cross);
    }

    private static Optional<String> text(Target t, String pointer) {
        JsonNode n = t.at(pointer);
        return n.isString() && !n.asString().isBlank() ? Optional.of(n.asString().strip()) : Optional.empty();
    }
}
