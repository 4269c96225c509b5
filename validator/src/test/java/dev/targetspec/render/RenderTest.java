package dev.targetspec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.boot.BootHeader;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.entry.EntryArtifact;
import dev.targetspec.render.boot.BootStub;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.spec.layout.Names;
import dev.targetspec.render.linker.LinkerScript;
import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderTest {
    private static final Provenance P = new Provenance("test.json", "targetspec 9.9.9");
    private static final String RUSTC = "\"rustc\": {\"arch\": \"x86_64\", \"llvm-target\": \"x86_64-unknown-none-elf\","
            + " \"target-pointer-width\": 64, \"panic-strategy\": \"abort\", \"code-model\": \"kernel\","
            + " \"relocation-model\": \"static\"}";

    private static Target target(String members) throws Exception {
        String json = "{\"$schema\": \"x\", \"triple\": \"x86_64-test-multiboot2\", \"metadata\": {\"status\": \"custom\"},"
                + RUSTC + (members.isEmpty() ? "" : ", " + members) + "}";
        return Inheritance.resolve(List.of(SpecLoader.parse(Path.of("x86_64-test-multiboot2.json"),
                json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void addressesParseBothNotationsAndRefuseWhatExceeds64Bits() {
        assertEquals(Optional.of(BigInteger.valueOf(0x100000)), Address.parse("1M"));
        assertEquals(Optional.of(BigInteger.valueOf(0x100000)), Address.parse("0x100000"));
        assertEquals(Optional.of(BigInteger.valueOf(3L << 30)), Address.parse("3G"));
        assertEquals(Optional.of(Address.LIMIT.subtract(BigInteger.ONE)), Address.parse("0xffffffffffffffff"));
        for (String bad : List.of("0x10000000000000000", "18446744073709551616", "99999999999999999999G",
                "17179869184G", "9".repeat(400), "0x", "1T", "-1", "", " 1M")) {
            assertEquals(Optional.empty(), Address.parse(bad), bad);
            assertTrue(Address.problem(bad).isPresent(), bad);
        }
        assertTrue(Address.problem("0x10000000000000000").get().contains("64 bits"));
    }

    @Test
    void anAddressPast64BitsIsAProblemNotAnException() throws Exception {
        Target t = target("\"boot\": {\"protocol\": \"multiboot2\"}, \"layout\": {\"load-base\": \"0x1ffffffffffffffff\","
                + " \"regions\": [{\"name\": \"R\", \"origin\": \"0xffffffffffffff00\", \"length\": \"1K\"}]}");
        LayoutReader.Reading r = LayoutReader.read(t);
        assertTrue(r.layout().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals(LayoutReader.ADDRESS)
                && p.pointer().equals("/layout/load-base")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.pointer().equals("/layout/regions/0/length")));
        RenderException e = assertThrows(RenderException.class, () -> render(new LinkerScript(), t, P));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void namesAreQuotedWhenNeededAndRefusedWhenUnquotable() {
        assertEquals("_start", Names.symbol("_start"));
        assertEquals("\"start-here\"", Names.symbol("start-here"));
        assertEquals("\"SECTIONS\"", Names.symbol("SECTIONS"));
        assertEquals("\"__global_pointer$\"", Names.symbol("__global_pointer$"));
        assertEquals(".text.*", Names.pattern(".text.*"));
        assertEquals("COMMON", Names.pattern("COMMON"));
        assertEquals("\"a}b;c /* d\"", Names.pattern("a}b;c /* d"));
        assertTrue(Names.unsafe("a\"b").isPresent());
        assertTrue(Names.unsafe("a\u0000b").isPresent());
        assertTrue(Names.unsafe("a\nb").isPresent());
        assertThrows(IllegalArgumentException.class, () -> Names.symbol("x\") } SECTIONS { (\""));
        assertFalse(Names.plain("ORIGIN"));
        assertFalse(Names.plain("o"));
        assertFalse(Names.plain("out}sec"));
        assertEquals("a * / b / * c", Names.comment("a */ b /* c"));
    }

    @Test
    void nothingInASpecCanAddScriptText() throws Exception {
        Target t = target("\"boot\": {\"protocol\": \"multiboot2\"}, \"layout\": {\"sections\": ["
                + "{\"name\": \".boot\", \"link\": \"physical\", \"inputs\": [\".multiboot_header\", \"x)} /DISCARD/ : { *(.text\"]},"
                + "{\"name\": \".text\", \"inputs\": [\".text\", \"\\\") } INCLUDE evil\"]},"
                + "{\"name\": \".bss\", \"type\": \"nobits\"}]}");
        LayoutReader.Reading r = LayoutReader.read(t);
        assertEquals(List.of("/layout/sections/1/inputs/1"), r.problems().stream().map(p -> p.pointer()).toList());
        assertEquals(List.of("linker-names"), r.problems().stream().map(p -> p.rule()).toList());
        assertThrows(RenderException.class, () -> render(new LinkerScript(), t, P));
        // The validator refuses it too (`linker-names`), but a target nobody validated still renders safely.
        Target ok = target("\"boot\": {\"protocol\": \"multiboot2\"}, \"layout\": {\"sections\": ["
                + "{\"name\": \".boot\", \"link\": \"physical\", \"inputs\": [\".multiboot_header\", \"x)} /DISCARD/ : { *(.text\"]},"
                + "{\"name\": \".bss\", \"type\": \"nobits\"}]}");
        String script = render(new LinkerScript(), ok, new Provenance("evil */ SECTIONS { /*.json", "t 1"));
        assertTrue(script.contains("*(\"x)} /DISCARD/ : { *(.text\")"), script);
        assertFalse(script.contains("evil */"), script);
        assertEquals(1, script.split("/DISCARD/ :\n", -1).length - 1, "exactly one real /DISCARD/ statement");
    }

    @Test
    void theLinkerScriptCarriesProvenanceNotesEntryAndGroupedChecks() throws Exception {
        Target t = target("\"boot\": {\"protocol\": \"multiboot2\"}");
        String s = render(new LinkerScript(), t, P);
        assertTrue(s.startsWith("/*\n * Linker script for target `x86_64-test-multiboot2`."), s);
        assertTrue(s.contains("Generated by targetspec 9.9.9 from test.json."));
        assertTrue(s.contains("do not edit"));
        assertTrue(s.contains("__stack_bottom, __stack_top") && s.contains("__kernel_start, __kernel_end"));
        assertTrue(s.contains("\nENTRY(_start)\n"));
        assertTrue(s.contains("PHDRS\n{"));
        int checks = s.indexOf("/* ---- Checks");
        assertTrue(checks > s.lastIndexOf("SECTIONS"), "checks come after the sections");
        assertFalse(s.substring(0, checks).contains("ASSERT("), "every ASSERT is in the final group");
        for (String msg : List.of("not in the first 32 KiB", "not 8-byte aligned", "No Multiboot 2 header",
                ".got section is not empty", "stack top is not 16-byte aligned")) {
            assertTrue(s.substring(checks).contains(msg), msg);
        }
        assertTrue(s.indexOf("KEEP(*(.multiboot_header))") < s.indexOf(".text :"), "the header comes first");
    }

    @Test
    void higherHalfSectionsAreLoadedAtPhysicalAddresses() throws Exception {
        Target t = target("\"boot\": {\"protocol\": \"multiboot2\"},"
                + " \"layout\": {\"load-base\": \"1M\", \"virtual-base\": \"0xffffffff80000000\"}");
        String s = render(new LinkerScript(), t, P);
        assertTrue(s.contains("__kernel_virtual_offset = 0xffffffff7ff00000;"), s);
        assertTrue(s.contains(".text : AT(ADDR(.text) - __kernel_virtual_offset)"));
        assertFalse(s.contains(".boot : AT("), "the boot code is linked where it is loaded");
        String stub = render(new BootStub(), t, P);
        assertTrue(stub.contains("PML4[511] -> PDPT[510] -> PD[0..7]"), stub);
    }

    @Test
    void multibootHeadersHaveZeroSumChecksums() throws Exception {
        String mb1 = render(new BootHeader(), target("\"boot\": {\"protocol\": \"multiboot\"}"), P);
        // 0x1BADB002 + 3 + 0xE4524FFB = 2^32 (flags: page-align and memory-info, the defaults).
        assertTrue(mb1.contains(".long 0x1badb002") && mb1.contains(".long 0x3 ") && mb1.contains(".long 0xe4524ffb"),
                mb1);
        String mb2 = render(new BootHeader(), target("\"boot\": {\"protocol\": \"multiboot2\", \"tags\": ["
                + "{\"type\": \"information-request\", \"requests\": [4, 6]}]}"), P);
        // length = 16 (fixed part) + 16 (8 + 2 * 4) + 8 (end tag) = 40;
        // 0xE85250D6 + 0 + 40 + 0x17ADAF02 = 2^32.
        assertTrue(mb2.contains(".long 40 ") && mb2.contains(".long 0x17adaf02"), mb2);
        assertTrue(mb2.contains(".section .multiboot_header, \"a\""));
    }

    @Test
    void theBootStubIsOnlyForX86Multiboot() throws Exception {
        Target none = target("\"boot\": {\"protocol\": \"bare-metal\"}, \"layout\": {\"load-base\": \"0xffffffff80000000\"}");
        assertThrows(RenderException.class, () -> render(new BootStub(), none, P));
        assertThrows(RenderException.class, () -> render(new BootHeader(), none, P));
        Target noLayout = target("");
        RenderException e = assertThrows(RenderException.class, () -> render(new LinkerScript(), noLayout, P));
        assertTrue(e.getMessage().contains("no `layout`"));
    }

    @Test
    void theCatalogListsEachArtifactOnceInPageOrder() {
        assertEquals(List.of("linker-script", "memory-x", "boot-header", "boot-stub", "entry", "cflags", "intrinsics",
                "rustc-json"),
                Artifacts.all().stream().map(Artifact::name).toList());
        assertTrue(Artifacts.named("boot-stub").isPresent());
        assertEquals(List.of("text", "json", "markdown", "clang", "gcc", "ld"), List.copyOf(Artifacts.formatNames()));
    }

    @Test
    void aChoiceNamesTheArtifactAndFormatOrSaysWhatThereIs() throws Exception {
        Artifacts.Choice c = Artifacts.choose("intrinsics", null, false);
        assertEquals("text", c.format().name());
        assertEquals("ld", Artifacts.choose("intrinsics", "ld", false).format().name());
        Artifacts.ChoiceException e = assertThrows(Artifacts.ChoiceException.class,
                () -> Artifacts.choose("linker-script", "json", false));
        assertEquals("--format json is not available for linker-script; use one of: text.", e.getMessage());
        e = assertThrows(Artifacts.ChoiceException.class, () -> Artifacts.choose("memory", null, false));
        assertTrue(e.getMessage().startsWith("--artifact memory is not an artifact; use one of: linker-script, "),
                e.getMessage());
        assertThrows(Artifacts.ChoiceException.class, () -> Artifacts.choose("entry", null, true));
        assertEquals("rustc-json", Artifacts.choose("rustc-json", null, true).artifact().name());
    }

    @Test
    void applicabilityTellsDoesNotApplyFromBlocked() throws Exception {
        Target none = target("");
        assertEquals(Applicability.Kind.DOES_NOT_APPLY, new LinkerScript().applicability(none).kind());
        assertEquals(Applicability.Kind.APPLIES, new EntryArtifact().applicability(none).kind());
        Target multiboot = target("\"boot\": {\"protocol\": \"multiboot2\"}");
        assertEquals(Applicability.Kind.APPLIES, new BootHeader().applicability(multiboot).kind());
        Target badAlign = target("\"boot\": {\"protocol\": \"multiboot2\"}, \"layout\": {\"page-size\": \"3000\"}");
        Applicability blocked = new LinkerScript().applicability(badAlign);
        assertEquals(Applicability.Kind.BLOCKED, blocked.kind());
        assertFalse(blocked.problems().isEmpty());
        Rendering.Outcome o = Rendering.render(badAlign, new LinkerScript(), new LinkerScript().formats().get(0),
                new RenderContext(P));
        assertEquals(Rendering.Outcome.Kind.BLOCKED, o.kind());
        assertTrue(o.message().startsWith(badAlign.triple() + ": ") && o.message().contains("[layout-alignment]"),
                o.message());
        o = Rendering.render(none, new BootStub(), new BootStub().formats().get(0), new RenderContext(P));
        assertEquals(Rendering.Outcome.Kind.DOES_NOT_APPLY, o.kind());
    }

    @Test
    void eachArtifactNamesItsFileByTripleAndFormat() throws Exception {
        Target t = target("\"boot\": {\"protocol\": \"multiboot2\"}");
        List<String> names = new java.util.ArrayList<>();
        for (Artifact a : Artifacts.all()) {
            for (Format f : a.formats()) {
                names.add(a.fileName(t, f));
            }
        }
        String tr = t.triple();
        assertEquals(List.of(tr + ".ld", tr + "-memory.x", tr + "-header.S", tr + "-stub.S", tr + "-entry.txt", tr + "-entry.json",
                tr + "-entry.md", tr + "-cflags.txt", tr + "-cflags.json", tr + "-clang.flags", tr + "-gcc.flags",
                tr + "-intrinsics.txt", tr + "-intrinsics.json", tr + "-intrinsics.ld-args",
                tr + ".json"), names);
    }

    /** Renders {@code a} for {@code t} in its default format. */
    private static String render(Artifact a, Target t, Provenance p) throws RenderException {
        return a.render(t, a.formats().get(0), new RenderContext(p));
    }

    private static final String BOARD = "\"layout\": {\"regions\": ["
            + "{\"name\": \"FLASH\", \"origin\": \"0x08000000\", \"length\": \"512K\", \"attributes\": \"rx\"},"
            + "{\"name\": \"RAM\", \"origin\": \"0x20000000\", \"length\": \"128K\", \"attributes\": \"rwx\"}]}";

    @Test
    void aBoardWithoutBootProtocolGetsTheProtocolItsEntryArtifactNames() throws Exception {
        Target board = Specs.target("thumbv7em-none-eabihf", "\"arch\":\"arm\",\"llvm-target\":\"thumbv7em-none-eabihf\","
                + "\"abi\":\"eabihf\",\"target-pointer-width\":32", BOARD);
        var layout = LayoutReader.read(board);
        assertEquals(List.of(), layout.problems());
        var l = layout.layout().orElseThrow();
        String entry = new EntryArtifact().render(board, new EntryArtifact().formats().get(0), new RenderContext(P));
        assertEquals("cortex-m", l.protocol());
        assertTrue(entry.contains("protocol " + l.protocol()), entry);
        assertEquals("Reset", l.entrySymbol());
        assertEquals(".vector_table", l.sections().get(0).name());
        for (var s : l.sections()) {
            if (s.writable()) {
                assertEquals(Optional.of("RAM"), s.region(), s.name() + " is written, so it is in RAM");
            }
        }
        String script = new LinkerScript().render(board, new LinkerScript().formats().get(0), new RenderContext(P));
        assertTrue(script.contains("} > RAM AT> FLASH :data"), script);
        assertTrue(script.contains("} > RAM :bss"), script);
    }

    @Test
    void aWritableSectionInARegionWithoutWIsAnError() throws Exception {
        // Not RISC-V: there riscv-rt's region aliases put `.data` and `.bss` in RAM.
        Target board = Specs.target("aarch64-unknown-none", "\"arch\":\"aarch64\",\"llvm-target\":\"aarch64-unknown-none\","
                + "\"target-pointer-width\":64", "\"boot\": {\"protocol\": \"bare-metal\"}, " + BOARD);
        var problems = LayoutReader.read(board).problems();
        assertEquals(List.of(".data", ".bss"), problems.stream().filter(p -> p.rule().equals(LayoutReader.REGIONS))
                .map(p -> p.message().substring(p.message().indexOf('`') + 1, p.message().indexOf("` is written")))
                .toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("region `FLASH` it is placed in has attributes `rx`, without `w`"),
                problems.get(0).message());
        assertThrows(RenderException.class, () -> new LinkerScript().render(board, new LinkerScript().formats().get(0),
                new RenderContext(P)));
    }
}
