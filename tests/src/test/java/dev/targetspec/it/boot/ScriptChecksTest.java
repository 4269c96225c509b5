package dev.targetspec.it.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.boot.Build.Linker;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered scripts' checks stop a bad link with their message, under both linkers, and names
 * that need quoting reach the linkers intact.
 */
class ScriptChecksTest {
    @TempDir
    Path work;

    private Build multiboot2() throws Exception {
        return new Build(work, Tools.target(work, "targets/x86_64/x86_64-unknown-none-multiboot2.json"));
    }

    private Tools.Result link(Build b, Linker linker, List<String> flags, List<Path> objects) throws Exception {
        List<String> cmd = new ArrayList<>(b.linkCommand(linker, "ld", List.of(), b.render("linker-script"),
                work.resolve("out.elf"), objects));
        cmd.addAll(1, flags);
        return Tools.run(work, 60, cmd);
    }

    private List<Path> kernelObjects(Build b, boolean withHeader) throws Exception {
        List<Path> objects = new ArrayList<>();
        if (withHeader) {
            objects.add(b.as("as", b.render("boot-header"), "--64"));
        }
        objects.add(b.as("as", b.render("boot-stub"), "--64"));
        objects.add(b.clang("x86/kernel.c", "-DEXPECTED_MAGIC=0x36d76289"));
        return objects;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void aHeaderPushedPastTheSearchWindowStopsTheLink(Linker linker) throws Exception {
        Build b = multiboot2();
        List<Path> objects = kernelObjects(b, true);
        assertEquals(0, link(b, linker, List.of(), objects).exit(), "the plain link must succeed");
        Tools.Result r = link(b, linker, List.of("-z", "max-page-size=0x200000"), objects);
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("The Multiboot 2 header is not in the first 32 KiB of the file"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void aMissingHeaderStopsTheLink(Linker linker) throws Exception {
        Build b = multiboot2();
        Tools.Result r = link(b, linker, List.of(), kernelObjects(b, false));
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("No Multiboot 2 header was linked"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void aGotEntryStopsTheLink(Linker linker) throws Exception {
        Build b = multiboot2();
        List<Path> objects = kernelObjects(b, true);
        Path pic = work.resolve("pic.S");
        // GNU ld turns a GOT load by `mov` into `lea` even without the relaxable relocation, so
        // use `push`, which neither linker relaxes.
        Files.writeString(pic, String.join("\n", "    .text", "    .globl uses_got", "uses_got:",
                "    pushq kernel_main@GOTPCREL(%rip)", "    popq %rax", "    ret",
                "    .section .note.GNU-stack, \"\", @progbits", ""));
        objects.add(b.as("as", pic, "--64", "-mrelax-relocations=no"));
        Tools.Result r = link(b, linker, List.of(), objects);
        assertNotEquals(0, r.exit());
        assertTrue(r.out().contains("The .got section is not empty"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Linker.class)
    void namesThatNeedQuotingReachBothLinkers(Linker linker) throws Exception {
        Path spec = work.resolve("x86_64-quoted-names.json");
        Files.writeString(spec, """
                {
                  "$schema": "../../schema/target-spec.schema.json",
                  "triple": "x86_64-quoted-names",
                  "inherits": "x86_64-unknown-none",
                  "metadata": { "status": "custom" },
                  "rustc": { "relocation-model": "static" },
                  "boot": { "protocol": "bare-metal" },
                  "entry": { "symbol": "start_here" },
                  "layout": {
                    "load-base": "2M",
                    "sections": [
                      { "name": ".text", "inputs": [".text.boot", "weird}sec", "with space", "SECTIONS", ".text", ".text.*"] },
                      { "name": ".rodata" },
                      { "name": ".data" },
                      { "name": ".bss", "type": "nobits", "inputs": [".bss", ".bss.*", "COMMON"] }
                    ],
                    "discard": ["drop;me*"]
                  }
                }
                """);
        Build b = new Build(work, Tools.target(work, spec.toString()));
        Path script = b.render("linker-script");
        String text = Files.readString(script);
        assertTrue(text.contains("ENTRY(start_here)") && text.contains("\"__stack_top\"") == false
                && text.contains("*(\"weird}sec\")")
                && text.contains("*(\"with space\")") && text.contains("*(\"SECTIONS\")"), text);
        Path src = work.resolve("names.S");
        Files.writeString(src, String.join("\n",
                "    .section \"weird}sec\", \"ax\"", "    .globl weird", "weird:", "    ret",
                "    .section \"with space\", \"ax\"", "    .globl spaced", "spaced:", "    ret",
                "    .section \"SECTIONS\", \"ax\"", "    .globl keyword", "keyword:", "    ret",
                "    .section \"drop;me.now\", \"a\"", "dropped:", "    .quad 0",
                "    .section .text.boot, \"ax\"", "    .globl start_here", "start_here:",
                "    movabsq $__stack_top, %rsp", "    call weird", "    call spaced", "    call keyword", "    hlt",
                "    .section .note.GNU-stack, \"\", @progbits", ""));
        Path out = b.link(linker, "ld", List.of(), script, List.of(b.as("as", src, "--64")));
        Elf elf = Elf.read(out);
        b.checkLayout(elf);
        Elf.Section textSection = elf.section(".text").orElseThrow();
        for (String s : List.of("weird", "spaced", "keyword")) {
            BigInteger at = elf.symbol(s);
            assertTrue(at.compareTo(textSection.addr()) >= 0
                    && at.compareTo(textSection.addr().add(textSection.size())) < 0, s + " is not in .text");
        }
        assertTrue(elf.sections().keySet().stream().noneMatch(n -> n.contains("drop") || n.contains("\"")),
                () -> "sections: " + elf.sections().keySet());
    }
}
