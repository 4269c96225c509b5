package dev.targetspec.render.crate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.Provenance;
import dev.targetspec.spec.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CratesTest {
    static final Provenance FROM = new Provenance("arm/thumbv7em-none-eabihf.json", "targetspec test");

    static Target target(String triple) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow();
    }

    @Test
    void aTierTwoBuiltinIsBuiltWithRustupsPrebuiltCore() {
        Registry r = Repo.registry();
        Target t = target("thumbv7em-none-eabihf");
        assertEquals(Crates.Build.PREBUILT, Crates.buildFor(t, r.builtin(t.triple()), "x86_64-unknown-linux-gnu"));
        assertEquals(Crates.Build.HOST, Crates.buildFor(t, r.builtin(t.triple()), "thumbv7em-none-eabihf"));
        Target custom = target("x86_64-unknown-none-elf");
        assertEquals(Crates.Build.JSON, Crates.buildFor(custom, r.builtin(custom.triple()), "x86_64-unknown-linux-gnu"));
        Target tier3 = target("x86_64-unknown-linux-none");
        assertEquals(Crates.Build.JSON, Crates.buildFor(tier3, r.builtin(tier3.triple()), "x86_64-unknown-linux-gnu"));
    }

    @Test
    void anOverlayThatChangesCodeGenerationIsNoLongerThePrebuiltTarget(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rustc"));
        Files.copy(Repo.root().resolve("targets/rustc/thumbv7em-none-eabihf.json"),
                dir.resolve("rustc/thumbv7em-none-eabihf.json"));
        Files.writeString(dir.resolve("thumbv7em-none-eabihf.json"), """
                {"triple": "thumbv7em-none-eabihf", "metadata": {"status": "builtin"},
                 "rustc": {"features": "+vfp4d16sp,+strict-align"}}
                """);
        Registry r = Registry.load(dir);
        Target t = r.resolve("thumbv7em-none-eabihf").orElseThrow().target().orElseThrow();
        assertEquals(Crates.Build.JSON, Crates.buildFor(t, r.builtin(t.triple()), "x86_64-unknown-linux-gnu"));
        Files.writeString(dir.resolve("thumbv7em-none-eabihf.json"), """
                {"triple": "thumbv7em-none-eabihf", "metadata": {"status": "builtin"}, "boot": {"protocol": "cortex-m"}}
                """);
        Registry same = Registry.load(dir);
        Target u = same.resolve("thumbv7em-none-eabihf").orElseThrow().target().orElseThrow();
        assertEquals(Crates.Build.PREBUILT, Crates.buildFor(u, same.builtin(u.triple()), "x86_64-unknown-linux-gnu"));
    }

    @Test
    void thePrebuiltCrateNamesTheTripleAndNeedsNoNightly() throws Exception {
        FreestandingCrate c = Crates.freestanding(target("thumbv7em-none-eabihf"), "firmware", Crates.Build.PREBUILT,
                FROM);
        String config = c.file(".cargo/config.toml").orElseThrow().text();
        assertTrue(config.contains("[build]\ntarget = \"thumbv7em-none-eabihf\"\n"), config);
        assertFalse(config.contains("[unstable]") || config.contains("build-std"), config);
        assertTrue(c.file("thumbv7em-none-eabihf.json").isEmpty(), "no target JSON");
        String readme = c.file("README.md").orElseThrow().text();
        assertTrue(readme.contains("rustup target add thumbv7em-none-eabihf\ncargo build\n"), readme);
        assertEquals("rustup target add thumbv7em-none-eabihf && cargo build", c.buildCommand());
    }

    @Test
    void theCortexMResetHandlerCopiesDataAndZeroesBss() throws Exception {
        FreestandingCrate c = Crates.freestanding(target("thumbv7em-none-eabihf"), "firmware", Crates.Build.PREBUILT,
                FROM);
        String main = c.file("src/main.rs").orElseThrow().text();
        int reset = main.indexOf("pub extern \"C\" fn Reset() -> ! {");
        assertTrue(reset > 0, main);
        String body = main.substring(reset, main.indexOf("\n}\n", reset));
        int copy = body.indexOf("to.write_volatile(from.read());");
        int zero = body.indexOf("at.write_volatile(0);");
        int halt = body.indexOf("halt()");
        assertTrue(body.contains("let mut from = &raw const __data_load_start;"), body);
        assertTrue(body.contains("while to < &raw mut __data_end {"), body);
        assertTrue(body.contains("let mut at = &raw mut __bss_start;") && body.contains("while at < &raw mut __bss_end {"),
                body);
        assertTrue(copy > 0 && zero > copy && halt > zero, "copy, then zero, then halt:\n" + body);
        String script = c.file("link.x").orElseThrow().text();
        for (String symbol : new String[] {"__data_start = .;", "__data_end = .;", "__data_load_start = LOADADDR(.data);",
                "__bss_start = .;", "__bss_end = .;"}) {
            assertTrue(script.contains(symbol), "the linker script defines " + symbol);
        }
    }

    @Test
    void theStarterFilesAreTheUsersAndTheRestAreMadeFromTheSpec() throws Exception {
        FreestandingCrate c = Crates.freestanding(target("x86_64-unknown-none-multiboot2"), "kernel",
                Crates.Build.JSON, FROM);
        for (CrateFile f : c.files()) {
            boolean starter = f.path().equals("Cargo.toml") || f.path().equals("src/main.rs")
                    || f.path().equals("README.md") || f.path().equals(".gitignore");
            assertEquals(starter, f.starter(), f.path());
        }
    }
}
