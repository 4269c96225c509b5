package dev.targetspec.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-picked cases; every expected value is what clang 22.1.8 prints for --target=T -print-target-triple. */
class LlvmTripleTest {

    private static final String[][] CLANG_22 = {
            {"arm-none-eabi", "arm-unknown-none-eabi"},
            {"x86_64-w64-mingw32", "x86_64-w64-windows-gnu"},
            {"i686-pc-cygwin", "i686-pc-windows-cygnus"},
            {"x86_64-pc-msys", "x86_64-pc-windows-cygnus"},
            {"x86_64-pc-win32", "x86_64-pc-windows-msvc"},
            {"x86_64-pc-win32-elf", "x86_64-pc-windows-elf"},
            {"i686-pc-cygwin-elf", "i686-pc-windows-cygnus-elf"},
            {"x86_64-w64-mingw32-macho", "x86_64-w64-windows-gnu-macho"},
            {"x86_64-windows-gnu-elf", "x86_64-unknown-windows-gnu"},
            {"x86_64-pc-windows-coff", "x86_64-pc-windows-msvc"},
            {"pc-x86_64", "x86_64-pc"},
            {"linux-x86_64", "x86_64-unknown-linux"},
            {"none-arm-eabi", "arm-unknown-none-eabi"},
            {"arm-none", "arm-none"},
            {"x86_64-gnu-linux", "x86_64-unknown-linux-gnu"},
            {"a--b", "a-unknown-b"},
            {"foo-bar-baz-qux-quux", "foo-bar-baz-qux-quux"},
            {"x86_64--linux-gnu", "x86_64-unknown-linux-gnu"},
            {"arm-linux-androideabi", "arm-unknown-linux-android"},
            {"arm-linux-androideabi21", "arm-unknown-linux-android21"},
            {"arm-suse-linux-gnueabi", "arm-suse-linux-gnueabihf"},
            {"dxil-unknown-shadermodel6.3-library", "dxilv1.3-unknown-shadermodel6.3-library"},
            {"dxil-shadermodel6.x", "dxilv1.9-unknown-shadermodel6.x"},
            {"dxil-shadermodel7.0-library", "dxilv1.0-unknown-shadermodel7.0-library"},
            {"dxil-unknown-shadermodel6.3-library-extra", "dxilv1.3-unknown-shadermodel6.3-library"},
            {"thumbv7em-none-eabihf", "thumbv7em-unknown-none-eabihf"},
            {"thumbv2-none-eabi", "thumbv2-none-unknown-eabi"},
            {"armv6m-none-eabi", "armv6m-unknown-none-eabi"},
            {"armebv7-linux", "armebv7-unknown-linux"},
            {"armv7eb-linux", "armv7eb-unknown-linux"},
            {"aarch64eb-linux", "aarch64eb-unknown-linux"},
            {"armfoo-none-eabi", "armfoo-none-unknown-eabi"},
            {"bpfx-linux", "bpfx-unknown-linux"},
            {"bpf_be-none", "bpf_be-none"},
            {"kalimba5-unknown-unknown", "kalimba5-unknown-unknown"},
            {"riscv64gc-unknown-none-elf", "riscv64gc-unknown-none-elf"},
            {"x86_64-apple-macosx11.0.0", "x86_64-apple-macosx11.0.0"},
            {"arm64-apple-ios-macabi", "arm64-apple-ios-macabi"},
            {"i386-pc-elfiamcu", "i386-pc-elfiamcu"},
            {"wasm32-wasip1", "wasm32-unknown-wasip1"},
            {"eabi-arm", "arm-unknown-unknown-eabi"},
            {"x86_64-elf", "x86_64-unknown-unknown-elf"},
            {"msvc-x86_64-windows", "x86_64-unknown-windows-msvc"},
            {"mips", "mips"},
            {"x86_64-meta-linux", "x86_64-meta-linux"},
            {"riscv64be-linux", "riscv64be-unknown-linux"},
            {"aarch64_lfi-linux", "aarch64_lfi-unknown-linux"},
            {"x86_64-linux-mlibc", "x86_64-unknown-linux-mlibc"},
            {"sparc64-sun-solaris", "sparc64-sun-solaris"},
            {"ppu-sony-lv2", "ppu-sony-lv2"},
            {"xscale-none-eabi", "xscale-unknown-none-eabi"},
            {"", "unknown"},
    };

