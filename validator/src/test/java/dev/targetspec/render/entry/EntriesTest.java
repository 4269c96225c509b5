package dev.targetspec.render.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.Specs;
import dev.targetspec.spec.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EntriesTest {
    private static String state(EntryPoint e, String item) {
        return e.state().stream().filter(s -> s.item().equals(item)).findFirst().orElseThrow(
                () -> new AssertionError("no state item " + item + " in " + e.state())).value();
    }

    private static boolean provides(EntryPoint e, String text) {
        return e.provides().stream().anyMatch(p -> p.contains(text));
    }

    @Test
    void multibootOneOnI686() {
        EntryPoint e = Entries.derive(Specs.multiboot("i686-unknown-none-multiboot", "x86", "multiboot"));
        assertEquals("multiboot", e.protocol());
        assertEquals("_start", e.symbol());
        assertTrue(state(e, "EAX").startsWith("0x2BADB002"));
        assertTrue(state(e, "EBX").contains("information structure"));
        assertTrue(state(e, "mode").contains("CR0.PG = 0"));
        assertTrue(state(e, "ESP").contains("undefined"));
        assertTrue(state(e, "interrupts").contains("IF = 0"));
        assertFalse(e.returns().mayReturn());
        assertTrue(provides(e, "naked"));
        assertTrue(provides(e, "first 8192 bytes"));
        assertTrue(e.linkArgs().linker().isEmpty());
    }

    @Test
    void multibootTwoOnX86_64MustEnterLongModeItself() {
        EntryPoint e = Entries.derive(Specs.multiboot("x86_64-unknown-none-multiboot2", "x86_64", "multiboot2"));
        assertTrue(state(e, "EAX").startsWith("0x36D76289"));
        assertTrue(provides(e, "long mode"));
        assertTrue(provides(e, "boot-stub"));
        assertTrue(provides(e, "first 32768 bytes"));
        assertTrue(e.notes().stream().anyMatch(n -> n.text().contains("boot-stub") && n.source().contains("Multiboot")));
        assertTrue(provides(e, "disables the red zone"), e.provides()::toString);
    }

    @Test
    void uefiEntryReturnsAStatus() {
        EntryPoint e = Entries.derive(Specs.x86_64Uefi());
        assertEquals("uefi", e.protocol());
        assertEquals("efi_main", e.symbol());
        assertEquals("efiapi", e.abi());
        assertTrue(e.returns().mayReturn());
        assertTrue(state(e, "argument 1").contains("ImageHandle"));
        assertTrue(state(e, "argument 2").contains("SystemTable"));
        assertTrue(state(e, "calling convention").contains("RCX"));
        assertTrue(e.linkArgs().linker().isEmpty(), "rustc already passes /ENTRY:efi_main");
    }

    @Test
    void hostedLinuxNeedsNoStartFiles() {
        EntryPoint e = Entries.derive(Specs.x86_64LinuxGnu());
        assertEquals("linux", e.protocol());
        assertEquals(List.of("-nostartfiles"), e.linkArgs().linker());
        assertEquals(List.of("-C", "link-arg=-nostartfiles"), e.linkArgs().rustflags());
        assertTrue(e.linkArgs().cargoConfig().startsWith("[target.x86_64-unknown-linux-gnu]\n"));
        assertTrue(e.linkArgs().cargoConfig().contains("rustflags = [\"-C\", \"link-arg=-nostartfiles\"]"));
        assertTrue(state(e, "RSP").contains("argc"));
        assertTrue(state(e, "RSP alignment").contains("16-byte"));
        assertTrue(e.returns().instead().contains("exit_group"));
        assertTrue(provides(e, "#[unsafe(no_mangle)] pub extern \"C\" fn _start() -> !"));
        assertTrue(provides(e, "#[no_mangle]"));
        assertTrue(provides(e, "panic = \"abort\""));
        assertTrue(provides(e, "#[panic_handler]"));
        assertEquals(List.of("-nostartfiles"), Entries.derive(Specs.x86_64LinuxMusl()).linkArgs().linker());
        assertTrue(Entries.derive(Specs.x86_64LinuxNone()).linkArgs().linker().isEmpty(),
                "x86_64-unknown-linux-none has no C runtime to replace");
    }

    @Test
    void macOsAndWindowsNameTheirEntry() {
        EntryPoint mac = Entries.derive(Specs.x86_64AppleDarwin());
        assertEquals("hosted", mac.protocol());
        assertEquals("__start", mac.linkerSymbol());
        assertEquals(List.of("-e", "__start", "-static", "-nostartfiles"), mac.linkArgs().linker());
        assertEquals("__start", Entries.derive(Specs.aarch64AppleDarwin()).linkerSymbol());
        EntryPoint win = Entries.derive(Specs.x86_64WindowsMsvc());
        assertEquals(List.of("/ENTRY:_start", "/SUBSYSTEM:console"), win.linkArgs().linker());
        assertTrue(win.notes().stream().anyMatch(n -> n.text().contains("mainCRTStartup")));
        assertEquals("__start", Entries.derive(Specs.i686WindowsMsvc()).linkerSymbol());
    }

    @Test
    void cortexMStartsFromTheVectorTable() {
        EntryPoint e = Entries.derive(Specs.thumbv7emNoneEabihf());
        assertEquals("cortex-m", e.protocol());
        assertEquals("Reset", e.symbol());
        assertTrue(state(e, "SP (MSP)").contains("word 0"));
        assertTrue(state(e, "PC").contains("word 1"));
        assertTrue(state(e, "FPU").contains("CPACR"));
        assertTrue(provides(e, "vector table"));
    }

    @Test
    void bareMetalAarch64AndRiscv() {
        EntryPoint a = Entries.derive(Specs.aarch64UnknownNone());
        assertEquals("bare-metal", a.protocol());
        assertTrue(state(a, "exception level").contains("EL"));
        assertTrue(state(a, "other cores").contains("PSCI"));
        assertTrue(provides(a, "CPACR_EL1"), "aarch64-unknown-none uses FP/SIMD registers");
        EntryPoint r = Entries.derive(Specs.riscv64gcNoneElf());
        assertTrue(state(r, "a0").contains("hart"));
        assertTrue(state(r, "sp").contains("undefined"));
        assertTrue(provides(r, "Zeroing of .bss"));
    }

    @Test
    void openSbiAndEntryOverrides() {
        Target t = Specs.target("riscv64gc-unknown-none-opensbi", "\"arch\":\"riscv64\",\"llvm-target\":\"riscv64\","
                + "\"features\":\"+m,+a,+f,+d,+c\",\"target-pointer-width\":64",
                "\"boot\":{\"protocol\":\"opensbi\"},\"entry\":{\"symbol\":\"kentry\"}");
        EntryPoint e = Entries.derive(t);
        assertEquals("opensbi", e.protocol());
        assertEquals("kentry", e.symbol());
        assertTrue(state(e, "mode").contains("S-mode"));
        assertTrue(state(e, "a1").contains("device tree"));
        EntryPoint custom = Entries.derive(Specs.target("aarch64-kernel", "\"arch\":\"aarch64\","
                + "\"llvm-target\":\"aarch64-unknown-none\",\"target-pointer-width\":64",
                "\"entry\":{\"symbol\":\"kmain\",\"abi\":\"sysv64\"}"));
        assertEquals("kmain", custom.symbol());
        assertEquals("sysv64", custom.abi());
        assertEquals(List.of("--entry=kmain"), custom.linkArgs().linker());
    }

    @Test
    void formatsCarryTheStableKeys() {
        EntryPoint e = Entries.derive(Specs.x86_64LinuxGnu());
        JsonNode root = JsonMapper.builder().build().readTree(EntryFormat.json(e));
        for (String key : List.of("symbol", "abi", "returns", "state", "provides", "link-args", "notes")) {
            assertTrue(root.has(key), key);
        }
        assertEquals("_start", root.get("symbol").asString());
        assertFalse(root.get("returns").get("may-return").asBoolean());
        assertEquals("-nostartfiles", root.get("link-args").get("linker").get(0).asString());
        assertTrue(root.get("notes").get(0).has("source"));
        String md = EntryFormat.markdown(e);
        assertTrue(md.startsWith("# Entry point for `x86_64-unknown-linux-gnu`"));
        assertTrue(md.contains("## Machine state at entry"));
        assertTrue(md.contains("```toml\n[target.x86_64-unknown-linux-gnu]"));
        assertTrue(md.contains("-C link-arg=-nostartfiles"));
        String text = EntryFormat.text(e);
        assertTrue(text.contains("must not return"));
        assertTrue(text.contains("-C link-arg=-nostartfiles"));
    }

    @Test
    void wasmHasNoCRuntimeToReplace() {
        EntryPoint wasi = Entries.derive(Specs.target("wasm32-wasip1", "\"arch\":\"wasm32\",\"os\":\"wasi\","
                + "\"env\":\"p1\",\"llvm-target\":\"wasm32-wasip1\",\"target-pointer-width\":32"));
        assertEquals("wasm", wasi.objectFormat());
        assertTrue(wasi.linkArgs().linker().isEmpty());
        EntryPoint bare = Entries.derive(Specs.target("wasm32-unknown-unknown", "\"arch\":\"wasm32\","
                + "\"os\":\"unknown\",\"llvm-target\":\"wasm32-unknown-unknown\",\"target-pointer-width\":32"));
        assertEquals(List.of("--no-entry", "--export=_start"), bare.linkArgs().linker());
    }
}
