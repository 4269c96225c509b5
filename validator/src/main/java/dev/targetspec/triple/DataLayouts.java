package dev.targetspec.triple;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The data layout that LLVM 22's target machine uses by default for a target triple and an ABI
 * name, derived the way LLVM derives it rather than looked up.
 *
 * <p>LLVM 22 computes the layout in {@code Triple::computeDataLayout}
 * ({@code llvm/lib/TargetParser/TargetDataLayout.cpp}, with the ARM ABI choice of
 * {@code ARM::computeTargetABI} in {@code ARMTargetParser.cpp} and the triple predicates of
 * {@code Triple.h}; Apache-2.0 WITH LLVM-exception); each backend's target machine passes it the
 * ABI name of its options ({@code MCOptions.ABIName}, which rustc fills from {@code llvm-abiname}),
 * except NVPTX, whose pointer option is a command-line flag. The Java is written for this project.
 *
 * <p>What the layout depends on, per architecture:
 * <ul>
 * <li>the object format (ELF, COFF, Mach-O, XCOFF, GOFF) for the symbol mangling {@code m:} on
 * x86, ARM, AArch64, PowerPC and SystemZ, and for the whole layout on AArch64 and RISC-V;</li>
 * <li>the ABI: ARM's APCS, AAPCS, AAPCS16 or an unknown name, chosen from the ABI name or the
 * triple; MIPS o32, n32 or n64; PowerPC64 ELFv1 or ELFv2; RISC-V {@code ilp32e}/{@code lp64e};</li>
 * <li>the environment: x32 and ILP32 pointers, MSVC's {@code long double}, IAMCU;</li>
 * <li>the OS: Windows, UEFI, Darwin, AIX, z/OS, Emscripten, Lv2, FreeBSD's version on PowerPC64;</li>
 * <li>the vendor, only for SPIR-V (AMD, Intel).</li>
 * </ul>
 */
public final class DataLayouts {

    private DataLayouts() {
    }

    /** Architectures LLVM parses but has no backend for, so no target machine and no layout. */
    private static final Set<String> NO_BACKEND = Set.of("unknown", "amdil", "amdil64", "hsail", "hsail64",
            "kalimba", "shave", "renderscript32", "renderscript64", "spir", "spir64", "tce", "tcele");

    private static final Set<String> BIG_ENDIAN = Set.of("armeb", "thumbeb", "aarch64_be", "bpfeb", "lanai",
            "m68k", "mips", "mips64", "powerpc", "powerpc64", "riscv32be", "riscv64be", "sparc", "sparcv9", "s390x");

    private static final Set<String> DARWIN = Set.of("darwin", "macosx", "ios", "tvos", "watchos", "driverkit",
            "xros", "bridgeos");

    private static final Set<String> MUSL = Set.of("musl", "muslabin32", "muslabi64", "musleabi", "musleabihf",
            "muslf32", "muslsf", "muslx32", "muslwali", "ohos");

    /** ARM sub-architectures of the M profile. */
    private static final Set<String> ARM_M_PROFILE = Set.of("v6m", "v7m", "v7em", "v8m.base", "v8m.main",
            "v8.1m.main");

    /** Environments for which LLVM picks the AAPCS-Linux ABI on ARM. */
    private static final Set<String> ARM_LINUX_ENVS = Set.of("android", "gnueabi", "gnueabit64", "gnueabihf",
            "gnueabihft64", "musleabi", "musleabihf", "ohos");

    /**
     * LLVM 22's default layout for {@code llvmTarget}, read as rustc's target machine reads it
     * (normalized first), with the ABI name {@code abiName} ({@code ""} for none).
     *
     * @return the layout, or empty when LLVM has no backend for the triple's architecture
     */
    public static Optional<String> defaultLayout(String llvmTarget, String abiName) {
        Objects.requireNonNull(llvmTarget, "llvmTarget");
        return defaultLayout(LlvmTriple.parse(LlvmTriple.normalize(llvmTarget)), abiName);
    }

    /**
     * LLVM 22's default layout for a parsed triple (taken as it is, not normalized) and the ABI
     * name {@code abiName} ({@code ""} for none).
     *
     * @return the layout, or empty when LLVM has no backend for the triple's architecture
     */
    public static Optional<String> defaultLayout(LlvmTriple triple, String abiName) {
        Objects.requireNonNull(triple, "triple");
        String abi = abiName == null ? "" : abiName;
        if (NO_BACKEND.contains(triple.arch())) {
            return Optional.empty();
        }
        return Optional.of(new Facts(triple).layout(abi));
    }

    /** The parts of a triple a layout depends on, with LLVM's predicates over them. */
    private record Facts(LlvmTriple t) {

