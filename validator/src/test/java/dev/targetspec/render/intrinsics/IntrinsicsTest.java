package dev.targetspec.render.intrinsics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.Specs;
import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntrinsicsTest {
    private static Set<String> names(Target t) {
        return Intrinsics.derive(t).symbols().stream().map(Intrinsic::name).collect(Collectors.toSet());
    }

    @Test
    void softFloatX86_64NeedsSoftwareFloatsButNo64BitDivision() {
        IntrinsicList list = Intrinsics.derive(Specs.x86_64UnknownNone());
        Set<String> n = names(Specs.x86_64UnknownNone());
        assertTrue(n.containsAll(List.of("__addsf3", "__muldf3", "__ltdf2", "__fixsfsi", "__floatundidf")), n::toString);
        assertTrue(n.containsAll(List.of("__udivti3", "__divti3", "__umodti3", "__modti3")));
        assertFalse(n.contains("__udivdi3"), "x86_64 divides 64-bit integers in hardware");
        assertTrue(n.stream().noneMatch(s -> s.startsWith("__aeabi")), "no ARM names off ARM");
        assertTrue(n.containsAll(List.of("memcpy", "memmove", "memset", "memcmp")));
        assertFalse(n.contains("bcmp"), "LLVM does not assume bcmp on a bare-metal target");
        assertTrue(list.notes().isEmpty(), "compiler_builtins turns `mem` on for -none names");
        assertEquals(Family.MEMORY, list.find("memcpy").orElseThrow().family());
        assertTrue(list.find("memcpy").orElseThrow().providedBy().contains("on by default"));
    }

    @Test
    void hostedLinuxHasHardwareFloatsAndBcmp() {
        Set<String> n = names(Specs.x86_64LinuxGnu());
        assertFalse(n.contains("__addsf3"));
        assertTrue(n.contains("bcmp"));
        assertTrue(n.contains("fmodf128"), "glibc x86 names the f128 remainder fmodf128");
        assertTrue(n.containsAll(List.of("__addtf3", "__fixdfti", "__floatuntisf", "__extendhfsf2")));
        IntrinsicList list = Intrinsics.derive(Specs.x86_64LinuxGnu());
        assertTrue(list.notes().get(0).contains("-Zbuild-std-features=compiler-builtins-mem"), list.notes()::toString);
        assertTrue(list.find("memcpy").orElseThrow().providedBy().contains("compiler-builtins-mem"));
    }

    @Test
    void thumbv6mUsesArmEabiNamesForEverything() {
        Set<String> n = names(Specs.thumbv6mNoneEabi());
        assertTrue(n.containsAll(List.of("__aeabi_uidiv", "__aeabi_idivmod", "__aeabi_uldivmod", "__aeabi_lmul",
                "__aeabi_llsl", "__aeabi_fadd", "__aeabi_dcmpun", "__aeabi_memcpy", "__aeabi_memclr8", "__clzsi2")));
        assertFalse(n.contains("memcpy"), "EABI targets call __aeabi_memcpy");
        assertTrue(n.contains("memcmp"), "there is no __aeabi_memcmp");
        assertFalse(n.contains("__udivsi3"));
        assertTrue(n.stream().noneMatch(s -> s.startsWith("__atomic_") || s.startsWith("__sync_")),
                "+atomics-32 without CAS: Rust exposes only loads and stores, which are native");
    }

    @Test
    void thumbv7emHardFloatIsSinglePrecisionOnly() {
        Set<String> n = names(Specs.thumbv7emNoneEabihf());
        assertFalse(n.contains("__aeabi_fadd"), "the FPv4-SP adds f32 in hardware");
        assertTrue(n.containsAll(List.of("__aeabi_dadd", "__aeabi_f2d", "__aeabi_d2f", "__aeabi_d2h")));
        assertFalse(n.contains("__aeabi_uidiv"), "ARMv7E-M divides in hardware");
        assertTrue(n.contains("__aeabi_uldivmod"));
    }

    @Test
    void riscvWithoutMMultipliesAndDividesInSoftware() {
        Set<String> n = names(Specs.riscv32iNoneElf());
        assertTrue(n.containsAll(List.of("__mulsi3", "__muldi3", "__udivsi3", "__modsi3", "__udivdi3")));
        assertFalse(n.contains("__udivti3"), "LLVM expands 128-bit division inline on riscv32");
        Set<String> gc = names(Specs.riscv64gcNoneElf());
        assertFalse(gc.contains("__mulsi3"));
        assertFalse(gc.contains("__adddf3"));
        assertTrue(gc.containsAll(List.of("__fixtfsi", "__fixunstfsi", "__fixtfdi")),
                "to_int_unchecked converts f128 to i32 directly");
        assertTrue(gc.containsAll(List.of("fminl", "fmaxl")), "no hardware f128 min/max");
        assertFalse(gc.contains("fminf"), "RISC-V F has fmin.s");
    }

    @Test
    void overflowChecksOfWideIntegers() {
        Set<String> wasm = names(Specs.target("wasm32-unknown-unknown", "\"arch\":\"wasm32\","
                + "\"llvm-target\":\"wasm32-unknown-unknown\",\"target-pointer-width\":32"));
        assertTrue(wasm.containsAll(List.of("__muloti4", "__multi3")), "wasm enables LLVM's 128-bit libcalls");
        Set<String> msp430 = names(Specs.target("msp430-none-elf", "\"arch\":\"msp430\","
                + "\"llvm-target\":\"msp430-none-elf\",\"target-pointer-width\":16,\"max-atomic-width\":0"));
        assertTrue(msp430.contains("__mulosi4"), "i32 checked_mul on a 16-bit machine");
        assertTrue(msp430.containsAll(List.of("__addtf3", "__fixtfsi", "fminl", "__mspabi_mpyf")),
                "f128 compiles for MSP430 and is all software");
        assertFalse(msp430.contains("__mspabi_fixfi"), "16-bit integers convert through the 32-bit helpers");
        assertFalse(names(Specs.x86_64LinuxGnu()).contains("__muloti4"), "x86_64 checks i128 overflow inline");
    }

    @Test
    void halfPrecisionToAndFrom128BitIntegers() {
        Set<String> linux = names(Specs.x86_64LinuxGnu());
        assertTrue(linux.containsAll(List.of("__fixhfti", "__fixunshfti", "__floattihf", "__floatuntihf")));
        assertTrue(linux.containsAll(List.of("fminf", "fmaxf", "fminf128", "fmaxf128")),
                "x86 computes f16 min/max with fminf, and glibc names the f128 ones *f128");
        assertFalse(linux.contains("fmin"), "SSE2 does f64 min/max inline");
        Set<String> windows = names(Specs.x86_64WindowsMsvc());
        assertFalse(windows.contains("__fixhfti"), "Windows x64 converts f16 to i128 through f32");
        Set<String> arm64 = names(Specs.aarch64UnknownNone());
        assertTrue(arm64.contains("__fixhfti"), "f16 is a legal type with FP");
        assertFalse(arm64.contains("__floattihf"), "without FEAT_FP16, i128 -> f16 goes through f32");
    }

    @Test
    void fencesOnPreV6ArmWithoutAtomicWidths() {
        Set<String> n = names(Specs.target("armv5te-none-eabi", "\"arch\":\"arm\","
                + "\"llvm-target\":\"armv5te-none-eabi\",\"max-atomic-width\":0,\"atomic-cas\":false,"
                + "\"target-pointer-width\":32"));
        assertTrue(n.contains("__sync_synchronize"), "ARMv5 has no barrier instruction");
        assertTrue(n.contains("__aeabi_memclr4"));
        Set<String> v7 = names(Specs.target("armv7a-none-eabi", "\"arch\":\"arm\","
                + "\"llvm-target\":\"armv7a-none-eabi\",\"max-atomic-width\":64,\"target-pointer-width\":32"));
        assertFalse(v7.contains("__sync_synchronize"));
        assertFalse(v7.contains("__aeabi_memclr4"), "v7-A zeroes aligned blocks with __aeabi_memclr/memclr8");
        assertTrue(v7.contains("__aeabi_memclr8"));
    }

    @Test
    void outlineAtomicsListEveryHelperAndOrdering() {
        Set<String> n = names(Specs.aarch64LinuxGnu());
        assertTrue(n.containsAll(List.of("__aarch64_cas16_acq_rel", "__aarch64_ldadd8_relax", "__aarch64_swp1_acq",
                "__aarch64_ldset4_rel")));
        assertFalse(n.contains("__aarch64_ldadd16_relax"), "there is no 16-byte ldadd helper");
        assertTrue(names(Specs.aarch64UnknownNone()).stream().noneMatch(s -> s.startsWith("__aarch64_")));
    }

    @Test
    void objectFormatPrefixes() {
        Set<String> coff32 = names(Specs.i686WindowsMsvc());
        assertTrue(coff32.containsAll(List.of("__aulldiv", "__alldiv", "__chkstk",
                "__fltused", "_memcpy")), coff32::toString);
        assertFalse(coff32.contains("___udivdi3"), "MSVC x86 divides through _aulldiv");
        Set<String> macho = names(Specs.x86_64AppleDarwin());
        assertTrue(macho.containsAll(List.of("_memcpy", "___udivti3", "___bzero", "_fmod")), macho::toString);
        assertTrue(macho.stream().allMatch(s -> s.startsWith("_")));
        Set<String> coff64 = names(Specs.x86_64WindowsMsvc());
        assertTrue(coff64.containsAll(List.of("memcpy", "__chkstk", "_fltused", "__udivti3")));
    }

    @Test
    void uefiCallsTheVersionMangledProbestack() {
        IntrinsicList list = Intrinsics.derive(Specs.x86_64Uefi());
        Intrinsic probe = list.symbols().stream().filter(s -> s.family() == Family.STACK_PROBE).findFirst()
                .orElseThrow();
        assertTrue(probe.name().contains("__rust_probestack") && probe.name().startsWith("_RNv"), probe::name);
        assertTrue(list.notes().stream().anyMatch(s -> s.contains("version-mangled")));
        assertTrue(names(Specs.x86_64LinuxGnu()).stream().noneMatch(s -> s.contains("probestack")),
                "inline probes need no routine");
    }

    @Test
    void aCustomNameWithoutNoneGetsTheMemFeatureNote() {
        Target custom = Specs.target("x86_64-blog_os", "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-unknown-none\","
                + "\"features\":\"-mmx,-sse,+soft-float\",\"rustc-abi\":\"softfloat\",\"target-pointer-width\":64");
        IntrinsicList list = Intrinsics.derive(custom);
        assertEquals(1, list.notes().size());
        assertTrue(list.notes().get(0).contains("-Zbuild-std-features=compiler-builtins-mem"));
    }

    @Test
    void listIsSortedByFamilyThenNameAndHasNoDuplicates() {
        List<Intrinsic> s = Intrinsics.derive(Specs.thumbv6mNoneEabi()).symbols();
        assertEquals(s.size(), s.stream().map(Intrinsic::name).distinct().count());
        for (int i = 1; i < s.size(); i++) {
            Intrinsic a = s.get(i - 1);
            Intrinsic b = s.get(i);
            assertTrue(a.family().ordinal() < b.family().ordinal()
                    || a.family() == b.family() && a.name().compareTo(b.name()) < 0, a + " before " + b);
        }
    }
}
