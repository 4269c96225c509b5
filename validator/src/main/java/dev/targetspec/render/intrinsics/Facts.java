package dev.targetspec.render.intrinsics;

import dev.targetspec.spec.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The values of a target spec that decide which runtime routines the compiler calls.
 *
 * @param triple the target's name
 * @param arch rustc's {@code arch}
 * @param llvmArch the first component of {@code llvm-target}
 * @param llvmOs the third component of {@code llvm-target}
 * @param llvmEnv the fourth component of {@code llvm-target}, or empty
 * @param os rustc's {@code os}
 * @param env rustc's {@code env}
 * @param pointerWidth {@code target-pointer-width}
 * @param features the enabled LLVM features: {@code features} plus {@code +}-features implied
 *     by nothing else; a feature turned off with {@code -} is absent
 * @param disabled the features explicitly turned off
 * @param cpu {@code cpu}, or {@code generic}
 * @param format the object format: elf, macho, coff, wasm or xcoff
 * @param maxAtomic {@code max-atomic-width} (defaults to the pointer width)
 * @param atomicCas {@code atomic-cas}
 * @param stackProbes the kind of {@code stack-probes}: none, inline, call or inline-or-call
 * @param floatAbi {@code llvm-floatabi}, or empty
 * @param rustcAbi {@code rustc-abi}, or empty
 * @param abiName {@code llvm-abiname}, or empty
 * @param sanitizers {@code default-sanitizers}
 * @param uwtable whether unwind tables are emitted by default
 */