        String arch() {
            return t.arch();
        }

        boolean big() {
            return BIG_ENDIAN.contains(t.arch());
        }

        String endian() {
            return big() ? "E" : "e";
        }

        boolean os(String name) {
            return t.os().equals(name);
        }

        boolean env(String name) {
            return t.environment().equals(name);
        }

        boolean format(String name) {
            return t.objectFormat().equals(name);
        }

        boolean windows() {
            return os("windows");
        }

        boolean darwin() {
            return DARWIN.contains(t.os());
        }

        boolean musl() {
            return MUSL.contains(t.environment()) || os("liteos");
        }

        /** The symbol mangling item, from the object format and, for COFF, the OS. */
        String mangling() {
            if (format("goff")) {
                return "-m:l";
            }
            if (format("macho")) {
                return "-m:o";
            }
            if ((windows() || os("uefi")) && format("coff")) {
                return arch().equals("i386") ? "-m:x" : "-m:w";
            }
            if (format("xcoff")) {
                return "-m:a";
            }
            return "-m:e";
        }

        String layout(String abi) {
            return switch (arch()) {
                case "i386", "x86_64" -> x86();
                case "arm", "armeb", "thumb", "thumbeb" -> arm(abi);
                case "aarch64", "aarch64_be", "aarch64_32" -> aarch64();
                case "mips", "mipsel", "mips64", "mips64el" -> mips(abi);
                case "powerpc", "powerpcle", "powerpc64", "powerpc64le" -> power(abi);
                case "riscv32", "riscv64", "riscv32be", "riscv64be" -> riscv(abi);
                case "sparc", "sparcel", "sparcv9" -> sparc();
                case "s390x" -> systemZ();
                case "wasm32", "wasm64" -> wasm();
                case "nvptx", "nvptx64" -> nvptx();
                case "spirv", "spirv32", "spirv64" -> spirv();
                case "r600" -> "e-m:e-p:32:32-i64:64" + AMD_VECTORS + "-n32:64-S32-A5-G1";
                case "amdgcn" -> "e-m:e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32"
                        + "-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64" + AMD_VECTORS
                        + "-n32:64-S32-A5-G1-ni:7:8:9";
                case "bpfel", "bpfeb" -> endian() + "-m:e-p:64:64-i64:64-i128:128-n32:64-S128";
                case "loongarch32" -> "e-m:e-p:32:32-i64:64-n32-S128";
                case "loongarch64" -> "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128";
                case "avr" -> "e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8:16-a:8";
                case "msp430" -> "e-m:e-p:16:16-i32:16-i64:16-f32:16-f64:16-a:8-n8:16-S16";
                case "m68k" -> "E-m:e-p:32:16:32-i8:8:8-i16:16:16-i32:16:32-n8:16:32-a:0:16-S16";
                case "csky" -> "e-m:e-S32-p:32:32-i32:32:32-i64:32:32-f32:32:32-f64:32:32-v64:32:32"
                        + "-v128:32:32-a:0:32-Fi32-n32";
                case "hexagon" -> "e-m:e-p:32:32:32-a:0-n16:32-i64:64:64-i32:32:32-i16:16:16-i1:8:8"
                        + "-f32:32:32-f64:64:64-v32:32:32-v64:64:64-v512:512:512-v1024:1024:1024-v2048:2048:2048";
                case "xtensa" -> "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32";
                case "xcore" -> "e-m:e-p:32:32-i1:8:32-i8:8:32-i16:16:32-i64:32-f64:32-a:0:32-n32";
                case "arc" -> "e-m:e-p:32:32-i1:8:32-i8:8:32-i16:16:32-i32:32:32-f32:32:32-i64:32-f64:32-a:0:32-n32";
                case "lanai" -> "E-m:e-p:32:32-i64:64-a:0:32-n32-S64";
                case "ve" -> "e-m:e-i64:64-n32:64-S128-v64:64:64-v128:64:64-v256:64:64-v512:64:64-v1024:64:64"
                        + "-v2048:64:64-v4096:64:64-v8192:64:64-v16384:64:64";
                case "dxil" -> "e-m:e-p:32:32-i1:32-i8:8-i16:16-i32:32-i64:64-f16:16-f32:32-f64:64-n8:16:32:64"
                        + "-v48:16:16-v96:32:32-v192:64:64";
                default -> throw new IllegalStateException("no layout for LLVM architecture " + arch());
            };
        }

        private static final String AMD_VECTORS = "-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256"
                + "-v512:512-v1024:1024-v2048:2048";

