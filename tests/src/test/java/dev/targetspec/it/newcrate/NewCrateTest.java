package dev.targetspec.it.newcrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code targetspec new TRIPLE DIR} run from the packaged jar, its crates read back and built with the local cargo. */
class NewCrateTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;

    static String registry;

    /** The seeds rustup ships prebuilt (tier 2) and the registry does not change. */
    static final java.util.Set<String> PREBUILT = java.util.Set.of("x86_64-unknown-none", "aarch64-unknown-none",
            "riscv64gc-unknown-none-elf", "thumbv7em-none-eabihf", "x86_64-unknown-linux-musl");

    @BeforeAll
    static void registry() {
        registry = Proc.root().resolve("targets").toAbsolutePath().normalize().toString();
    }

    static Proc.Result targetspec(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--registry");
        all.add(registry);
        return Proc.targetspec(tmp, all.toArray(String[]::new));
    }

    static Proc.Result cargo(Path crate, String... args) {
        List<String> cmd = new ArrayList<>(List.of("cargo"));
        cmd.addAll(List.of(args));
        return Proc.run(crate, Map.of(), 300, cmd);
    }

    static String read(Path p) throws Exception {
        assertTrue(Files.isRegularFile(p), "missing: " + p);
        return Files.readString(p);
    }

    /** Writes a crate for {@code triple} into a new folder and returns the folder. */
    static Path newCrate(String triple, String folder) {
        Path dir = tmp.resolve(folder);
        Proc.Result r = targetspec("new", triple, dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cargo.toml"), r.out());
        return dir;
    }

    static void assertPanicAborts(Path crate) throws Exception {
        Map<String, Map<String, String>> cargoToml = Toml.tables(read(crate.resolve("Cargo.toml")));
        for (String profile : List.of("profile.dev", "profile.release")) {
            assertTrue(cargoToml.containsKey(profile), "no [" + profile + "]");
            assertEquals("\"abort\"", cargoToml.get(profile).get("panic"), "[" + profile + "] panic");
        }
        assertTrue(cargoToml.containsKey("workspace"), "the crate should be a workspace of its own");
    }

    @Test
    void theHostCrateBuildsAndItsStartLeavesThroughTheExitSystemCall() throws Exception {
        assumeTrue(System.getProperty("os.arch").equals("amd64") && System.getProperty("os.name").equals("Linux"),
                "needs an x86_64 Linux host");
        Proc.require("cargo", "cargo");
        String triple = "x86_64-unknown-linux-gnu";
        Path crate = newCrate(triple, "hello");
        assertPanicAborts(crate);
        Map<String, Map<String, String>> config = Toml.tables(read(crate.resolve(".cargo/config.toml")));
        assertFalse(config.containsKey("build"), "the host needs no build.target");
        assertEquals(List.of("-C", "link-arg=-nostartfiles"),
                Toml.strings(config.get("target." + triple).get("rustflags")));
        String main = read(crate.resolve("src/main.rs"));
        assertTrue(main.contains("#[unsafe(no_mangle)]\npub extern \"C\" fn _start() -> ! {"), main);
        assertTrue(main.contains("\"syscall\", in(\"rax\") 231"), main);
        assertFalse(Files.exists(crate.resolve(triple + ".json")), "no target JSON for the host");

        for (String profile : List.of("dev", "release")) {
            Path targetDir = crate.resolve("target");
            Proc.Result build = cargo(crate, "build", "--offline", "--profile", profile, "--target-dir",
                    targetDir.toString());
            assertEquals(0, build.code(), build.err());
            Path exe = targetDir.resolve(profile.equals("dev") ? "debug" : "release").resolve("hello");
            assertTrue(Files.isExecutable(exe), exe.toString());
            Proc.Result run = Proc.run(crate, Map.of(), 30, List.of(exe.toString()));
            assertEquals(0, run.code(), "the program's exit status (" + profile + "): " + run.out() + run.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64-unknown-none", "x86_64-unknown-none-elf", "x86_64-unknown-none-multiboot",
            "x86_64-unknown-none-multiboot2", "i686-unknown-none-multiboot", "aarch64-unknown-none",
            "riscv64gc-unknown-none-elf", "thumbv7em-none-eabihf", "x86_64-unknown-linux-none",
            "x86_64-unknown-linux-musl"})
    void everySeedGivesACrateCargoReadsThatMatchesTheEntryArtifact(String triple) throws Exception {
        Proc.require("cargo", "cargo");
        Path crate = newCrate(triple, triple);
        String name = triple;

        Proc.Result metadata = cargo(crate, "metadata", "--format-version", "1", "--no-deps", "--offline");
        assertEquals(0, metadata.code(), metadata.err());
        JsonNode packages = JSON.readTree(metadata.out()).get("packages");
        assertEquals(1, packages.size(), metadata.out());
        assertEquals(name, packages.get(0).get("name").asString());
        assertEquals("2024", packages.get(0).get("edition").asString());
        assertEquals(0, packages.get(0).get("dependencies").size(), "the crate has no dependencies");
        JsonNode bin = packages.get(0).get("targets").get(0);
        assertEquals("bin", bin.get("kind").get(0).asString());
        assertTrue(bin.get("src_path").asString().endsWith("src/main.rs"), bin.toString());
        assertPanicAborts(crate);

        JsonNode entry = rendered(triple, "entry", "--format", "json");
        String symbol = entry.get("symbol").asString();
        String main = read(crate.resolve("src/main.rs"));
        assertTrue(main.contains("#![no_std]\n#![no_main]\n"), main);
        assertTrue(main.contains("#[panic_handler]\nfn panic(_info: &PanicInfo) -> ! {"), main);
        assertDefinesEntry(crate, main, symbol, entry.get("abi").asString());

        Map<String, Map<String, String>> config = Toml.tables(read(crate.resolve(".cargo/config.toml")));
        List<String> expectedFlags = new ArrayList<>();
        for (JsonNode f : entry.get("link-args").get("rustflags")) {
            expectedFlags.add(f.asString());
        }
        List<String> flags = config.containsKey("target." + triple)
                ? Toml.strings(config.get("target." + triple).get("rustflags")) : List.of();
        assertTrue(expectedFlags.isEmpty() || Collections.indexOfSubList(flags, expectedFlags) >= 0,
                "the entry's link arguments " + expectedFlags + " are not in " + flags);

        // The linker script: present exactly when the target renders one, passed with -T, and the same text.
        Proc.Result script = Proc.targetspec(tmp, "render", triple, "--artifact", "linker-script", "--registry",
                registry);
        List<String> scripts = flags.stream().filter(f -> f.startsWith("link-arg=-T"))
                .map(f -> f.substring("link-arg=-T".length())).toList();
        if (script.code() == 0) {
            assertEquals(1, scripts.size(), "one -T in " + flags);
            assertEquals(script.out(), read(crate.resolve(scripts.get(0))), "the crate's linker script");
            int t = flags.indexOf("link-arg=-T" + scripts.get(0));
            assertEquals("-C", flags.get(t - 1));
        } else {
            assertEquals(List.of(), scripts, "no linker script to pass");
        }

        String readme = read(crate.resolve("README.md"));
        if (PREBUILT.contains(triple)) {
            // A tier 2 built-in the registry does not change: rustup's prebuilt core, by its triple, no JSON.
            assertEquals(List.of(triple), Toml.strings(config.get("build").get("target")));
            assertFalse(config.containsKey("unstable"), "no build-std for a prebuilt target");
            assertFalse(Files.exists(crate.resolve(triple + ".json")), "no target JSON for a prebuilt target");
            assertTrue(readme.contains("rustup target add " + triple + "\ncargo build\n"), readme);
            assertTrue(readme.contains("target/" + triple + "/debug/" + name), readme);
            return;
        }
        // Not the host: the target JSON, and core built from source by nightly cargo.
        assertEquals(List.of(triple + ".json"), Toml.strings(config.get("build").get("target")));
        assertEquals(rendered(triple, "rustc-json"), JSON.readTree(read(crate.resolve(triple + ".json"))));
        Map<String, String> unstable = config.get("unstable");
        assertEquals(List.of("core", "compiler_builtins"), Toml.strings(unstable.get("build-std")));
        assertEquals("true", unstable.get("json-target-spec"));
        boolean mem = false;
        for (JsonNode n : rendered(triple, "intrinsics", "--format", "json").get("notes")) {
            mem |= n.asString().contains("compiler-builtins-mem");
        }
        assertEquals(mem ? List.of("compiler-builtins-mem") : List.of(),
                unstable.containsKey("build-std-features") ? Toml.strings(unstable.get("build-std-features"))
                        : List.of());

        assertTrue(readme.contains("cargo +nightly build"), readme);
        assertTrue(readme.contains("target/" + triple + "/debug/" + name), readme);
    }

    /**
     * {@code symbol} is a Rust function in main.rs with the artifact's ABI, or, where a boot stub
     * defines it in 32-bit code, a global label of an assembly file that main.rs includes.
     */
    static void assertDefinesEntry(Path crate, String main, String symbol, String abi) throws Exception {
        Matcher rust = Pattern.compile("#\\[unsafe\\(no_mangle\\)]\n(?:#\\[allow\\(non_snake_case\\)]\n)?"
                + "pub extern \"([^\"]+)\" fn " + Pattern.quote(symbol) + "\\(").matcher(main);
        if (rust.find()) {
            assertEquals(abi, rust.group(1), "the entry's ABI");
            return;
        }
        Matcher include = Pattern.compile("global_asm!\\(include_str!\\(\"\\.\\./([^\"]+)\"\\)").matcher(main);
        boolean found = false;
        while (include.find()) {
            String asm = read(crate.resolve(include.group(1)));
            found |= asm.contains(".globl " + symbol + "\n") && asm.contains("\n" + symbol + ":\n");
        }
        assertTrue(found, "neither main.rs nor an assembly file it includes defines " + symbol + ":\n" + main);
        assertTrue(main.contains("pub extern \"C\" fn kernel_main(_magic: u32, _info: u32) -> ! {"),
                "the boot stub calls kernel_main:\n" + main);
    }

    static JsonNode rendered(String triple, String artifact, String... more) {
        List<String> args = new ArrayList<>(List.of("render", triple, "--artifact", artifact, "--registry", registry));
        args.addAll(List.of(more));
        Proc.Result r = Proc.targetspec(tmp, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void runningNewAgainUpdatesTheCrateAndKeepsWhatTheUserChanged() throws Exception {
        Path crate = newCrate("x86_64-unknown-none-multiboot2", "again");
        Path main = crate.resolve("src/main.rs");
        String mine = read(main) + "// my change\n";
        Files.writeString(main, mine);
        Path stub = crate.resolve("x86_64-unknown-none-multiboot2-stub.S");
        Files.delete(stub);
        Proc.Result again = targetspec("new", "x86_64-unknown-none-multiboot2", crate.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().startsWith("updated "), again.out());
        assertTrue(again.out().contains("src/main.rs  (kept: you changed it)"), again.out());
        assertEquals(mine, read(main), "the user's main.rs is kept");
        assertTrue(Files.isRegularFile(stub), "a missing generated file is written again");

        Path script = crate.resolve("x86_64-unknown-none-multiboot2.ld");
        Files.writeString(script, read(script) + "/* edited */\n");
        Proc.Result refused = targetspec("new", "x86_64-unknown-none-multiboot2", crate.toString());
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("x86_64-unknown-none-multiboot2.ld was changed after targetspec wrote it"),
                refused.err());
        assertTrue(read(script).endsWith("/* edited */\n"), "nothing was overwritten");

        Proc.Result forced = targetspec("new", "x86_64-unknown-none-multiboot2", crate.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(read(script).contains("/* edited */"), "--force rewrites the script");
        assertFalse(read(main).contains("// my change"), "--force rewrites main.rs too");
    }

    @Test
    void aSpecFileOfYourOwnGivesACrate() throws Exception {
        Path spec = tmp.resolve("targets/x86_64-unknown-none-mine.json");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, """
                {
                  "$schema": "../../schema/target-spec.schema.json",
                  "triple": "x86_64-unknown-none-mine",
                  "inherits": "x86_64-unknown-none-multiboot2",
                  "metadata": {"description": "mine", "status": "custom", "tier": null, "std": false,
                    "host-tools": false}
                }
                """);
        Proc.Result r = targetspec("new", spec.toString(), tmp.resolve("mine").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(read(tmp.resolve("mine/.cargo/config.toml")).startsWith(
                "# Generated by targetspec 0.1.0 from x86_64-unknown-none-mine.json.\n"), "no local path");
        assertTrue(Files.isRegularFile(tmp.resolve("mine/x86_64-unknown-none-mine.json")));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(dir.resolve("notes.txt"), "keep me\n");
        Proc.Result r = targetspec("new", "x86_64-unknown-none", dir.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("not empty"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList(), "nothing may be written");
        }
        assertEquals("keep me\n", Files.readString(dir.resolve("notes.txt")));

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Proc.Result onFile = targetspec("new", "x86_64-unknown-none", file.toString());
        assertEquals(2, onFile.code(), onFile.err());
        assertTrue(onFile.err().startsWith("error: "), onFile.err());
    }

    @Test
    void anEmptyFolderIsUsedAndABadNameRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Proc.Result ok = targetspec("new", "aarch64-unknown-none", empty.toString(), "--name", "kernel");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(read(empty.resolve("Cargo.toml")).contains("name = \"kernel\"\n"));

        Proc.Result bad = targetspec("new", "aarch64-unknown-none", tmp.resolve("bad").toString(), "--name", "core");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("error: --name core"), bad.err());
        assertFalse(Files.exists(tmp.resolve("bad")), "a refused command writes nothing");

        Proc.Result help = Proc.targetspec(tmp, "new", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Examples:") && help.out().contains("targetspec new x86_64-unknown-linux-gnu"),
                help.out());

        Proc.Result unknown = targetspec("new", "no-such-target", tmp.resolve("none").toString());
        assertEquals(2, unknown.code(), unknown.err());
        assertFalse(Files.exists(tmp.resolve("none")), "a refused command writes nothing");
    }
}
