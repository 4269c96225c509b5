package dev.targetspec.triple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rustc target name split into the slots people read from it. rustc names are registry keys,
 * not LLVM triples: the vendor may be left out ({@code thumbv7em-none-eabihf}), the environment
 * may be implied ({@code x86_64-unknown-redox}), and some slots use other spellings than the spec
 * ({@code darwin} for OS {@code macos}). The vocabularies below are the values that rustc 1.95's
 * built-in specs use (source: {@code rustc -Z unstable-options --print target-spec-json}).
 */
public record TargetName(String name, String arch, Optional<String> vendor, Optional<String> os,
        Optional<String> env) {

    /** Vendors of rustc 1.95's built-in specs. */
    public static final Set<String> VENDORS = Set.of("amd", "apple", "espressif", "fortanix", "ibm", "kmc",
            "mti", "nintendo", "nvidia", "openwrt", "pc", "risc0", "sony", "sun", "unikraft", "unknown", "uwp",
            "vex", "win7", "wrs");

    /** The `arch` values of rustc 1.95's built-in specs. */
    public static final Set<String> RUSTC_ARCHES = Set.of("aarch64", "amdgpu", "arm", "arm64ec", "avr", "bpf", "csky",
            "hexagon", "loongarch32", "loongarch64", "m68k", "mips", "mips32r6", "mips64", "mips64r6", "msp430",
            "nvptx64", "powerpc", "powerpc64", "riscv32", "riscv64", "s390x", "sparc", "sparc64", "wasm32", "wasm64",
            "x86", "x86_64", "xtensa");

    /** Operating systems of rustc 1.95's built-in specs. */
    public static final Set<String> OSES = Set.of("aix", "amdhsa", "android", "cuda", "cygwin", "dragonfly",
            "emscripten", "espidf", "freebsd", "fuchsia", "haiku", "helenos", "hermit", "horizon", "hurd", "illumos",
            "ios", "l4re", "linux", "lynxos178", "macos", "managarm", "motor", "netbsd", "none", "nto", "nuttx",
            "openbsd", "psp", "psx", "qurt", "redox", "rtems", "solaris", "solid_asp3", "teeos", "trusty", "tvos",
            "uefi", "unknown", "vexos", "visionos", "vita", "vxworks", "wasi", "watchos", "windows", "xous", "zkvm");

    /** Environments that a name's last slot may start with, longest first where one starts another. */
    private static final List<String> ENVS = List.of("gnu", "musl", "msvc", "uclibc", "newlib", "ohos", "sim",
            "macabi", "relibc", "mlibc", "sgx", "nto70", "nto71_iosock", "nto71", "nto80");

    /** Name spellings of an OS slot that differ from the spec's {@code os}. */
    private static final Map<String, String> OS_SPELLINGS = Map.of("darwin", "macos", "switch", "horizon",
            "3ds", "horizon");

    private static final List<Map.Entry<Pattern, String>> ARCHES = List.of(
            Map.entry(Pattern.compile("x86_64h?"), "x86_64"),
            Map.entry(Pattern.compile("i[3-6]86"), "x86"),
            Map.entry(Pattern.compile("arm64ec"), "arm64ec"),
            Map.entry(Pattern.compile("(aarch64|arm64).*"), "aarch64"),
            Map.entry(Pattern.compile("(arm|thumb).*"), "arm"),
            Map.entry(Pattern.compile("riscv32.*"), "riscv32"),
            Map.entry(Pattern.compile("riscv64.*"), "riscv64"),
            Map.entry(Pattern.compile("mipsisa32r6(el)?"), "mips32r6"),
            Map.entry(Pattern.compile("mipsisa64r6(el)?"), "mips64r6"),
            Map.entry(Pattern.compile("mips64(el)?"), "mips64"),
            Map.entry(Pattern.compile("mips(el)?"), "mips"),
            Map.entry(Pattern.compile("powerpc64(le)?"), "powerpc64"),
            Map.entry(Pattern.compile("powerpc"), "powerpc"),
            Map.entry(Pattern.compile("sparcv9|sparc64"), "sparc64"),
            Map.entry(Pattern.compile("sparc"), "sparc"),
            Map.entry(Pattern.compile("wasm32.*"), "wasm32"),
            Map.entry(Pattern.compile("wasm64"), "wasm64"),
            Map.entry(Pattern.compile("bpfe[bl]"), "bpf"),
            Map.entry(Pattern.compile("amdgcn"), "amdgpu"),
            Map.entry(Pattern.compile("nvptx64|loongarch32|loongarch64|avr|csky|hexagon|m68k|msp430|s390x|xtensa"),
                    ""));

    /** Splits a rustc target name into its slots. */
    public static TargetName parse(String name) {
        String[] p = name.split("-", -1);
        String arch = p[0];
        if (p.length >= 4) {
            return new TargetName(name, arch, Optional.of(p[1]), Optional.of(p[2]),
                    Optional.of(String.join("-", List.of(p).subList(3, p.length))));
        }
        if (p.length == 3) {
            boolean hasVendor = VENDORS.contains(p[1]);
            if (hasVendor) {
                return new TargetName(name, arch, Optional.of(p[1]), Optional.of(p[2]), Optional.empty());
            }
            // arch-linux-android*: rustc calls the OS android.
            if (p[1].equals("linux") && p[2].startsWith("android")) {
                return new TargetName(name, arch, Optional.empty(), Optional.of("android"), Optional.of(p[2]));
            }
            return new TargetName(name, arch, Optional.empty(), Optional.of(p[1]), Optional.of(p[2]));
        }
        return new TargetName(name, arch, Optional.empty(), p.length == 2 ? Optional.of(p[1]) : Optional.empty(),
                Optional.empty());
    }

    /** The rustc {@code arch} that the arch slot belongs to, when the slot is one rustc knows. */
    public Optional<String> archFamily() {
        for (Map.Entry<Pattern, String> e : ARCHES) {
            if (e.getKey().matcher(arch).matches()) {
                return Optional.of(e.getValue().isEmpty() ? arch : e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The OS the OS slot names, when it names one rustc knows. */
    public Optional<String> knownOs() {
        return os.map(o -> OS_SPELLINGS.getOrDefault(o, o)).filter(OSES::contains);
    }

    /** The environment the last slot starts with, when it starts with one rustc knows. */
    public Optional<String> knownEnv() {
        return env.map(e -> e.replace("qnx", "nto").replaceFirst("^nto(\\d\\d)0", "nto$1"))
                .flatMap(e -> ENVS.stream().filter(e::startsWith).findFirst());
    }

    /** The ARM float ABI the last slot ends with: {@code eabihf}, {@code eabi}, or nothing. */
    public Optional<String> eabi() {
        return env.flatMap(e -> e.endsWith("eabihf") ? Optional.of("eabihf")
                : e.endsWith("eabi") ? Optional.of("eabi") : Optional.empty());
    }
}
