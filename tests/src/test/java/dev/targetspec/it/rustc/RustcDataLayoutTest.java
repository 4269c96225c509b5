package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.triple.DataLayouts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link DataLayouts} against rustc's own judge. Each case is a built-in target turned custom, with
 * `llvm-target` or `llvm-abiname` changed, and a `data-layout` no LLVM default has (the built-in's
 * layout plus {@code -i16:16}, which rustc reads consistently with the spec's endianness and pointer
 * width). rustc 1.95 then refuses it at code generation, quoting the layout its LLVM (22.1) target
 * machine has for the spec; that layout must be the derived one.
 */
class RustcDataLayoutTest {

    /** A built-in target made custom, with the `llvm-target` and `llvm-abiname` given (null: the built-in's). */
    record Case(String base, String llvmTarget, String abiName) {
        static Case of(String base) {
            return new Case(base, null, null);
        }

        static Case target(String base, String llvmTarget) {
            return new Case(base, llvmTarget, null);
        }

        static Case abi(String base, String abiName) {
            return new Case(base, null, abiName);
        }

        String id() {
            return base + (llvmTarget == null ? "" : " llvm-target=" + llvmTarget)
                    + (abiName == null ? "" : " llvm-abiname=" + abiName);
        }
    }

    static final List<Case> CASES = List.of(
            Case.target("x86_64-unknown-none", "x86_64-unknown-none"),
            Case.of("x86_64-unknown-none"),
            Case.of("x86_64-unknown-linux-gnu"),
            Case.of("x86_64-unknown-linux-gnux32"),
            Case.of("x86_64-pc-windows-msvc"),
            Case.of("x86_64-pc-windows-gnu"),
            Case.of("x86_64-unknown-uefi"),
            Case.of("x86_64-apple-darwin"),
            Case.target("x86_64-unknown-none", "x86_64-pc-windows-elf"),
            Case.target("x86_64-unknown-none", "x86_64-pc-windows-macho"),
            Case.of("i686-unknown-linux-gnu"),
            Case.of("i686-pc-windows-msvc"),
            Case.of("i686-pc-windows-gnu"),
            Case.of("i686-unknown-uefi"),
            Case.target("i586-unknown-linux-gnu", "i386-pc-elfiamcu"),
            Case.of("aarch64-unknown-none"),
            Case.of("aarch64-apple-darwin"),
            Case.of("aarch64-pc-windows-msvc"),
            Case.target("aarch64-unknown-none", "aarch64-unknown-linux-coff"),
            Case.of("aarch64-unknown-linux-gnu_ilp32"),
            Case.of("aarch64_be-unknown-linux-gnu"),
            Case.of("arm64ec-pc-windows-msvc"),
            Case.of("arm64_32-apple-watchos"),
            Case.of("thumbv7em-none-eabihf"),
            Case.abi("thumbv7em-none-eabihf", "apcs-gnu"),
            Case.abi("thumbv7em-none-eabihf", "aapcs16"),
            Case.abi("thumbv7em-none-eabihf", "aapcs-linux"),
            Case.abi("thumbv7em-none-eabihf", "eabi"),
            Case.target("thumbv7em-none-eabihf", "thumbv7em-apple-ios"),
            Case.target("thumbv7em-none-eabihf", "thumbv7em-unknown-windows-macho"),
            Case.of("armv7-unknown-linux-gnueabihf"),
            Case.target("armv7-unknown-linux-gnueabihf", "armv7-unknown-netbsd"),
            Case.target("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnu"),
            Case.of("armebv7r-none-eabi"),
            Case.of("armv7k-apple-watchos"),
            Case.of("armv7s-apple-ios"),
            Case.of("thumbv7a-pc-windows-msvc"),
            Case.of("riscv32imac-unknown-none-elf"),
            Case.of("riscv32e-unknown-none-elf"),
            Case.target("riscv32imac-unknown-none-elf", "riscv32-apple-macho"),
            Case.of("riscv64gc-unknown-none-elf"),
            Case.abi("riscv64gc-unknown-linux-gnu", "lp64e"),
            Case.of("mips-unknown-linux-gnu"),
            Case.of("mipsel-unknown-none"),
            Case.of("mips64-unknown-linux-gnuabi64"),
            Case.abi("mips64-unknown-linux-gnuabi64", "n32"),
            Case.abi("mips64-unknown-linux-gnuabi64", "o32"),
            Case.target("mips64-unknown-linux-gnuabi64", "mips64-unknown-linux-gnuabin32"),
            Case.of("powerpc-unknown-linux-gnu"),
            Case.of("powerpc64-unknown-linux-gnu"),
            Case.abi("powerpc64-unknown-linux-gnu", "elfv2"),
            Case.of("powerpc64-unknown-linux-musl"),
            Case.of("powerpc64-unknown-freebsd"),
            Case.target("powerpc64-unknown-freebsd", "powerpc64-unknown-freebsd12"),
            Case.target("powerpc64-unknown-linux-gnu", "powerpc64-scei-lv2"),
            Case.of("powerpc64le-unknown-linux-gnu"),
            Case.of("powerpc64-ibm-aix"),
            Case.of("s390x-unknown-linux-gnu"),
            Case.target("s390x-unknown-linux-gnu", "s390x-ibm-zos"),
            Case.of("sparc-unknown-none-elf"),
            Case.target("sparc-unknown-none-elf", "sparcel-unknown-none"),
            Case.of("sparc64-unknown-linux-gnu"),
            Case.of("wasm32-unknown-unknown"),
            Case.of("wasm32-unknown-emscripten"),
            Case.of("wasm64-unknown-unknown"),
            Case.of("avr-none"),
            Case.of("msp430-none-elf"),
            Case.of("bpfel-unknown-none"),
            Case.of("bpfeb-unknown-none"),
            Case.of("hexagon-unknown-none-elf"),
            Case.of("loongarch32-unknown-none"),
            Case.of("loongarch64-unknown-none"),
            Case.of("m68k-unknown-none-elf"),
            Case.of("csky-unknown-linux-gnuabiv2"),
            Case.of("xtensa-esp32-none-elf"),
            Case.of("nvptx64-nvidia-cuda"),
            Case.abi("nvptx64-nvidia-cuda", "shortptr"),
            Case.of("amdgcn-amd-amdhsa"));

