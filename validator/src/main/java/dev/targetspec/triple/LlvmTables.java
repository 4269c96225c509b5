package dev.targetspec.triple;

import java.util.List;
import java.util.Map;

/**
 * The component tables of LLVM 22's target-triple parser.
 *
 * <p>Facts (names, aliases, matching order) are taken from LLVM's
 * {@code llvm/lib/TargetParser/Triple.cpp} and
 * {@code llvm/lib/TargetParser/ARMTargetParserCommon.cpp} (Apache-2.0 WITH
 * LLVM-exception), as shipped in LLVM 22.1; the Java is written for this project.
 * Every lookup returns LLVM's canonical type name ({@code "i386"} for the x86
 * family, {@code "powerpc64"} for ppc64, ...) or {@code null} when the
 * component is not recognised.
 */
final class LlvmTables {

    private LlvmTables() {
    }

    /** Exact architecture spellings and the type they name. */
    private static final Map<String, String> ARCH_EXACT = Map.ofEntries(
            Map.entry("i386", "i386"), Map.entry("i486", "i386"), Map.entry("i586", "i386"),
            Map.entry("i686", "i386"), Map.entry("i786", "i386"), Map.entry("i886", "i386"),
            Map.entry("i986", "i386"),
            Map.entry("amd64", "x86_64"), Map.entry("x86_64", "x86_64"), Map.entry("x86_64h", "x86_64"),
            Map.entry("powerpc", "powerpc"), Map.entry("powerpcspe", "powerpc"), Map.entry("ppc", "powerpc"),
            Map.entry("ppc32", "powerpc"),
            Map.entry("powerpcle", "powerpcle"), Map.entry("ppcle", "powerpcle"), Map.entry("ppc32le", "powerpcle"),
            Map.entry("powerpc64", "powerpc64"), Map.entry("ppu", "powerpc64"), Map.entry("ppc64", "powerpc64"),
            Map.entry("powerpc64le", "powerpc64le"), Map.entry("ppc64le", "powerpc64le"),
            Map.entry("xscale", "arm"), Map.entry("xscaleeb", "armeb"),
            Map.entry("aarch64", "aarch64"), Map.entry("aarch64_be", "aarch64_be"),
            Map.entry("aarch64_32", "aarch64_32"), Map.entry("aarch64_lfi", "aarch64"),
            Map.entry("arc", "arc"),
            Map.entry("arm64", "aarch64"), Map.entry("arm64_32", "aarch64_32"), Map.entry("arm64e", "aarch64"),
            Map.entry("arm64ec", "aarch64"),
            Map.entry("arm", "arm"), Map.entry("armeb", "armeb"), Map.entry("thumb", "thumb"),
            Map.entry("thumbeb", "thumbeb"),
            Map.entry("avr", "avr"), Map.entry("m68k", "m68k"), Map.entry("msp430", "msp430"),
            Map.entry("mips", "mips"), Map.entry("mipseb", "mips"), Map.entry("mipsallegrex", "mips"),
            Map.entry("mipsisa32r6", "mips"), Map.entry("mipsr6", "mips"),
            Map.entry("mipsel", "mipsel"), Map.entry("mipsallegrexel", "mipsel"),
            Map.entry("mipsisa32r6el", "mipsel"), Map.entry("mipsr6el", "mipsel"),
            Map.entry("mips64", "mips64"), Map.entry("mips64eb", "mips64"), Map.entry("mipsn32", "mips64"),
            Map.entry("mipsisa64r6", "mips64"), Map.entry("mips64r6", "mips64"), Map.entry("mipsn32r6", "mips64"),
            Map.entry("mips64el", "mips64el"), Map.entry("mipsn32el", "mips64el"),
            Map.entry("mipsisa64r6el", "mips64el"), Map.entry("mips64r6el", "mips64el"),
            Map.entry("mipsn32r6el", "mips64el"),
            Map.entry("r600", "r600"), Map.entry("amdgcn", "amdgcn"),
            Map.entry("riscv32", "riscv32"), Map.entry("riscv64", "riscv64"),
            Map.entry("riscv32be", "riscv32be"), Map.entry("riscv64be", "riscv64be"),
            Map.entry("hexagon", "hexagon"), Map.entry("s390x", "s390x"), Map.entry("systemz", "s390x"),
            Map.entry("sparc", "sparc"), Map.entry("sparcel", "sparcel"), Map.entry("sparcv9", "sparcv9"),
            Map.entry("sparc64", "sparcv9"),
            Map.entry("tce", "tce"), Map.entry("tcele", "tcele"), Map.entry("xcore", "xcore"),
            Map.entry("nvptx", "nvptx"), Map.entry("nvptx64", "nvptx64"),
            Map.entry("amdil", "amdil"), Map.entry("amdil64", "amdil64"),
            Map.entry("hsail", "hsail"), Map.entry("hsail64", "hsail64"),
            Map.entry("spir", "spir"), Map.entry("spir64", "spir64"),
            Map.entry("spirv", "spirv"), Map.entry("spirv1.5", "spirv"), Map.entry("spirv1.6", "spirv"),
            Map.entry("spirv32", "spirv32"), Map.entry("spirv32v1.0", "spirv32"), Map.entry("spirv32v1.1", "spirv32"),
            Map.entry("spirv32v1.2", "spirv32"), Map.entry("spirv32v1.3", "spirv32"), Map.entry("spirv32v1.4", "spirv32"),
            Map.entry("spirv32v1.5", "spirv32"), Map.entry("spirv32v1.6", "spirv32"),
            Map.entry("spirv64", "spirv64"), Map.entry("spirv64v1.0", "spirv64"), Map.entry("spirv64v1.1", "spirv64"),
            Map.entry("spirv64v1.2", "spirv64"), Map.entry("spirv64v1.3", "spirv64"), Map.entry("spirv64v1.4", "spirv64"),
            Map.entry("spirv64v1.5", "spirv64"), Map.entry("spirv64v1.6", "spirv64"),
            Map.entry("lanai", "lanai"), Map.entry("renderscript32", "renderscript32"),
            Map.entry("renderscript64", "renderscript64"), Map.entry("shave", "shave"), Map.entry("ve", "ve"),
            Map.entry("wasm32", "wasm32"), Map.entry("wasm64", "wasm64"), Map.entry("csky", "csky"),
            Map.entry("loongarch32", "loongarch32"), Map.entry("loongarch64", "loongarch64"),
            Map.entry("dxil", "dxil"), Map.entry("dxilv1.0", "dxil"), Map.entry("dxilv1.1", "dxil"),
            Map.entry("dxilv1.2", "dxil"), Map.entry("dxilv1.3", "dxil"), Map.entry("dxilv1.4", "dxil"),
            Map.entry("dxilv1.5", "dxil"), Map.entry("dxilv1.6", "dxil"), Map.entry("dxilv1.7", "dxil"),
            Map.entry("dxilv1.8", "dxil"), Map.entry("dxilv1.9", "dxil"),
            Map.entry("xtensa", "xtensa"));