record Facts(String triple, String arch, String llvmArch, String llvmOs, String llvmEnv, String os, String env,
        int pointerWidth, Set<String> features, Set<String> disabled, String cpu, String format, int maxAtomic,
        boolean atomicCas, String stackProbes, String floatAbi, String rustcAbi, String abiName,
        List<String> sanitizers, boolean uwtable, boolean windows, boolean msvc, boolean darwin,
        boolean staticRelocation) {

    static Facts of(Target t) {
        String arch = t.text("/rustc/arch").orElse("");
        String llvmTarget = t.text("/rustc/llvm-target").orElse(t.triple());
        String[] parts = llvmTarget.split("-");
        String llvmArch = parts[0];
        String llvmOs = parts.length > 2 ? parts[2] : "";
        String llvmEnv = parts.length > 3 ? parts[3] : "";
        int width = integer(t.at("/rustc/target-pointer-width"), 32);
        Set<String> on = new HashSet<>();
        Set<String> off = new HashSet<>();
        for (String f : t.text("/rustc/features").orElse("").split(",")) {
            String s = f.strip();
            if (s.length() > 1 && s.charAt(0) == '+') {
                on.add(s.substring(1));
                off.remove(s.substring(1));
            } else if (s.length() > 1 && s.charAt(0) == '-') {
                off.add(s.substring(1));
                on.remove(s.substring(1));
            }
        }
        boolean darwin = t.bool("/rustc/is-like-darwin").orElse(false) || t.bool("/rustc/is-like-osx").orElse(false)
                || t.text("/rustc/vendor").orElse("").equals("apple");
        boolean windows = t.bool("/rustc/is-like-windows").orElse(false);
        String os = t.text("/rustc/os").orElse("none");
        String format = t.text("/rustc/binary-format").map(s -> s.toLowerCase(Locale.ROOT).replace("-", "")).orElseGet(() -> darwin
                ? "macho" : windows ? "coff" : arch.startsWith("wasm") ? "wasm" : os.equals("aix") ? "xcoff" : "elf");
        JsonNode probes = t.at("/rustc/stack-probes");
        String probeKind = probes.isObject() ? probes.path("kind").asString("none") : "none";
        List<String> sanitizers = new java.util.ArrayList<>();
        t.at("/rustc/default-sanitizers").forEach(n -> sanitizers.add(n.asString()));
        return new Facts(t.triple(), arch, llvmArch, llvmOs, llvmEnv, os, t.text("/rustc/env").orElse(""), width,
                Set.copyOf(on), Set.copyOf(off), t.text("/rustc/cpu").orElse("generic"), format,
                integer(t.at("/rustc/max-atomic-width"), width), t.bool("/rustc/atomic-cas").orElse(true), probeKind,
                t.text("/rustc/llvm-floatabi").orElse(""), t.text("/rustc/rustc-abi").orElse(""),
                t.text("/rustc/llvm-abiname").orElse(""), List.copyOf(sanitizers),
                t.bool("/rustc/default-uwtable").orElse(false) || t.bool("/rustc/requires-uwtable").orElse(false),
                windows, t.bool("/rustc/is-like-msvc").orElse(false), darwin,
                t.text("/rustc/relocation-model").map(m -> m.equals("static")).orElse(false));
    }

    private static int integer(JsonNode n, int fallback) {
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.asInt();
        }
        if (n.isString()) {
            try {
                return Integer.parseInt(n.asString());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** MSVC's runtime names (LLVM environment msvc, the default for Windows triples). */
    boolean msvcNames() {
        return windows && (llvmEnv.isEmpty() || llvmEnv.startsWith("msvc"));
    }

    /** Whether LLVM treats f16 as a legal type: x86 with SSE2, AArch64 with FP, RISC-V with Zfh. */
    boolean halfLegal() {
        return sse2() || aarch64() && !disabled.contains("neon") && !disabled.contains("fp-armv8")
                || riscv() && (has("zfh") || has("zfhmin") || features.stream().anyMatch(s -> s.startsWith("rva2")));
    }

    /** x86 with SSE2 in use: x86_64, or a 32-bit target whose ABI or CPU has it, and not soft-float. */
    boolean sse2() {
        if (!x86() || has("soft-float") || rustcAbi.contains("softfloat") || disabled.contains("sse2")) {
            return false;
        }
        return arch.equals("x86_64") || rustcAbi.equals("x86-sse2") || has("sse2")
                || !cpu.matches("generic|pentium|pentium-mmx|pentiumpro|i[3-6]86|k6.*|winchip.*|c3|lakemont");
    }

    boolean has(String feature) {
        return features.contains(feature);
    }

    boolean x86() {
        return arch.equals("x86") || arch.equals("x86_64");
    }

    boolean arm() {
        return arch.equals("arm");
    }

    boolean riscv() {
        return arch.startsWith("riscv");
    }

    boolean wasm() {
        return arch.startsWith("wasm");
    }

    boolean powerpc() {
        return arch.startsWith("powerpc");
    }

    boolean sparc() {
        return arch.startsWith("sparc");
    }

    boolean aarch64() {
        return arch.equals("aarch64") || arch.equals("arm64ec");
    }

    /** The width of the general registers, which decides what integer arithmetic is native. */
    int registerWidth() {
        return switch (arch) {
            case "x86_64", "aarch64", "arm64ec", "riscv64", "loongarch64", "mips64", "mips64r6", "powerpc64",
                    "sparc64", "s390x", "bpf", "wasm64", "nvptx64", "amdgpu" -> 64;
            case "avr", "msp430" -> 16;
            default -> pointerWidth;
        };
    }

    /** ARM's EABI (bare metal, Linux gnueabi/musleabi, Android): routines named {@code __aeabi_*}. */
    boolean aeabi() {
        String last = lastLlvmComponent();
        return arm() && !darwin && !windows && (last.contains("eabi") || last.contains("android")
                || last.equals("ohos"));
    }

    /**
     * ARM half-precision helpers under AEABI names ({@code __aeabi_h2f}) rather than GNU ones
     * ({@code __gnu_h2f_ieee}): LLVM uses the GNU names for gnueabi, musleabi, Android and Windows.
     */
    boolean aeabiHalf() {
        String last = lastLlvmComponent();
        return arm() && (last.equals("eabi") || last.equals("eabihf"));
    }

    /** ARM targets whose memory routines LLVM calls by their AEABI names ({@code __aeabi_memcpy}). */
    boolean aeabiMemory() {
        String last = lastLlvmComponent();
        return arm() && !darwin && !windows && (last.equals("eabi") || last.equals("eabihf")
                || last.startsWith("android"));
    }

    String lastLlvmComponent() {
        return llvmEnv.isEmpty() ? llvmOs : llvmEnv;
    }

    /** The object-format prefix of global C symbols. */
    String prefix() {
        if (format.equals("macho")) {
            return "_";
        }
        if (format.equals("coff") && arch.equals("x86")) {
            return "_";
        }
        if (format.equals("xcoff")) {
            return ".";
        }
        if (arch.equals("arm64ec")) {
            return "#";
        }
        return "";
    }

    /** Whether compiler_builtins turns its {@code mem} feature on by itself for this target name. */
    boolean memFeatureAutomatic() {
        return triple.contains("-none") || triple.contains("uefi") || triple.contains("nvptx")
                || triple.contains("xous") || triple.contains("fortanix") && triple.contains("sgx")
                || arch.startsWith("wasm") && !os.startsWith("wasi") && !os.equals("emscripten");
    }
}
