package dev.targetspec.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RustcDataImportTest {

    @Test
    void cpuNamesAreTheFirstWordOfIndentedLines() {
        String out = String.join("\n",
                "Available CPUs for this target:",
                "    native                  - Select the CPU of the current host (currently znver3).",
                "    x86-64",
                "    alderlake",
                "",
                "");
        assertEquals(List.of("alderlake", "native", "x86-64"), List.copyOf(RustcDataImport.parseCpus(out)));
    }

    @Test
    void featureNamesComeFromBothSections() {
        String out = String.join("\n",
                "Features supported by rustc for this target:",
                "    adx                             - Support ADX instructions.",
                "    crt-static                      - Enables C Run-time Libraries to be statically linked.",
                "",
                "Code-generation features supported by LLVM for this target:",
                "    64bit                           - Support 64-bit instructions.",
                "",
                "Use +feature to enable a feature, or -feature to disable it.",
                "For example, rustc -C target-cpu=mycpu -C target-feature=+feature1,-feature2",
                "");
        assertEquals(List.of("64bit", "adx", "crt-static"), List.copyOf(RustcDataImport.parseFeatures(out)));
    }
}
