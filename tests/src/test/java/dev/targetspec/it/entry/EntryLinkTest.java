package dev.targetspec.it.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.targetspec.render.entry.Entries;
import dev.targetspec.render.entry.EntryPoint;
import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds freestanding programs from exactly what the entry artifact says (symbol, attribute, ABI,
 * link arguments), links them with the local toolchain, and checks that the ELF entry address is
 * that symbol. The x86_64 Linux program is also run.
 */
class EntryLinkTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int code, String out) {
    }

    static Run run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Target builtin(String triple, Path dir) throws Exception {
        Run r = run(dir, List.of("rustc", "-Z", "unstable-options", "--print", "target-spec-json", "--target", triple));
        assumeTrue(r.code() == 0, "rustc cannot describe " + triple);
        ObjectNode spec = (ObjectNode) JSON.readTree(r.out().substring(r.out().indexOf('{')));
        spec.remove("metadata");
        ObjectNode doc = JSON.createObjectNode();
        doc.put("$schema", "x");
        doc.put("triple", triple);
        doc.putObject("metadata").put("status", "builtin");
        doc.set("rustc", spec);
        return Inheritance.resolve(List.of(SpecLoader.parse(Path.of(triple + ".json"),
                JSON.writeValueAsBytes(doc))));
    }

    /** The ELF header's entry address and the address of {@code symbol}, read with readelf and nm. */
    static void assertEntryIs(Path dir, Path exe, String symbol) throws Exception {
        Run header = run(dir, List.of("readelf", "-h", exe.toString()));
        assertEquals(0, header.code(), header.out());
        Matcher m = Pattern.compile("Entry point address:\\s+0x([0-9a-f]+)").matcher(header.out());
        assertTrue(m.find(), header.out());
        long entry = Long.parseUnsignedLong(m.group(1), 16);
        Run syms = run(dir, List.of(nm(), "--defined-only", exe.toString()));
        assertEquals(0, syms.code(), syms.out());
        Matcher s = Pattern.compile("(?m)^([0-9a-f]+) [Tt] " + Pattern.quote(symbol) + "$").matcher(syms.out());
        assertTrue(s.find(), symbol + " not defined in " + exe + ":\n" + syms.out());
        assertEquals(Long.parseUnsignedLong(s.group(1), 16), entry, "the ELF entry is not " + symbol);
    }

    static String nm() {
        for (int v = 30; v >= 15; v--) {
            if (Files.isExecutable(Path.of("/usr/bin/llvm-nm-" + v))) {
                return "/usr/bin/llvm-nm-" + v;
            }
        }
        return "nm";
    }

    /** The artifact's entry function, spelled as the artifact says (edition 2024). */
    static String entryFunction(EntryPoint e, String body) {
        String line = e.provides().stream().filter(p -> p.startsWith("The entry: ")).findFirst().orElseThrow();
        String attr = "#[unsafe(no_mangle)]";
        assertTrue(line.contains(attr), line);
        assertTrue(line.contains("extern \"" + e.abi() + "\" fn " + e.symbol() + "()"), line);
        return attr + "\npub extern \"" + e.abi() + "\" fn " + e.symbol() + "() -> ! {\n" + body + "\n}\n";
    }

    @Test
    void linuxGnuWithNoStartFilesRunsAndExitsThroughTheSyscall() throws Exception {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "needs an x86_64 Linux host");
        Path dir = Files.createTempDirectory("entry-linux");
        String triple = "x86_64-unknown-linux-gnu";
        EntryPoint e = Entries.derive(builtin(triple, dir));
        assertTrue(e.returns().instead().contains("231"), e.returns().instead());
        String src = "#![no_std]\n#![no_main]\n"
                + "#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! { loop {} }\n"
                + entryFunction(e, "    unsafe { core::arch::asm!(\"syscall\", in(\"rax\") 231, in(\"rdi\") 42,"
                        + " options(noreturn)) }");
        Files.writeString(dir.resolve("main.rs"), src);
        List<String> cmd = new ArrayList<>(List.of("rustc", "--edition", "2024", "--target", triple, "-C",
                "panic=abort", "-O", "-o", "prog", "main.rs"));
        cmd.addAll(e.linkArgs().rustflags());
        Run build = run(dir, cmd);
        assertEquals(0, build.code(), build.out());
        assertEntryIs(dir, dir.resolve("prog"), e.linkerSymbol());
        Run prog = run(dir, List.of(dir.resolve("prog").toString()));
        assertEquals(42, prog.code(), "the program's exit status: " + prog.out());
    }

    /**
     * Bare-metal seeds: the program is a {@code #![no_core]} crate (no standard library for these
     * targets is installed), linked by rustc with its own rust-lld and no extra arguments, since the
     * artifact says none are needed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x86_64-unknown-none", "aarch64-unknown-none", "riscv64gc-unknown-none-elf",
            "x86_64-unknown-linux-none"})
    void bareMetalEntryIsTheElfEntry(String triple) throws Exception {
        Path dir = Files.createTempDirectory("entry-" + triple);
        EntryPoint e = Entries.derive(builtin(triple, dir));
        String src = "#![feature(no_core, lang_items)]\n#![allow(internal_features)]\n#![no_core]\n#![no_main]\n"
                + "#[lang = \"pointee_sized\"] pub trait PointeeSized {}\n"
                + "#[lang = \"meta_sized\"] pub trait MetaSized: PointeeSized {}\n"
                + "#[lang = \"sized\"] pub trait Sized: MetaSized {}\n"
                + entryFunction(e, "    loop {}");
        Files.writeString(dir.resolve("main.rs"), src);
        List<String> cmd = new ArrayList<>(List.of("rustc", "--edition", "2024", "--target", triple,
                "--crate-type", "bin", "-C", "panic=abort", "-o", "prog", "main.rs"));
        cmd.addAll(e.linkArgs().rustflags());
        Run build = run(dir, cmd);
        assertEquals(0, build.code(), build.out());
        assertEntryIs(dir, dir.resolve("prog"), e.linkerSymbol());
    }

    /**
     * UEFI: the artifact says efi_main, efiapi, returning a status, and no link arguments (rustc
     * passes /ENTRY:efi_main itself). The PE's AddressOfEntryPoint must be efi_main's RVA; the
     * linker map (an extra output, not a change to the link) tells where efi_main went.
     */
    @Test
    void uefiEntryIsThePeEntryPoint() throws Exception {
        String triple = "x86_64-unknown-uefi";
        Path dir = Files.createTempDirectory("entry-uefi");
        EntryPoint e = Entries.derive(builtin(triple, dir));
        assertTrue(e.returns().mayReturn());
        assertTrue(e.linkArgs().rustflags().isEmpty());
        String line = e.provides().stream().filter(p -> p.startsWith("The entry: ")).findFirst().orElseThrow();
        assertTrue(line.contains("#[unsafe(no_mangle)] pub extern \"" + e.abi() + "\" fn " + e.symbol() + "("), line);
        String src = "#![feature(no_core, lang_items)]\n#![allow(internal_features)]\n#![no_core]\n#![no_main]\n"
                + "#[lang = \"pointee_sized\"] pub trait PointeeSized {}\n"
                + "#[lang = \"meta_sized\"] pub trait MetaSized: PointeeSized {}\n"
                + "#[lang = \"sized\"] pub trait Sized: MetaSized {}\n"
                + "#[unsafe(no_mangle)]\npub extern \"" + e.abi() + "\" fn " + e.symbol()
                + "(_image: *mut u8, _system_table: *mut u8) -> usize { 0 }\n";
        Files.writeString(dir.resolve("main.rs"), src);
        Run build = run(dir, List.of("rustc", "--edition", "2024", "--target", triple, "--crate-type", "bin", "-C",
                "panic=abort", "-o", "prog.efi", "main.rs", "-C", "link-arg=/map:prog.map"));
        assertEquals(0, build.code(), build.out());
        Run headers = run(dir, List.of(nm().replace("llvm-nm", "llvm-readobj"), "--file-headers", "prog.efi"));
        assertEquals(0, headers.code(), headers.out());
        Matcher entry = Pattern.compile("AddressOfEntryPoint: 0x([0-9A-Fa-f]+)").matcher(headers.out());
        Matcher base = Pattern.compile("ImageBase: 0x([0-9A-Fa-f]+)").matcher(headers.out());
        assertTrue(entry.find() && base.find(), headers.out());
        Matcher sym = Pattern.compile("\\s" + Pattern.quote(e.linkerSymbol()) + "\\s+([0-9a-fA-F]{16})")
                .matcher(Files.readString(dir.resolve("prog.map")));
        assertTrue(sym.find(), "efi_main is not in the map");
        long rva = Long.parseUnsignedLong(sym.group(1), 16) - Long.parseUnsignedLong(base.group(1), 16);
        assertEquals(rva, Long.parseUnsignedLong(entry.group(1), 16), "the PE entry point is not " + e.symbol());
    }
}
