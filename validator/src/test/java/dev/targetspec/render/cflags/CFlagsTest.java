package dev.targetspec.render.cflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.json.Json;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.entry.EntryArtifact;
import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CFlagsTest {
    static final RenderContext CONTEXT = new RenderContext(new Provenance("x.json", "targetspec test"));

    static Target target(String triple) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow();
    }

    static String render(String triple, String format) throws Exception {
        CFlags a = new CFlags();
        return a.render(target(triple), a.format(format).orElseThrow(), CONTEXT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x86_64-unknown-none-multiboot2|--target=x86_64-unknown-none-elf -ffreestanding -fno-stack-protector -fno-pic"
                + " -mno-red-zone -mcmodel=kernel -mgeneral-regs-only -march=x86-64",
        "x86_64-unknown-none|--target=x86_64-unknown-none-elf -ffreestanding -fno-stack-protector -fPIE -mno-red-zone"
                + " -mcmodel=kernel -mgeneral-regs-only -march=x86-64",
        "i686-unknown-none-multiboot|--target=i686-unknown-none-elf -ffreestanding -fno-stack-protector -fno-pic"
                + " -mgeneral-regs-only -march=pentium4",
        "aarch64-unknown-none|--target=aarch64-unknown-none -ffreestanding -fno-stack-protector -fno-pic"
                + " -march=armv8-a -mstrict-align",
        "aarch64-unknown-none-softfloat|--target=aarch64-unknown-none -ffreestanding -fno-stack-protector -fno-pic"
                + " -mgeneral-regs-only -march=armv8-a -mstrict-align",
        "riscv64gc-unknown-none-elf|--target=riscv64 -ffreestanding -fno-stack-protector -fno-pic -mcmodel=medany"
                + " -march=rv64gc -mabi=lp64d",
        "riscv32imac-unknown-none-elf|--target=riscv32 -ffreestanding -fno-stack-protector -fno-pic"
                + " -march=rv32imac -mabi=ilp32",
        "thumbv7em-none-eabihf|--target=thumbv7em-none-eabihf -ffreestanding -fno-stack-protector -fno-pic"
                + " -mfloat-abi=hard -mfpu=fpv4-sp-d16",
        "thumbv6m-none-eabi|--target=thumbv6m-none-eabi -ffreestanding -fno-stack-protector -fno-pic"
                + " -mfloat-abi=soft -mno-unaligned-access",
        "x86_64-unknown-linux-none|--target=x86_64-unknown-linux-none -ffreestanding -fno-stack-protector -fPIE"
                + " -march=x86-64",
        "x86_64-unknown-linux-gnu|--target=x86_64-unknown-linux-gnu -fPIE -march=x86-64",
    })
    void clangGetsTheFlagsThatMatchTheSpec(String triple, String clang) throws Exception {
        assertEquals(clang + "\n", render(triple, "clang"));
    }

    @Test
    void gccGetsItsOwnSpellingWhereClangReadsTheTriple() throws Exception {
        assertEquals("-mthumb -ffreestanding -fno-stack-protector -fno-pic -mfloat-abi=hard -mfpu=fpv4-sp-d16"
                + " -march=armv7e-m\n", render("thumbv7em-none-eabihf", "gcc"));
        assertEquals("-m32 -ffreestanding -fno-stack-protector -fno-pic -mgeneral-regs-only -march=pentium4\n",
                render("i686-unknown-none-multiboot", "gcc"));
        // GCC refuses PIC with the kernel code model; its objects link into the same static program.
        assertEquals("-m64 -ffreestanding -fno-stack-protector -fno-pic -mno-red-zone -mcmodel=kernel"
                + " -mgeneral-regs-only -march=x86-64\n", render("x86_64-unknown-none", "gcc"));
    }

    @Test
    void theHigherHalfsNeedForTheKernelCodeModelIsSaid() throws Exception {
        String higher = render("x86_64-unknown-none", "text");
        assertTrue(higher.contains("-mcmodel=kernel                   `code-model` is `kernel`, and the layout links"
                + " the program at `0xffffffff80000000`, in the top 2 GiB (the higher half)"), higher);
        assertTrue(higher.contains("The higher-half layout needs -mcmodel=kernel"), higher);
        String low = render("x86_64-unknown-none-multiboot2", "text");
        assertTrue(!low.contains("higher half") && low.contains("sign-extended 32 bits"), low);
    }

    @Test
    void theJsonFormHasTheFixedKeysAndAReasonForEveryFlag() throws Exception {
        JsonNode j = Json.MAPPER.readTree(render("riscv64gc-unknown-none-elf", "json"));
        assertEquals(List.of("target", "clang", "gcc", "gcc-toolchain", "flags", "notes"),
                new java.util.ArrayList<>(j.propertyNames()));
        for (JsonNode f : j.get("flags")) {
            assertTrue(f.get("why").asString().length() > 10, f.toString());
        }
        assertEquals("riscv64-unknown-elf-gcc", j.get("gcc-toolchain").asString());
    }

    @Test
    void theEntryArtifactGivesTheSameFlags() throws Exception {
        EntryArtifact entry = new EntryArtifact();
        Target t = target("thumbv7em-none-eabihf");
        JsonNode json = Json.MAPPER.readTree(entry.render(t, entry.format("json").orElseThrow(), CONTEXT));
        List<String> clang = new java.util.ArrayList<>();
        json.at("/c-flags/clang").forEach(n -> clang.add(n.asString()));
        assertEquals(render("thumbv7em-none-eabihf", "clang").strip(), String.join(" ", clang));
        String text = entry.render(t, entry.format("text").orElseThrow(), CONTEXT);
        assertTrue(text.contains("  clang: " + String.join(" ", clang) + "\n"), text);
        String md = entry.render(t, entry.format("markdown").orElseThrow(), CONTEXT);
        assertTrue(md.contains("## C compiler flags"), md);
    }

    @Test
    void theCatalogHasTheArtifact() {
        assertTrue(Artifacts.named("cflags").isPresent());
        assertEquals("rv64imac_zba", CompilerFlags.riscvIsa("riscv64", Set.of("+m", "+a", "+c", "+zba")));
        assertEquals("rv32e", CompilerFlags.riscvIsa("riscv32", Set.of("+e")));
    }
}