        private String x86() {
            boolean x64 = arch().equals("x86_64");
            boolean iamcu = os("elfiamcu");
            StringBuilder s = new StringBuilder("e").append(mangling());
            if (!x64 || env("gnux32") || env("muslx32")) {
                s.append("-p:32:32");
            }
            s.append("-p270:32:32-p271:32:32-p272:64:64");
            if (x64 || windows()) {
                s.append("-i64:64-i128:128");
            } else if (iamcu) {
                s.append("-i64:32-f64:32");
            } else {
                s.append("-i128:128-f64:32:64");
            }
            boolean msvc = windows() && (env("msvc") || env(LlvmTriple.UNKNOWN));
            if (iamcu) {
                s.append("-f128:32");
            } else {
                s.append(x64 || darwin() || msvc ? "-f80:128" : "-f80:32");
            }
            s.append(x64 ? "-n8:16:32:64" : "-n8:16:32");
            s.append((!x64 && windows()) || iamcu ? "-a:0:32-S32" : "-S128");
            return s.toString();
        }

        private enum ArmAbi { UNKNOWN, APCS, AAPCS, AAPCS16 }

        private ArmAbi armAbi(String abiName) {
            String name = abiName.isEmpty() ? armDefaultAbiName() : abiName;
            if (name.equals("aapcs16")) {
                return ArmAbi.AAPCS16;
            }
            if (name.startsWith("aapcs")) {
                return ArmAbi.AAPCS;
            }
            if (name.startsWith("apcs")) {
                return ArmAbi.APCS;
            }
            return ArmAbi.UNKNOWN;
        }

        private String armDefaultAbiName() {
            if (format("macho")) {
                if (env("eabi") || os(LlvmTriple.UNKNOWN) || ARM_M_PROFILE.contains(t.subArch())) {
                    return "aapcs";
                }
                return t.subArch().equals("v7k") ? "aapcs16" : "apcs-gnu";
            }
            if (windows()) {
                return "aapcs";
            }
            if (ARM_LINUX_ENVS.contains(t.environment())) {
                return "aapcs-linux";
            }
            if (env("eabi") || env("eabihf")) {
                return "aapcs";
            }
            if (os("netbsd")) {
                return "apcs-gnu";
            }
            if (os("freebsd") || os("openbsd") || os("haiku") || os("liteos")) {
                return "aapcs-linux";
            }
            return "aapcs";
        }

        private String arm(String abiName) {
            ArmAbi abi = armAbi(abiName);
            StringBuilder s = new StringBuilder(endian()).append(mangling()).append("-p:32:32-Fi8");
            switch (abi) {
                case APCS -> s.append("-f64:32:64-v64:32:64-v128:32:128");
                case AAPCS16 -> s.append("-i64:64");
                default -> s.append("-i64:64-v128:64:128");
            }
            s.append("-a:0:32-n32");
            s.append(switch (abi) {
                case AAPCS16 -> "-S128";
                case AAPCS -> "-S64";
                default -> "-S32";
            });
            return s.toString();
        }

        private static final String AARCH64_SPACES = "-p270:32:32-p271:32:32-p272:64:64";

        private String aarch64() {
            if (format("macho")) {
                return "e-m:o" + (arch().equals("aarch64_32") ? "-p:32:32" : "") + AARCH64_SPACES
                        + "-i64:64-i128:128-n32:64-S128-Fn32";
            }
            if (format("coff")) {
                return "e-m:w" + AARCH64_SPACES + "-p:64:64-i32:32-i64:64-i128:128-n32:64-S128-Fn32";
            }
            return endian() + "-m:e" + (env("gnu_ilp32") ? "-p:32:32" : "") + AARCH64_SPACES
                    + "-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";
        }

        private enum MipsAbi { O32, N32, N64 }

        private MipsAbi mipsAbi(String abiName) {
            if (abiName.startsWith("o32")) {
                return MipsAbi.O32;
            }
            if (abiName.startsWith("n32")) {
                return MipsAbi.N32;
            }
            if (abiName.startsWith("n64")) {
                return MipsAbi.N64;
            }
            if (env("gnuabin32") || env("muslabin32")) {
                return MipsAbi.N32;
            }
            return arch().startsWith("mips64") ? MipsAbi.N64 : MipsAbi.O32;
        }

        private String mips(String abiName) {
            MipsAbi abi = mipsAbi(abiName);
            return endian() + (abi == MipsAbi.O32 ? "-m:m" : "-m:e") + (abi == MipsAbi.N64 ? "" : "-p:32:32")
                    + "-i8:8:32-i16:16:32-i64:64" + (abi == MipsAbi.O32 ? "-n32-S64" : "-i128:128-n32:64-S128");
        }

