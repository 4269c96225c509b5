package dev.targetspec.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * `render --artifact rustc-json --embed-link-script` puts the linker script into rustc's
 * `link-script` field, so that a plain `rustc --target FILE.json` links with it.
 */
class EmbeddedLinkScriptTest {
    static final String KERNEL = """
            #![feature(no_core, lang_items)]
            #![allow(internal_features)]
            #![no_core]
            #![no_main]
            #[lang = "pointee_sized"] pub trait PointeeSized {}
            #[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
            #[lang = "sized"] pub trait Sized: MetaSized {}
            #[unsafe(no_mangle)]
            pub extern "C" fn _start() -> ! { loop {} }
            """;

    @TempDir
    Path dir;

    @Test
    void plainRustcLinksWithTheEmbeddedScript() throws Exception {
        Proc.require("rustc", "rustc");
        Proc.require("readelf", "binutils");
        Path spec = dir.resolve("x86_64-unknown-none-elf.json");
        Proc.Result r = Proc.targetspec(Proc.root(), "render", "x86_64-unknown-none-elf", "--artifact", "rustc-json",
                "--embed-link-script", "-o", spec.toString());
        assertEquals(0, r.code(), r.err());
        String script = JsonMapper.builder().build().readTree(spec.toFile()).get("link-script").asString();
        assertTrue(script.contains("ENTRY(_start)"), script);

        Files.writeString(dir.resolve("k.rs"), KERNEL);
        Proc.Result build = Proc.run(dir, Map.of("RUSTC_BOOTSTRAP", "1"), 120, List.of("rustc", "-Z", "unstable-options",
                "--target", spec.toString(), "--crate-type", "bin", "-C", "panic=abort", "-O", "k.rs", "-o", "k.elf"));
        assertEquals(0, build.code(), build.err());
        String header = Proc.run(dir, Map.of(), 30, List.of("readelf", "-hsW", "k.elf")).out();
        String entry = header.lines().filter(l -> l.contains("Entry point address:")).findFirst().orElseThrow()
                .replaceAll(".*0x", "");
        String start = header.lines().filter(l -> l.endsWith(" _start")).findFirst().orElseThrow().trim()
                .split("\\s+")[1];
        assertEquals(Long.parseLong(entry, 16), Long.parseLong(start, 16), "the ELF entry is `_start`");
        assertTrue(header.lines().anyMatch(l -> l.endsWith(" __kernel_start")), "the script's symbols are defined");
    }
}