    /** Every architecture type name (as {@code Triple::getArchTypeName} spells it) that a triple can name. */
    static java.util.SortedSet<String> archTypes() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(ARCH_EXACT.values());
        all.addAll(List.of("kalimba", "bpfel", "bpfeb"));
        return all;
    }

    /** The LLVM architecture type for a first component, or null. */
    static String arch(String name) {
        String exact = ARCH_EXACT.get(name);
        if (exact != null) {
            return exact;
        }
        if (name.startsWith("kalimba")) {
            return "kalimba";
        }
        if (name.startsWith("arm") || name.startsWith("thumb") || name.startsWith("aarch64")) {
            return armArch(name);
        }
        if (name.startsWith("bpf")) {
            return bpfArch(name);
        }
        return null;
    }

    private static String bpfArch(String name) {
        switch (name) {
            case "bpf":
            case "bpf_le":
            case "bpfel":
                // A plain "bpf" follows the host byte order; every host LLVM
                // is measured on here is little-endian.
                return "bpfel";
            case "bpf_be":
            case "bpfeb":
                return "bpfeb";
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- ARM family

    private enum Isa { ARM, THUMB, AARCH64, INVALID }

    private static Isa armIsa(String a) {
        if (a.startsWith("aarch64") || a.startsWith("arm64")) {
            return Isa.AARCH64;
        }
        if (a.startsWith("thumb")) {
            return Isa.THUMB;
        }
        if (a.startsWith("arm")) {
            return Isa.ARM;
        }
        return Isa.INVALID;
    }

    /** True for big endian, false for little, null when no endianness can be read. */
    private static Boolean armBigEndian(String a) {
        if (a.startsWith("armeb") || a.startsWith("thumbeb") || a.startsWith("aarch64_be")) {
            return Boolean.TRUE;
        }
        if (a.startsWith("arm") || a.startsWith("thumb")) {
            return a.endsWith("eb");
        }
        if (a.startsWith("aarch64")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * LLVM's "canonical ARM arch name": the part after the arm/thumb/aarch64
     * prefix and the endianness marker ("v7a" for "armebv7a"), the whole name
     * when nothing follows the prefix, or "" when the name is malformed.
     */
    static String armCanonical(String arch) {
        int offset = -1;
        String a = arch;
        if (a.startsWith("arm64_32")) {
            offset = 8;
        } else if (a.startsWith("arm64e")) {
            offset = 6;
        } else if (a.startsWith("arm64")) {
            offset = 5;
        } else if (a.startsWith("aarch64_32")) {
            offset = 10;
        } else if (a.startsWith("arm")) {
            offset = 3;
        } else if (a.startsWith("thumb")) {
            offset = 5;
        } else if (a.startsWith("aarch64")) {
            offset = 7;
            if (a.contains("eb")) {
                return "";
            }
            if (a.startsWith("_be", offset)) {
                offset += 3;
            }
        }
        if (offset >= 0 && a.startsWith("eb", offset)) {
            offset += 2;
        } else if (a.endsWith("eb")) {
            a = a.substring(0, a.length() - 2);
        }
        if (offset >= 0) {
            a = offset >= a.length() ? "" : a.substring(offset);
        }
        if (a.isEmpty()) {
            return arch;
        }
        if (offset >= 0) {
            if (a.length() >= 2 && (a.charAt(0) != 'v' || !Character.isDigit(a.charAt(1)))) {
                return "";
            }
            if (a.contains("eb")) {
                return "";
            }
        }
        return a;
    }

    private static final Map<String, String> ARM_SYNONYMS = Map.ofEntries(
            Map.entry("v5", "v5t"), Map.entry("v5e", "v5te"), Map.entry("v6j", "v6"), Map.entry("v6hl", "v6k"),
            Map.entry("v6m", "v6-m"), Map.entry("v6sm", "v6-m"), Map.entry("v6s-m", "v6-m"),
            Map.entry("v6z", "v6kz"), Map.entry("v6zk", "v6kz"),
            Map.entry("v7", "v7-a"), Map.entry("v7a", "v7-a"), Map.entry("v7hl", "v7-a"), Map.entry("v7l", "v7-a"),
            Map.entry("v7r", "v7-r"), Map.entry("v7m", "v7-m"), Map.entry("v7em", "v7e-m"),
            Map.entry("v8", "v8-a"), Map.entry("v8a", "v8-a"), Map.entry("v8l", "v8-a"),
            Map.entry("aarch64", "v8-a"), Map.entry("arm64", "v8-a"),
            Map.entry("v8.1a", "v8.1-a"), Map.entry("v8.2a", "v8.2-a"), Map.entry("v8.3a", "v8.3-a"),
            Map.entry("v8.4a", "v8.4-a"), Map.entry("v8.5a", "v8.5-a"), Map.entry("v8.6a", "v8.6-a"),
            Map.entry("v8.7a", "v8.7-a"), Map.entry("v8.8a", "v8.8-a"), Map.entry("v8.9a", "v8.9-a"),
            Map.entry("v8r", "v8-r"), Map.entry("v9", "v9-a"), Map.entry("v9a", "v9-a"),
            Map.entry("v9.1a", "v9.1-a"), Map.entry("v9.2a", "v9.2-a"), Map.entry("v9.3a", "v9.3-a"),
            Map.entry("v9.4a", "v9.4-a"), Map.entry("v9.5a", "v9.5-a"), Map.entry("v9.6a", "v9.6-a"),
            Map.entry("v9.7a", "v9.7-a"),
            Map.entry("v8m.base", "v8-m.base"), Map.entry("v8m.main", "v8-m.main"),
            Map.entry("v8.1m.main", "v8.1-m.main"));

    /** An entry of LLVM's ARM architecture table and the sub-architecture it implies. */
    private record ArmArch(String name, String subArch) {
    }

    /** ARM architecture names in LLVM's table order, each with LLVM's sub-architecture label. */
    private static final List<ArmArch> ARM_ARCHS = List.of(
            new ArmArch("armv2", ""), new ArmArch("armv2a", ""), new ArmArch("armv3", ""),
            new ArmArch("armv3m", ""), new ArmArch("armv4", ""), new ArmArch("armv4t", "v4t"),
            new ArmArch("armv5t", "v5"), new ArmArch("armv5te", "v5te"), new ArmArch("armv5tej", "v5te"),
            new ArmArch("armv6", "v6"), new ArmArch("armv6k", "v6k"), new ArmArch("armv6t2", "v6t2"),
            new ArmArch("armv6kz", "v6k"), new ArmArch("armv6-m", "v6m"), new ArmArch("armv7-a", "v7"),
            new ArmArch("armv7ve", "v7ve"), new ArmArch("armv7-r", "v7"), new ArmArch("armv7-m", "v7m"),
            new ArmArch("armv7e-m", "v7em"), new ArmArch("armv8-a", "v8"), new ArmArch("armv8.1-a", "v8.1a"),
            new ArmArch("armv8.2-a", "v8.2a"), new ArmArch("armv8.3-a", "v8.3a"),
            new ArmArch("armv8.4-a", "v8.4a"), new ArmArch("armv8.5-a", "v8.5a"),
            new ArmArch("armv8.6-a", "v8.6a"), new ArmArch("armv8.7-a", "v8.7a"),
            new ArmArch("armv8.8-a", "v8.8a"), new ArmArch("armv8.9-a", "v8.9a"),
            new ArmArch("armv9-a", "v9"), new ArmArch("armv9.1-a", "v9.1a"), new ArmArch("armv9.2-a", "v9.2a"),
            new ArmArch("armv9.3-a", "v9.3a"), new ArmArch("armv9.4-a", "v9.4a"),
            new ArmArch("armv9.5-a", "v9.5a"), new ArmArch("armv9.6-a", "v9.6a"),
            new ArmArch("armv9.7-a", "v9.7a"), new ArmArch("armv8-r", "v8r"),
            new ArmArch("armv8-m.base", "v8m.base"), new ArmArch("armv8-m.main", "v8m.main"),
            new ArmArch("armv8.1-m.main", "v8.1m.main"), new ArmArch("iwmmxt", "v5te"),
            new ArmArch("iwmmxt2", "v5te"), new ArmArch("xscale", "v5te"), new ArmArch("armv7s", "v7s"),
            new ArmArch("armv7k", "v7k"));

    /** The ARM architecture-table entry a name denotes, or null. */
    private static ArmArch armTableEntry(String name) {
        String canonical = armCanonical(name);
        String synonym = ARM_SYNONYMS.getOrDefault(canonical, canonical);
        for (ArmArch entry : ARM_ARCHS) {
            if (entry.name().endsWith(synonym)) {
                return entry;
            }
        }
        return null;
    }

    private static String armArch(String name) {
        Isa isa = armIsa(name);
        Boolean big = armBigEndian(name);
        String arch = null;
        if (big != null && isa != Isa.INVALID) {
            arch = switch (isa) {
                case ARM -> big ? "armeb" : "arm";
                case THUMB -> big ? "thumbeb" : "thumb";
                case AARCH64 -> big ? "aarch64_be" : "aarch64";
                default -> null;
            };
        }
        String canonical = armCanonical(name);
        if (canonical.isEmpty()) {
            return null;
        }
        if (isa == Isa.THUMB && (canonical.startsWith("v2") || canonical.startsWith("v3"))) {
            return null;
        }
        ArmArch entry = armTableEntry(canonical);
        if (entry != null && entry.name().equals("armv6-m")) {
            return Boolean.TRUE.equals(big) ? "thumbeb" : "thumb";
        }
        return arch;
    }

    /** LLVM's sub-architecture of a first component, or "" when there is none. */
    static String subArch(String name) {
        if (name.startsWith("mips") && name.endsWith("r6") || name.startsWith("mips") && name.endsWith("r6el")) {
            return "r6";
        }
        if (name.equals("powerpcspe")) {
            return "spe";
        }
        if (name.equals("arm64e") || name.equals("arm64ec")) {
            return name;
        }
        if (name.equals("aarch64_lfi")) {
            return "lfi";
        }
        if (name.startsWith("spirv") || name.startsWith("dxil")) {
            // SPIR-V knows versions 1.0-1.6, DXIL 1.0-1.9, written as a "v1.N" suffix.
            int newest = name.startsWith("spirv") ? 6 : 9;
            for (int minor = 0; minor <= newest; minor++) {
                if (name.endsWith("v1." + minor)) {
                    return "v1." + minor;
                }
            }
            return "";
        }
        String canonical = armCanonical(name);
        if (canonical.isEmpty()) {
            for (String k : new String[] {"kalimba3", "kalimba4", "kalimba5"}) {
                if (name.endsWith(k)) {
                    return "v" + k.charAt(k.length() - 1);
                }
            }
            return "";
        }
        ArmArch entry = armTableEntry(canonical);
        return entry == null ? "" : entry.subArch();
    }

    // ---------------------------------------------------------------- vendor, OS, environment, format

    private static final Map<String, String> VENDORS = Map.ofEntries(
            Map.entry("apple", "apple"), Map.entry("pc", "pc"), Map.entry("scei", "scei"), Map.entry("sie", "scei"),
            Map.entry("fsl", "fsl"), Map.entry("ibm", "ibm"), Map.entry("img", "img"), Map.entry("mti", "mti"),
            Map.entry("nvidia", "nvidia"), Map.entry("csr", "csr"), Map.entry("amd", "amd"),
            Map.entry("mesa", "mesa"), Map.entry("suse", "suse"), Map.entry("oe", "oe"),
            Map.entry("intel", "intel"), Map.entry("meta", "meta"));

    static String vendor(String name) {
        return VENDORS.get(name);
    }

    /** OS prefixes in matching order: {prefix, canonical type name}. */
    private static final String[][] OS_PREFIXES = {
        {"darwin", "darwin"}, {"dragonfly", "dragonfly"}, {"freebsd", "freebsd"}, {"fuchsia", "fuchsia"},
        {"ios", "ios"}, {"kfreebsd", "kfreebsd"}, {"linux", "linux"}, {"lv2", "lv2"}, {"macos", "macosx"},
        {"managarm", "managarm"}, {"netbsd", "netbsd"}, {"openbsd", "openbsd"}, {"solaris", "solaris"},
        {"uefi", "uefi"}, {"win32", "windows"}, {"windows", "windows"}, {"zos", "zos"}, {"haiku", "haiku"},
        {"rtems", "rtems"}, {"aix", "aix"}, {"cuda", "cuda"}, {"nvcl", "nvcl"}, {"amdhsa", "amdhsa"},
        {"ps4", "ps4"}, {"ps5", "ps5"}, {"elfiamcu", "elfiamcu"}, {"tvos", "tvos"}, {"watchos", "watchos"},
        {"bridgeos", "bridgeos"}, {"driverkit", "driverkit"}, {"xros", "xros"}, {"visionos", "xros"},
        {"mesa3d", "mesa3d"}, {"amdpal", "amdpal"}, {"hermit", "hermit"}, {"hurd", "hurd"},
        {"wasip1", "wasip1"}, {"wasip2", "wasip2"}, {"wasip3", "wasip3"}, {"wasi", "wasi"},
        {"emscripten", "emscripten"}, {"shadermodel", "shadermodel"}, {"liteos", "liteos"},
        {"serenity", "serenity"}, {"vulkan", "vulkan"}, {"cheriotrtos", "cheriotrtos"},
    };

    static String os(String name) {
        return prefixLookup(OS_PREFIXES, name);
    }

    /** Environment prefixes in matching order: longer spellings before their prefixes. */
    private static final String[][] ENV_PREFIXES = {
        {"eabihf", "eabihf"}, {"eabi", "eabi"}, {"gnuabin32", "gnuabin32"}, {"gnuabi64", "gnuabi64"},
        {"gnueabihft64", "gnueabihft64"}, {"gnueabihf", "gnueabihf"}, {"gnueabit64", "gnueabit64"},
        {"gnueabi", "gnueabi"}, {"gnuf32", "gnuf32"}, {"gnuf64", "gnuf64"}, {"gnusf", "gnusf"},
        {"gnux32", "gnux32"}, {"gnu_ilp32", "gnu_ilp32"}, {"code16", "code16"}, {"gnut64", "gnut64"},
        {"gnu", "gnu"}, {"android", "android"}, {"muslabin32", "muslabin32"}, {"muslabi64", "muslabi64"},
        {"musleabihf", "musleabihf"}, {"musleabi", "musleabi"}, {"muslf32", "muslf32"}, {"muslsf", "muslsf"},
        {"muslx32", "muslx32"}, {"muslwali", "muslwali"}, {"musl", "musl"}, {"msvc", "msvc"},
        {"itanium", "itanium"}, {"cygnus", "cygnus"}, {"coreclr", "coreclr"}, {"simulator", "simulator"},
        {"macabi", "macabi"}, {"pixel", "pixel"}, {"vertex", "vertex"}, {"geometry", "geometry"},
        {"hull", "hull"}, {"domain", "domain"}, {"compute", "compute"}, {"library", "library"},
        {"raygeneration", "raygeneration"}, {"intersection", "intersection"}, {"anyhit", "anyhit"},
        {"closesthit", "closesthit"}, {"miss", "miss"}, {"callable", "callable"}, {"mesh", "mesh"},
        {"amplification", "amplification"}, {"rootsignature", "rootsignature"}, {"opencl", "opencl"},
        {"ohos", "ohos"}, {"pauthtest", "pauthtest"}, {"mtia", "mtia"}, {"llvm", "llvm"}, {"mlibc", "mlibc"},
    };

    static String environment(String name) {
        return prefixLookup(ENV_PREFIXES, name);
    }

    /** Object-format suffixes in matching order ("xcoff" before "coff"). */
    private static final String[][] FORMAT_SUFFIXES = {
        {"xcoff", "xcoff"}, {"coff", "coff"}, {"elf", "elf"}, {"goff", "goff"}, {"macho", "macho"},
        {"wasm", "wasm"}, {"spirv", "spirv"},
    };

    static String objectFormat(String name) {
        for (String[] s : FORMAT_SUFFIXES) {
            if (name.endsWith(s[0])) {
                return s[1];
            }
        }
        return null;
    }

    private static String prefixLookup(String[][] table, String name) {
        for (String[] p : table) {
            if (name.startsWith(p[0])) {
                return p[1];
            }
        }
        return null;
    }

    /** The object format LLVM assumes when the triple names none. */
    static String defaultFormat(String arch, String os) {
        boolean darwin = os != null && switch (os) {
            case "darwin", "macosx", "ios", "tvos", "watchos", "xros", "driverkit", "bridgeos" -> true;
            default -> false;
        };
        if (arch == null) {
            arch = "unknown";
        }
        switch (arch) {
            case "unknown", "aarch64", "aarch64_32", "arm", "thumb", "i386", "x86_64":
                if ("windows".equals(os) || "uefi".equals(os)) {
                    return "coff";
                }
                return darwin ? "macho" : "elf";
            case "mipsel":
                return "windows".equals(os) ? "coff" : "elf";
            case "powerpc64", "powerpc":
                if ("aix".equals(os)) {
                    return "xcoff";
                }
                return darwin ? "macho" : "elf";
            case "s390x":
                return "zos".equals(os) ? "goff" : "elf";
            case "wasm32", "wasm64":
                return "wasm";
            case "spirv", "spirv32", "spirv64":
                return "spirv";
            case "dxil":
                return "dxcontainer";
            default:
                return "elf";
        }
    }
}