    private static final Pattern QUOTED =
            Pattern.compile("differs from LLVM target's `([^`]*)` default layout, `([^`]*)`");

    @Test
    void derivedLayoutIsTheOneRustcQuotes(@TempDir Path tmp) {
        Rustc rustc = Rustc.locate().orElseThrow(() -> new AssertionError(
                "rustc is required for this test but was not found: install rustc 1.95 or set $RUSTC"));
        List<Mutants.Mutant> specs = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            ObjectNode spec = Mutants.parse(rustc.builtinSpec(c.base()));
            if (c.llvmTarget() != null) {
                spec.put("llvm-target", c.llvmTarget());
            }
            if (c.abiName() != null) {
                spec.put("llvm-abiname", c.abiName());
            }
            spec.put("data-layout", spec.path("data-layout").asString() + "-i16:16");
            specs.add(new Mutants.Mutant(String.format("layout-%02d", i), c.base(), c.id(), spec));
        }
        List<Rustc.Verdict> verdicts = RustcRuns.verdicts(rustc, specs, tmp);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ObjectNode spec = specs.get(i).spec();
            String llvmTarget = spec.path("llvm-target").asString();
            String abi = spec.path("llvm-abiname").asString("");
            Matcher m = QUOTED.matcher(verdicts.get(i).firstError());
            if (!m.find()) {
                wrong.add(CASES.get(i).id() + ": rustc did not quote LLVM's layout: " + verdicts.get(i));
                continue;
            }
            assertEquals(llvmTarget, m.group(1));
            String derived = DataLayouts.defaultLayout(llvmTarget, abi).orElse("(none)");
            if (!derived.equals(m.group(2))) {
                wrong.add(CASES.get(i).id() + ": rustc " + m.group(2) + ", derived " + derived);
            }
        }
        System.out.printf("[RustcDataLayoutTest] %s: %d of %d layouts agree%n", rustc.version(),
                specs.size() - wrong.size(), specs.size());
        assertTrue(specs.size() >= 40);
        assertEquals(List.of(), wrong);
    }
}