        /** PowerPC64 big-endian targets that use ELFv2 without being told (LLVM's isPPC64ELFv2ABI). */
        private boolean ppc64ElfV2ByDefault() {
            if (!arch().equals("powerpc64")) {
                return false;
            }
            if (os("freebsd")) {
                long[] v = osVersion("freebsd");
                return v[0] >= 13 || (v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 0);
            }
            return os("openbsd") || musl();
        }

        private String power(String abiName) {
            boolean ppc64 = arch().startsWith("powerpc64");
            boolean aix = os("aix");
            StringBuilder s = new StringBuilder(endian()).append(mangling());
            if (!ppc64 || os("lv2")) {
                s.append("-p:32:32");
            }
            if (arch().equals("powerpc64") && !ppc64ElfV2ByDefault() && !abiName.equals("elfv2")) {
                s.append("-Fi64");
            } else if (aix) {
                s.append(ppc64 ? "-Fi64" : "-Fi32");
            } else {
                s.append("-Fn32");
            }
            s.append("-i64:64").append(ppc64 ? "-i128:128-n32:64" : "-n32");
            if (aix) {
                s.append("-f64:32:64");
            }
            if (ppc64 && (aix || os("linux"))) {
                s.append("-S128-v256:256:256-v512:512:512");
            }
            return s.toString();
        }

        private String riscv(String abiName) {
            if (format("macho")) {
                return "e-m:o-p:32:32-i64:64-n32-S128";
            }
            boolean rv64 = arch().startsWith("riscv64");
            String stack = switch (abiName) {
                case "ilp32e" -> "-S32";
                case "lp64e" -> "-S64";
                default -> "-S128";
            };
            return endian() + "-m:e" + (rv64 ? "-p:64:64-i64:64-i128:128-n32:64" : "-p:32:32-i64:64-n32") + stack;
        }

        private String sparc() {
            boolean v9 = arch().equals("sparcv9");
            return (arch().equals("sparcel") ? "e" : "E") + "-m:e" + (v9 ? "" : "-p:32:32") + "-i64:64-i128:128"
                    + (v9 ? "-n32:64-S128" : "-f128:64-n32-S64");
        }

        private String systemZ() {
            return "E" + mangling() + (os("zos") ? "-p1:32:32" : "")
                    + "-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64";
        }

        private String wasm() {
            return "e-m:e-p:" + (arch().equals("wasm64") ? "64:64" : "32:32") + "-p10:8:8-p20:8:8-i64:64-i128:128"
                    + (os("emscripten") ? "-f128:64" : "") + "-n32:64-S128-ni:1:10:20";
        }

        /** NVPTX's target machine ignores the ABI name; short pointers are a command-line flag. */
        private String nvptx() {
            return "e" + (arch().equals("nvptx") ? "-p:32:32-p6:32:32-p7:32:32" : "-p6:32:32")
                    + "-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64";
        }

        private static final String SPIRV_VECTORS = "-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256"
                + "-v512:512-v1024:1024";

        private String spirv() {
            if (arch().equals("spirv32")) {
                return "e-p:32:32-i64:64" + SPIRV_VECTORS + "-n8:16:32:64-G1";
            }
            if (arch().equals("spirv")) {
                return "e-i64:64" + SPIRV_VECTORS + "-n8:16:32:64-G10";
            }
            if (t.vendor().equals("amd") && os("amdhsa")) {
                return "e-i64:64" + SPIRV_VECTORS + "-n32:64-S32-G1-P4-A0";
            }
            if (t.vendor().equals("intel")) {
                return "e-i64:64" + SPIRV_VECTORS + "-n8:16:32:64-G1-P9-A0";
            }
            return "e-i64:64" + SPIRV_VECTORS + "-n8:16:32:64-G1";
        }

        /**
         * The OS version LLVM reads after the OS name ({@code 13.1} in {@code freebsd13.1}): up
         * to four numbers, all zero when the rest is not a well-formed version.
         */
        private long[] osVersion(String osTypeName) {
            String[] parts = t.text().split("-", 4);
            String name = parts.length > 2 ? parts[2] : "";
            String rest = name.startsWith(osTypeName) ? name.substring(osTypeName.length()) : name;
            long[] v = new long[4];
            String[] numbers = rest.split("\\.", -1);
            if (rest.isEmpty() || numbers.length > 4) {
                return new long[4];
            }
            for (int i = 0; i < numbers.length; i++) {
                if (!numbers[i].matches("[0-9]+")) {
                    return new long[4];
                }
                v[i] = numbers[i].length() > 9 ? Long.MAX_VALUE : Long.parseLong(numbers[i]);
            }
            return v;
        }
    }
}
