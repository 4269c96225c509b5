package dev.targetspec.triple;

import java.util.Map;

/** Plain-language meanings of common triple components, for {@link NameReport}. */
final class TermGlossary {

    private TermGlossary() {
    }

    private static final Map<String, String> VENDORS = Map.ofEntries(
            Map.entry("unknown", "no particular vendor"),
            Map.entry("pc", "generic PC vendor"),
            Map.entry("apple", "Apple"),
            Map.entry("none", "no vendor (bare metal)"),
            Map.entry("nvidia", "NVIDIA"),
            Map.entry("amd", "AMD"),
            Map.entry("ibm", "IBM"),
            Map.entry("sun", "Sun / Oracle"),
            Map.entry("wrs", "Wind River"),
            Map.entry("fortanix", "Fortanix"),
            Map.entry("uwp", "Universal Windows Platform"),
            Map.entry("win7", "Windows 7 compatible"),
            Map.entry("esp", "Espressif"),
            Map.entry("kmc", "KMC"),
            Map.entry("sony", "Sony"),
            Map.entry("nintendo", "Nintendo"),
            Map.entry("espressif", "Espressif"));

    private static final Map<String, String> SYSTEMS = Map.ofEntries(
            Map.entry("linux", "Linux kernel"),
            Map.entry("none", "no operating system (bare metal)"),
            Map.entry("windows", "Microsoft Windows"),
            Map.entry("darwin", "Apple Darwin (macOS)"),
            Map.entry("macosx", "Apple macOS"),
            Map.entry("ios", "Apple iOS"),
            Map.entry("tvos", "Apple tvOS"),
            Map.entry("watchos", "Apple watchOS"),
            Map.entry("xros", "Apple visionOS"),
            Map.entry("freebsd", "FreeBSD"),
            Map.entry("netbsd", "NetBSD"),
            Map.entry("openbsd", "OpenBSD"),
            Map.entry("dragonfly", "DragonFly BSD"),
            Map.entry("solaris", "Solaris / illumos"),
            Map.entry("fuchsia", "Fuchsia"),
            Map.entry("haiku", "Haiku"),
            Map.entry("hermit", "Hermit unikernel"),
            Map.entry("hurd", "GNU Hurd"),
            Map.entry("uefi", "UEFI firmware environment"),
            Map.entry("wasi", "WebAssembly System Interface"),
            Map.entry("wasip1", "WASI preview 1"),
            Map.entry("wasip2", "WASI preview 2"),
            Map.entry("wasip3", "WASI preview 3"),
            Map.entry("emscripten", "Emscripten"),
            Map.entry("cuda", "NVIDIA CUDA"),
            Map.entry("amdhsa", "AMD HSA runtime"),
            Map.entry("aix", "IBM AIX"),
            Map.entry("zos", "IBM z/OS"),
            Map.entry("rtems", "RTEMS real-time OS"),
            Map.entry("serenity", "SerenityOS"),
            Map.entry("liteos", "Huawei LiteOS"),
            Map.entry("managarm", "managarm"),
            Map.entry("vulkan", "Vulkan"));

    private static final Map<String, String> ENVIRONMENTS = Map.ofEntries(
            Map.entry("gnu", "GNU C library (glibc) ABI"),
            Map.entry("gnux32", "glibc, x32 ABI (32-bit pointers on x86_64)"),
            Map.entry("gnueabi", "glibc, ARM EABI, soft float"),
            Map.entry("gnueabihf", "glibc, ARM EABI, hard float"),
            Map.entry("gnuabi64", "glibc, MIPS n64 ABI"),
            Map.entry("gnuabin32", "glibc, MIPS n32 ABI"),
            Map.entry("gnu_ilp32", "glibc, ILP32 ABI"),
            Map.entry("musl", "musl C library"),
            Map.entry("musleabi", "musl, ARM EABI, soft float"),
            Map.entry("musleabihf", "musl, ARM EABI, hard float"),
            Map.entry("eabi", "ARM embedded ABI, soft float"),
            Map.entry("eabihf", "ARM embedded ABI, hard float"),
            Map.entry("msvc", "Microsoft Visual C++ ABI"),
            Map.entry("android", "Android (Bionic libc)"),
            Map.entry("ohos", "OpenHarmony"),
            Map.entry("simulator", "Apple simulator"),
            Map.entry("macabi", "Mac Catalyst"),
            Map.entry("cygnus", "Cygwin"),
            Map.entry("itanium", "Itanium C++ ABI on Windows"),
            Map.entry("elf", "ELF object files"),
            Map.entry("coff", "COFF object files"),
            Map.entry("macho", "Mach-O object files"));

    static String vendor(String text) {
        return VENDORS.get(text);
    }

    static String system(String type) {
        return SYSTEMS.get(type);
    }

    static String environment(String type) {
        return ENVIRONMENTS.get(type);
    }
}
