package dev.targetspec.render.intrinsics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Floating-point arithmetic, comparison and conversion routines, and the libm calls for float operators. */
final class FloatRules {
    private static final Map<String, String> AEABI_F32 = Map.ofEntries(
            Map.entry("__addsf3", "__aeabi_fadd"), Map.entry("__subsf3", "__aeabi_fsub"),
            Map.entry("__mulsf3", "__aeabi_fmul"), Map.entry("__divsf3", "__aeabi_fdiv"),
            Map.entry("__eqsf2", "__aeabi_fcmpeq"), Map.entry("__ltsf2", "__aeabi_fcmplt"),
            Map.entry("__lesf2", "__aeabi_fcmple"), Map.entry("__gesf2", "__aeabi_fcmpge"),
            Map.entry("__gtsf2", "__aeabi_fcmpgt"), Map.entry("__unordsf2", "__aeabi_fcmpun"),
            Map.entry("__fixsfsi", "__aeabi_f2iz"), Map.entry("__fixunssfsi", "__aeabi_f2uiz"),
            Map.entry("__fixsfdi", "__aeabi_f2lz"), Map.entry("__fixunssfdi", "__aeabi_f2ulz"),
            Map.entry("__floatsisf", "__aeabi_i2f"), Map.entry("__floatunsisf", "__aeabi_ui2f"),
            Map.entry("__floatdisf", "__aeabi_l2f"), Map.entry("__floatundisf", "__aeabi_ul2f"),
            Map.entry("__adddf3", "__aeabi_dadd"), Map.entry("__subdf3", "__aeabi_dsub"),
            Map.entry("__muldf3", "__aeabi_dmul"), Map.entry("__divdf3", "__aeabi_ddiv"),
            Map.entry("__eqdf2", "__aeabi_dcmpeq"), Map.entry("__ltdf2", "__aeabi_dcmplt"),
            Map.entry("__ledf2", "__aeabi_dcmple"), Map.entry("__gedf2", "__aeabi_dcmpge"),
            Map.entry("__gtdf2", "__aeabi_dcmpgt"), Map.entry("__unorddf2", "__aeabi_dcmpun"),
            Map.entry("__fixdfsi", "__aeabi_d2iz"), Map.entry("__fixunsdfsi", "__aeabi_d2uiz"),
            Map.entry("__fixdfdi", "__aeabi_d2lz"), Map.entry("__fixunsdfdi", "__aeabi_d2ulz"),
            Map.entry("__floatsidf", "__aeabi_i2d"), Map.entry("__floatunsidf", "__aeabi_ui2d"),
            Map.entry("__floatdidf", "__aeabi_l2d"), Map.entry("__floatundidf", "__aeabi_ul2d"),
            Map.entry("__extendsfdf2", "__aeabi_f2d"), Map.entry("__truncdfsf2", "__aeabi_d2f"),
            Map.entry("__truncdfhf2", "__aeabi_d2h"), Map.entry("__truncsfhf2", "__aeabi_f2h"),
            Map.entry("__extendhfsf2", "__aeabi_h2f"));
    /** Names with no AEABI form: LLVM keeps the generic name. */
    private static final List<String> AEABI_NONE = List.of("__nesf2", "__nedf2");

    private final Facts f;
    private final Intrinsics.Builder b;

    FloatRules(Facts f, Intrinsics.Builder b) {
        this.f = f;
        this.b = b;
    }

    void add() {
        if (f.arch().equals("nvptx64") || f.arch().equals("amdgpu") || f.arch().equals("bpf")) {
            return;
        }
        if (f.arch().equals("msp430")) {
            msp430();
        } else {
            softWidth("sf", hw32(), "f32");
            softWidth("df", hw64(), "f64");
            if (!hw64() && hw32()) {
                gen("__extendsfdf2", "f32 -> f64 conversion: the FPU has no double precision");
                gen("__truncdfsf2", "f64 -> f32 conversion: the FPU has no double precision");
            }
            longConversions();
            if (f.arch().equals("hexagon")) {
                hexagonDouble();
            }
        }
        i128Conversions();
        half();
        quad();
        libm();
    }

