package dev.targetspec.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link DataLayouts} against LLVM 22's own answers: {@code llvm-data-layouts.tsv} holds several
 * hundred triples and ABI names (every rustc 1.95 target name and built-in `llvm-target`, the ABI
 * names of ARM, MIPS, PowerPC, RISC-V and NVPTX, and the object-format, OS and environment
 * corners), each with the layout LLVM 22's target machine reports.
 */
class DataLayoutsTest {

    record Row(String triple, String abi, String layout) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DataLayoutsTest.class.getResourceAsStream("llvm-data-layouts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(3, f.length, "three columns: " + line);
                rows.add(new Row(f[0], f[1], f[2]));
            }
        }
        return rows;
    }

    @Test
    void everyRowIsLlvms() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 500, "the table has " + rows.size() + " rows");
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            String ours = DataLayouts.defaultLayout(r.triple(), r.abi()).orElse("");
            if (!ours.equals(r.layout())) {
                wrong.add(r.triple() + " [" + r.abi() + "]: LLVM " + r.layout() + ", ours " + ours);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTableCoversEveryBackendRustcUses() throws IOException {
        Set<String> arches = new TreeSet<>();
        for (Row r : rows()) {
            if (!r.layout().isEmpty()) {
                arches.add(LlvmTriple.parse(LlvmTriple.normalize(r.triple())).arch());
            }
        }
        for (String arch : List.of("i386", "x86_64", "arm", "armeb", "thumb", "thumbeb", "aarch64", "aarch64_be",
                "aarch64_32", "avr", "bpfel", "bpfeb", "csky", "hexagon", "loongarch32", "loongarch64", "m68k", "mips",
                "mipsel", "mips64", "mips64el", "msp430", "powerpc", "powerpcle", "powerpc64", "powerpc64le", "amdgcn",
                "riscv32", "riscv64", "sparc", "sparcv9", "s390x", "nvptx64", "spirv", "spirv64", "wasm32", "wasm64",
                "xtensa")) {
            assertTrue(arches.contains(arch), "the table has a row for " + arch);
        }
    }

    @Test
    void theKernelTargetOfEveryTutorial() {
        assertEquals(Optional.of("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"),
                DataLayouts.defaultLayout("x86_64-unknown-none", ""));
    }

    @Test
    void theAbiNameChangesTheLayoutWhereTheBackendReadsIt() {
        String arm = "armv7-unknown-linux-gnueabihf";
        assertEquals("e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64", layout(arm, ""));
        assertEquals("e-m:e-p:32:32-Fi8-f64:32:64-v64:32:64-v128:32:128-a:0:32-n32-S32", layout(arm, "apcs-gnu"));
        assertEquals("e-m:e-p:32:32-Fi8-i64:64-a:0:32-n32-S128", layout(arm, "aapcs16"));
        // A name LLVM's ARM backend does not know: AAPCS alignments on a 4-byte aligned stack.
        assertEquals("e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S32", layout(arm, "eabi"));
        assertEquals("E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64", layout("mips64-unknown-linux-gnuabi64", "o32"));
        assertEquals("E-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128",
                layout("mips64-unknown-linux-gnuabi64", "n32"));
        assertEquals("E-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512",
                layout("powerpc64-unknown-linux-gnu", "elfv2"));
        assertEquals("e-m:e-p:32:32-i64:64-n32-S32", layout("riscv32", "ilp32e"));
        assertEquals("e-m:e-p:64:64-i64:64-i128:128-n32:64-S64", layout("riscv64-unknown-none-elf", "lp64e"));
        // x86 and NVPTX ignore it.
        assertEquals(layout("x86_64-unknown-none", ""), layout("x86_64-unknown-none", "sysv"));
        assertEquals(layout("nvptx64-nvidia-cuda", ""), layout("nvptx64-nvidia-cuda", "shortptr"));
    }

    @Test
    void theObjectFormatDecidesTheMangling() {
        assertEquals("e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
                layout("x86_64-pc-windows-msvc", ""));
        assertEquals("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
                layout("x86_64-pc-windows-elf", ""));
        assertEquals("e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:32-n8:16:32-a:0:32-S32",
                layout("i686-pc-windows-gnu", ""));
        assertEquals("e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-n32:64-S128-Fn32",
                layout("arm64-apple-macosx", ""));
        assertEquals("E-m:l-p1:32:32-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64", layout("s390x-ibm-zos", ""));
        assertEquals("E-m:a-p:32:32-Fi32-i64:64-n32-f64:32:64", layout("powerpc-ibm-aix", ""));
    }

    @Test
    void aParsedTripleIsTakenAsItIs() {
        // Normalized, "x86_64-gnux32" reads as vendor unknown, OS unknown, environment gnux32: x32 pointers.
        assertTrue(layout("x86_64-gnux32", "").contains("-p:32:32"));
        // Parsed as written, gnux32 sits in the vendor slot and the environment is unknown.
        assertEquals(Optional.of(layout("x86_64-unknown-linux-gnu", "")),
                DataLayouts.defaultLayout(LlvmTriple.parse("x86_64-gnux32"), ""));
    }

    @Test
    void noLayoutWithoutABackend() {
        for (String t : List.of("spir64-unknown-unknown", "tce-unknown-unknown", "hsail-unknown-unknown",
                "kalimba-unknown-unknown", "foo-unknown-none", "riscv32imac-unknown-none-elf", "")) {
            assertEquals(Optional.empty(), DataLayouts.defaultLayout(t, ""), t);
        }
        assertEquals(DataLayouts.defaultLayout("avr-unknown-unknown", ""), DataLayouts.defaultLayout("avr-unknown-unknown", null));
    }

    private static String layout(String triple, String abi) {
        return DataLayouts.defaultLayout(triple, abi).orElseThrow();
    }
}