    static Stream<Arguments> clang22() {
        return Arrays.stream(CLANG_22).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("clang22")
    void normalizesLikeClang22(String input, String expected) {
        assertEquals(expected, LlvmTriple.normalize(input));
    }

    @Test
    void normalizingTwiceChangesNothing() {
        for (String[] c : CLANG_22) {
            String once = LlvmTriple.normalize(c[0]);
            assertEquals(once, LlvmTriple.normalize(once), c[0]);
        }
    }

    @Test
    void parseReportsLlvmTypes() {
        LlvmTriple t = LlvmTriple.parse("thumbv7em-none-eabihf");
        assertEquals("thumb", t.arch());
        assertEquals("v7em", t.subArch());
        assertEquals("unknown", t.vendor());
        assertEquals("unknown", t.os());
        assertEquals("unknown", t.environment());
        assertEquals("elf", t.objectFormat());

        LlvmTriple w = LlvmTriple.parse("i686-pc-windows-msvc");
        assertEquals("i386", w.arch());
        assertEquals("pc", w.vendor());
        assertEquals("windows", w.os());
        assertEquals("msvc", w.environment());
        assertEquals("coff", w.objectFormat());

        LlvmTriple m = LlvmTriple.parse("arm64-apple-macosx11.0.0");
        assertEquals("aarch64", m.arch());
        assertEquals("macosx", m.os());
        assertEquals("macho", m.objectFormat());

        LlvmTriple x = LlvmTriple.parse("powerpc64-ibm-aix7.2");
        assertEquals("powerpc64", x.arch());
        assertEquals("xcoff", x.objectFormat());

        LlvmTriple e = LlvmTriple.parse("x86_64-pc-linux-gnu-elf");
        assertEquals("gnu", e.environment());
        assertEquals("elf", e.objectFormat());

        assertEquals("gnuabi64", LlvmTriple.parse("mips64el").environment());
        assertEquals("r6", LlvmTriple.parse("mipsisa64r6el-linux-gnuabi64").subArch());
        assertEquals("wasm", LlvmTriple.parse("wasm32-unknown-wasip1").objectFormat());
        assertEquals("unknown", LlvmTriple.parse("riscv64gc-unknown-none-elf").arch());
        assertEquals("v1.6", LlvmTriple.parse("spirv1.6-unknown-vulkan1.3-compute").subArch());
        assertEquals("v1.9", LlvmTriple.parse("dxilv1.9-unknown-shadermodel6.9-library").subArch());
        assertEquals("spirv", LlvmTriple.parse("spirv1.6-unknown-vulkan1.3-compute").objectFormat());
        assertEquals("dxcontainer", LlvmTriple.parse("dxilv1.9-unknown-shadermodel6.9-library").objectFormat());
        assertEquals("v8m.main", LlvmTriple.parse("thumbv8m.main-none-eabi").subArch());
        assertEquals("arm64e", LlvmTriple.parse("arm64e-apple-ios").subArch());
    }

    @Test
    void unsupportedShaderModelFallsBackInsteadOfAborting() {
        // LLVM 22 aborts here ("Unsupported Shader Model version"); see docs/triples.md.
        assertEquals("dxilv1.0-unknown-shadermodel6.10-library",
                LlvmTriple.normalize("dxil-shadermodel6.10-library"));
    }

    @Test
    void windowsSpellingsBecomeWindows() {
        assertEquals("x86_64-pc-windows-gnu", LlvmTriple.normalize("x86_64-pc-mingw64"));
        assertEquals("i686-unknown-windows-msvc", LlvmTriple.normalize("i686-win32"));
    }
}