    /** Hexagon: double-precision add and subtract arrive with V66, multiply with V67, divide never. */
    private void hexagonDouble() {
        int version = hexagonVersion();
        List<String> names = new ArrayList<>();
        if (version < 66) {
            names.addAll(List.of("__hexagon_adddf3", "__hexagon_subdf3"));
        }
        if (version < 67) {
            names.add("__hexagon_muldf3");
        }
        names.add("__hexagon_divdf3");
        b.addAll(names, Family.FLOAT, "f64 arithmetic Hexagon V" + version + " has no instruction for",
                Intrinsics.CB + " (hexagon)");
    }

    /** The Hexagon ISA version of the CPU ({@code hexagonv69} is 69), or 60, the baseline rustc uses. */
    private int hexagonVersion() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("hexagonv(\\d+)").matcher(f.cpu());
        return m.find() ? Integer.parseInt(m.group(1)) : 60;
    }

    // ---- Hardware.

    boolean softFloat() {
        return f.has("soft-float") || f.rustcAbi().contains("softfloat")
                || f.arch().startsWith("loongarch") && (f.disabled().contains("f") || f.abiName().endsWith("s"));
    }

    boolean hw32() {
        if (softFloat()) {
            return false;
        }
        return switch (f.arch()) {
            case "riscv32", "riscv64" -> f.has("f") || f.has("d") || profile();
            case "aarch64" -> !f.disabled().contains("neon") && !f.disabled().contains("fp-armv8");
            case "arm" -> armFpu();
            case "avr", "msp430" -> false;
            case "csky" -> f.has("hard-float") || f.has("fpuv2_sf") || f.has("fpuv3_sf");
            case "m68k" -> false;
            case "xtensa" -> true;
            default -> true;
        };
    }

    boolean hw64() {
        if (!hw32()) {
            return false;
        }
        return switch (f.arch()) {
            case "riscv32", "riscv64" -> f.has("d") || profile();
            case "arm" -> !armSinglePrecisionOnly();
            case "mips", "mips64" -> !f.has("single-float");
            case "m68k" -> false;
            default -> true;
        };
    }

    private boolean profile() {
        return f.features().stream().anyMatch(s -> s.startsWith("rva") || s.startsWith("rvb"));
    }

    private boolean armFpu() {
        if (f.has("soft-float")) {
            return false;
        }
        if (f.features().stream().anyMatch(s -> s.startsWith("vfp") || s.startsWith("fp-armv8") || s.equals("neon")
                || s.equals("fp64") || s.equals("fpregs"))) {
            return true;
        }
        String a = f.llvmArch();
        return f.darwin() || f.windows() || a.startsWith("armv8r") || a.startsWith("thumbv8r")
                || f.floatAbi().equals("hard");
    }

    private boolean armSinglePrecisionOnly() {
        String a = f.llvmArch();
        return f.features().stream().anyMatch(s -> (s.startsWith("vfp") || s.startsWith("fp-armv8")) && s.endsWith("sp"))
                || (a.startsWith("armv8r") || a.startsWith("thumbv8r")) && f.features().stream().noneMatch(
                        s -> s.startsWith("vfp") || s.startsWith("fp-armv8") || s.equals("neon"));
    }

    // ---- Naming.

    /** Adds a generic routine, renamed to its ARM EABI form where the target uses that. */
    private void gen(String name, String reason) {
        String n = name;
        if (f.aeabi() && AEABI_F32.containsKey(name)) {
            n = AEABI_F32.get(name);
        }
        if (f.aeabi() && AEABI_NONE.contains(name)) {
            return;
        }
        b.add(n, Family.FLOAT, reason + (n.startsWith("__aeabi") ? "; ARM EABI name" : ""), Intrinsics.CB);
    }

    private void softWidth(String m, boolean hw, String type) {
        if (hw) {
            return;
        }
        String why = type + " in software: " + (softFloat() ? "the target is soft-float" : "the target has no FPU for "
                + type);
        for (String op : List.of("add", "sub", "mul", "div")) {
            gen("__" + op + m + "3", why + " (arithmetic)");
        }
        for (String op : List.of("eq", "ne", "lt", "le", "gt", "ge", "unord")) {
            gen("__" + op + m + "2", why + " (comparison)");
        }
        for (String i : List.of("si", "di")) {
            gen("__fix" + m + i, why + " (conversion to integer)");
            // 64-bit LoongArch converts to u32 through the i64 routine.
            if (!(i.equals("si") && f.arch().equals("loongarch64"))) {
                gen("__fixuns" + m + i, why + " (conversion to integer)");
            }
            gen("__float" + i + m, why + " (conversion from integer)");
            gen("__floatun" + i + m, why + " (conversion from integer)");
        }
        if (m.equals("df") || !hw64()) {
            gen("__extendsfdf2", why + " (f32 <-> f64)");
            gen("__truncdfsf2", why + " (f32 <-> f64)");
        }
    }

    /** 64-bit integer <-> float conversions on 32-bit machines whose FPU converts only 32-bit integers. */
    private void longConversions() {
        if (f.registerWidth() != 32 || f.x86() || f.wasm() || f.arch().equals("hexagon")) {
            return;
        }
        String why = "64-bit integer <-> float conversion: a 32-bit FPU converts only 32-bit integers";
        if (f.windows() && f.arm()) {
            b.addAll(List.of("__i64tos", "__u64tos", "__i64tod", "__u64tod", "__stoi64", "__stou64", "__dtoi64",
                    "__dtou64"), Family.FLOAT, why + "; Windows on ARM names",
                    "the MSVC runtime (compiler_builtins does not define them)");
            return;
        }
        for (String m : List.of("sf", "df")) {
            if (m.equals("sf") ? hw32() : hw64()) {
                gen("__fix" + m + "di", why);
                gen("__fixuns" + m + "di", why);
                gen("__floatdi" + m, why);
                gen("__floatundi" + m, why);
            }
        }
    }

    private void i128Conversions() {
        String why = "u128/i128 <-> float conversion: no hardware converts 128-bit integers";
        for (String m : List.of("sf", "df")) {
            b.add("__fix" + m + "ti", Family.FLOAT, why, Intrinsics.CB);
            b.add("__fixuns" + m + "ti", Family.FLOAT, why, Intrinsics.CB);
            b.add("__floatti" + m, Family.FLOAT, why, Intrinsics.CB);
            b.add("__floatunti" + m, Family.FLOAT, why, Intrinsics.CB);
        }
    }

    // ---- f16.

    boolean nativeHalf() {
        return switch (f.arch()) {
            case "aarch64", "arm64ec" -> hw32();
            case "x86_64", "x86" -> f.has("f16c") || f.cpu().matches("core-avx2|haswell|skylake.*|znver.*|x86-64-v3"
                    + "|x86-64-v4|alderlake|sapphirerapids|icelake.*|tigerlake|cascadelake|cooperlake|broadwell");
            case "riscv32", "riscv64" -> f.has("zfh") || f.has("zfhmin") || f.features().stream().anyMatch(
                    s -> s.startsWith("rva2"));
            case "arm" -> hw32() && (f.features().stream().anyMatch(s -> s.startsWith("vfp4") || s.startsWith(
                    "fp-armv8") || s.equals("fp16")) || f.cpu().matches("cortex-a9|cortex-a5|cortex-a7|cortex-a15"
                    + "|swift|cortex-a8") || f.llvmArch().startsWith("armv8r") || f.llvmArch().startsWith("thumbv8r")
                    || f.darwin());
            default -> false;
        };
    }

    /**
     * Whether LLVM keeps f16 values in f16 form rather than promoting each operation: x86 with SSE2,
     * AArch64 with FEAT_FP16 (Apple A11 and later), RISC-V with Zfh or Zfhmin.
     */
    boolean halfArithmetic() {
        if (f.aarch64()) {
            return hw32() && (f.has("fullfp16") || f.cpu().matches("apple-(a1[1-9]|m[0-9]+|s[4-9]|s1[0-9])")
                    || f.features().stream().anyMatch(s -> s.matches("v8\\.[2-9]a|v9.*")));
        }
        return f.halfLegal();
    }

    private void half() {
        if (f.arch().equals("xtensa")) {
            return;
        }
        String why = "f16 conversions: no native half-precision conversion";
        boolean gnuHalf = f.arm() && !f.aeabiHalf();
        if (!nativeHalf()) {
            if (gnuHalf) {
                b.addAll(List.of("__gnu_h2f_ieee", "__gnu_f2h_ieee"), Family.FLOAT, why + "; GNU EABI names",
                        Intrinsics.CB);
            } else {
                gen("__extendhfsf2", why);
                gen("__truncsfhf2", why);
            }
        }
        if (!(f.aarch64() && hw32()) && !(f.riscv() && nativeHalf())) {
            gen("__truncdfhf2", "f64 -> f16 conversion: no instruction converts double to half directly");
        }
        if (f.arch().equals("s390x") && !softFloat()) {
            b.add("__extendhfdf2", Family.FLOAT, "f16 -> f64 conversion on SystemZ", Intrinsics.CB);
        }
        // On Windows x64, LLVM converts between f16 and i128 through f32.
        boolean win64 = f.arch().equals("x86_64") && f.windows();
        if (f.halfLegal() && !win64) {
            String ti = "f16 -> u128/i128 conversion: f16 is a legal type here, so LLVM converts it directly";
            b.add("__fixhfti", Family.FLOAT, ti, Intrinsics.CB);
            b.add("__fixunshfti", Family.FLOAT, ti, Intrinsics.CB);
        }
        if (halfArithmetic() && !win64) {
            String ti = "u128/i128 -> f16 conversion: f16 arithmetic is native here, so LLVM converts directly";
            b.add("__floattihf", Family.FLOAT, ti, Intrinsics.CB);
            b.add("__floatuntihf", Family.FLOAT, ti, Intrinsics.CB);
        }
    }

    // ---- f128.

    private void quad() {
        if (f.arch().equals("xtensa") || f.arch().equals("amdgpu")) {
            return;
        }
        String why = "f128 in software: no hardware quad precision";
        if (f.os().equals("aix")) {
            // LLVM implements no f128 operation on AIX but the conversion from integers.
            List<String> names = new ArrayList<>();
            for (String i : List.of("si", "di", "ti")) {
                names.add("__float" + i + "kf");
                names.add("__floatun" + i + "kf");
            }
            b.addAll(names, Family.FLOAT, "integer -> f128 conversion, the one f128 operation LLVM compiles for AIX"
                    + " (PowerPC names the IEEE f128 routines kf)", Intrinsics.CB);
            return;
        }
        if (f.sparc()) {
            sparcQuad(why);
            return;
        }
        String m = f.powerpc() ? "kf" : "tf";
        List<String> names = new ArrayList<>();
        boolean hwQuad = f.arch().equals("s390x") && !softFloat();
        if (!hwQuad) {
            for (String op : List.of("add", "sub", "mul", "div")) {
                names.add("__" + op + m + "3");
            }
            for (String op : List.of("eq", "ne", "lt", "le", "gt", "ge", "unord")) {
                names.add("__" + op + m + "2");
            }
            for (String i : List.of("si", "di")) {
                names.add("__fix" + m + i);
                // 64-bit LoongArch converts to u32 through the i64 routine.
                if (!(i.equals("si") && f.arch().equals("loongarch64"))) {
                    names.add("__fixuns" + m + i);
                }
                names.add("__float" + i + m);
                names.add("__floatun" + i + m);
            }
            names.add("__extendsf" + m + "2");
            names.add("__extenddf" + m + "2");
            names.add("__trunc" + m + "sf2");
            names.add("__trunc" + m + "df2");
        }
        if (f.arch().equals("x86_64") && f.halfLegal() || f.aarch64() && f.halfLegal() || f.arch().equals("s390x")
                && !softFloat()) {
            names.add("__extendhf" + m + "2");
        }
        names.add("__fix" + m + "ti");
        names.add("__fixuns" + m + "ti");
        names.add("__floatti" + m);
        names.add("__floatunti" + m);
        names.add("__trunc" + m + "hf2");
        b.addAll(names, Family.FLOAT, why + (m.equals("kf") ? " (PowerPC names the IEEE f128 routines kf)" : ""),
                Intrinsics.CB);
    }

    private void sparcQuad(String why) {
        boolean v9 = f.registerWidth() == 64;
        String p = v9 ? "_Qp_" : "_Q_";
        List<String> names = new ArrayList<>(List.of(p + "add", p + "sub", p + "mul", p + "div", p + "cmp",
                p + "feq", p + "fne", p + "flt", p + "fle", p + "fgt", p + "fge", p + "qtod", p + "dtoq",
                p + "qtos", p + "stoq", p + "itoq", p + "qtoi"));
        if (v9) {
            names.addAll(List.of("_Qp_xtoq", "_Qp_uxtoq", "_Qp_uitoq", "_Qp_qtox", "_Qp_qtoux", "_Qp_qtoui"));
        } else {
            names.addAll(List.of("_Q_utoq", "_Q_qtou", "_Q_lltoq", "_Q_ulltoq", "_Q_qtoll", "_Q_qtoull"));
        }
        b.addAll(names, Family.FLOAT, why + "; the SPARC ABI's quad-float routines",
                "libgcc or the C library (compiler_builtins lacks the SPARC _Q_/_Qp_ routines)");
        b.addAll(List.of("__fixtfti", "__fixunstfti", "__floattitf", "__floatuntitf", "__trunctfhf2"), Family.FLOAT,
                why, Intrinsics.CB);
    }

    // ---- libm.

    private void libm() {
        b.add("fmod", Family.LIBM, "% on f64", Intrinsics.LIBM);
        // 32-bit MSVC has no fmodf: LLVM computes f32 % in f64.
        if (!(f.arch().equals("x86") && f.msvcNames())) {
            b.add("fmodf", Family.LIBM, "% on f32 (and on f16, computed in f32)", Intrinsics.LIBM);
        }
        if (!nativeMinMax(true) || f.x86()) {
            String why = nativeMinMax(true) ? "f16::min and f16::max: x86 computes them in f32 through the library"
                    : "f32::min and f32::max: no instruction with IEEE minNum semantics";
            b.addAll(List.of("fminf", "fmaxf"), Family.LIBM, why, Intrinsics.LIBM);
        }
        if (!nativeMinMax(false)) {
            b.addAll(List.of("fmin", "fmax"), Family.LIBM, "f64::min and f64::max: no instruction with IEEE minNum"
                    + " semantics", Intrinsics.LIBM);
        }
        if (f.arch().equals("xtensa") || f.os().equals("aix") || f.arch().equals("amdgpu")) {
            return;
        }
        boolean f128Name = (f.x86() && f.llvmEnv().startsWith("gnu") || f.powerpc()) && !f.darwin();
        String how = f128Name ? "" : " (LLVM calls the long double routine)";
        b.add(f128Name ? "fmodf128" : "fmodl", Family.LIBM, "% on f128" + how, Intrinsics.LIBM);
        b.addAll(f128Name ? List.of("fminf128", "fmaxf128") : List.of("fminl", "fmaxl"), Family.LIBM,
                "f128::min and f128::max: no hardware quad precision" + how, Intrinsics.LIBM);
    }

    private boolean nativeMinMax(boolean single) {
        boolean hw = single ? hw32() : hw64();
        if (!hw) {
            return false;
        }
        return switch (f.arch()) {
            case "x86_64" -> true;
            case "x86" -> f.sse2();
            case "aarch64", "arm64ec", "riscv32", "riscv64", "loongarch32", "loongarch64", "mips32r6",
                    "mips64r6" -> true;
            case "arm" -> f.llvmArch().startsWith("armv8") || f.llvmArch().startsWith("thumbv8");
            case "powerpc64" -> f.cpu().equals("ppc64le") || f.cpu().startsWith("pwr");
            default -> false;
        };
    }

    private void msp430() {
        String p = "compiler_builtins lacks the __mspabi_* names: link libgcc from msp430-elf-gcc";
        b.addAll(List.of("__mspabi_addf", "__mspabi_subf", "__mspabi_mpyf", "__mspabi_divf", "__mspabi_cmpf",
                "__mspabi_addd", "__mspabi_subd", "__mspabi_mpyd", "__mspabi_divd", "__mspabi_cmpd",
                "__mspabi_cvtfd", "__mspabi_cvtdf", "__mspabi_fixfli", "__mspabi_fixful", "__mspabi_fixflli",
                "__mspabi_fixfull", "__mspabi_fixdli", "__mspabi_fixdul", "__mspabi_fixdlli", "__mspabi_fixdull",
                "__mspabi_fltlif", "__mspabi_fltulf", "__mspabi_fltllif", "__mspabi_fltullf", "__mspabi_fltlid",
                "__mspabi_fltuld", "__mspabi_fltllid", "__mspabi_fltulld"), Family.FLOAT, "MSP430 has no FPU; the"
                + " MSP430 EABI's float helper names (16-bit integers convert through the 32-bit ones)", p);
        b.addAll(List.of("__unordsf2", "__unorddf2"), Family.FLOAT, "unordered comparison has no MSP430 EABI name",
                Intrinsics.CB);
    }
}
