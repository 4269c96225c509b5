package dev.targetspec.render.cflags;

import dev.targetspec.spec.Target;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.spec.layout.LayoutReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C compiler flags that match a target, for clang and for GCC, each with why the spec calls for
 * it. Only what follows from the spec is here; optimisation, debug information, warnings and
 * {@code -D} are the user's.
 *
 * @param target the target's name
 * @param flags the flags in order, each with the compilers that take it
 * @param gccToolchain the GCC to use, such as {@code arm-none-eabi-gcc}
 * @param notes further facts for C users
 */
public record CompilerFlags(String target, List<Flag> flags, String gccToolchain, List<String> notes) {
    /** Which compilers take a flag. */
    public enum Compilers {
        BOTH, CLANG, GCC
    }

    /**
     * One flag.
     *
     * @param text the flag as the compiler takes it, such as {@code -mcmodel=kernel}
     * @param compilers which compilers take it
     * @param why the spec value it follows from, in one sentence
     */
    public record Flag(String text, Compilers compilers, String why) {
    }

    /** The top 2 GiB, where the x86-64 kernel code model puts code and data (System V x86-64 psABI, 3.5.1). */
    private static final BigInteger KERNEL_MODEL_BASE = new BigInteger("ffffffff80000000", 16);
    private static final Pattern ARM_VERSION = Pattern.compile("(?:thumb|arm)(?:eb)?v(\\d+(?:\\.\\d+)?)(t?e?j?)(m|a|r)?"
            + "((?:\\.[a-z]+)?)");

    public CompilerFlags {
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    /** The flags clang takes, in order. */
    public List<String> clang() {
        return flags.stream().filter(f -> f.compilers() != Compilers.GCC).map(Flag::text).toList();
    }

    /** The flags GCC takes, in order. */
    public List<String> gcc() {
        return flags.stream().filter(f -> f.compilers() != Compilers.CLANG).map(Flag::text).toList();
    }

    /** The flags for {@code target}. */
    public static CompilerFlags of(Target t) {
        String arch = t.text("/rustc/arch").orElse("");
        String llvm = t.text("/rustc/llvm-target").orElse(t.triple());
        String os = t.text("/rustc/os").orElse("none");
        String env = t.text("/rustc/env").orElse("");
        Set<String> features = features(t.text("/rustc/features").orElse(""));
        boolean x86 = arch.equals("x86") || arch.equals("x86_64");
        boolean riscv = arch.startsWith("riscv");
        boolean elf = !t.bool("/rustc/is-like-windows").orElse(false) && !t.bool("/rustc/is-like-darwin").orElse(false)
                && !t.bool("/rustc/is-like-osx").orElse(false) && !arch.startsWith("wasm")
                && !t.text("/rustc/binary-format").filter(f -> !f.equalsIgnoreCase("elf")).isPresent();
        List<Flag> flags = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        flags.add(new Flag("--target=" + llvm, Compilers.CLANG, "clang generates code for the LLVM triple rustc"
                + " uses, the spec's `llvm-target`."));
        if (x86) {
            flags.add(new Flag(arch.equals("x86") ? "-m32" : "-m64", Compilers.GCC, "A "
                    + t.text("/rustc/target-pointer-width").orElse(arch.equals("x86") ? "32" : "64")
                    + "-bit x86 target, for a GCC that defaults to the other width."));
        }
        if (arch.equals("arm") && llvm.startsWith("thumb")) {
            flags.add(new Flag("-mthumb", Compilers.GCC, "The `llvm-target` `" + llvm + "` generates Thumb code."));
        }
        List<String> parts = Arrays.asList(t.triple().split("-"));
        boolean freestanding = os.equals("none") || os.equals("uefi") || parts.contains("none") || env.equals("none");
        if (freestanding) {
            flags.add(new Flag("-ffreestanding", Compilers.BOTH, "There is no hosted C library (`os` `" + os
                    + "`): the compiler assumes no library function beyond memcpy, memmove, memset and memcmp."));
            flags.add(new Flag("-fno-stack-protector", Compilers.BOTH, "Nothing provides the stack protector's"
                    + " __stack_chk_guard and __stack_chk_fail on a freestanding target, and rustc does not"
                    + " protect the stack either."));
        }

        String model = t.text("/rustc/code-model").orElse("");
        String relocation = t.text("/rustc/relocation-model").orElse("pic");
        boolean pie = t.bool("/rustc/position-independent-executables").orElse(false);
        if (elf) {
            switch (relocation) {
                case "static" -> flags.add(new Flag("-fno-pic", Compilers.BOTH, "`relocation-model` is `static`:"
                        + " code uses absolute addresses and no GOT, as the linker script expects."));
                case "pic" -> {
                    String flag = pie ? "-fPIE" : "-fPIC";
                    String why = "`relocation-model` is `pic`" + (pie ? " and `position-independent-executables` is"
                            + " true: position-independent code for an executable." : ": position-independent code.");
                    if (x86 && model.equals("kernel")) {
                        flags.add(new Flag(flag, Compilers.CLANG, why));
                        flags.add(new Flag("-fno-pic", Compilers.GCC, "GCC refuses position-independent code with"
                                + " `-mcmodel=kernel`; the kernel code model's addresses are fixed in the top 2 GiB"
                                + " anyway, and the objects link into the same static executable."));
                    } else {
                        flags.add(new Flag(flag, Compilers.BOTH, why));
                    }
                }
                case "ropi", "rwpi", "ropi-rwpi" -> {
                    for (String part : relocation.split("-")) {
                        flags.add(new Flag("-f" + part, Compilers.CLANG, "`relocation-model` is `" + relocation
                                + "`: " + (part.equals("ropi") ? "read-only data and code" : "read-write data")
                                + " addressed relative to " + (part.equals("ropi") ? "the PC" : "the static base"
                                + " register (R9)") + "."));
                    }
                    notes.add("GCC has no -fropi or -frwpi; compile C for `relocation-model` `" + relocation
                            + "` with clang.");
                }
                default -> {
                }
            }
        }
        if (arch.equals("x86_64") && t.bool("/rustc/disable-redzone").orElse(false)) {
            flags.add(new Flag("-mno-red-zone", Compilers.BOTH, "`disable-redzone` is true: interrupt and exception"
                    + " handlers may run on the current stack, so nothing may live in the 128 bytes below RSP."));
        }
        codeModel(t, arch, model, flags, notes);
        floatAndSimd(t, arch, llvm, features, flags);
        march(t, arch, llvm, features, flags);
        return new CompilerFlags(t.triple(), flags, gccToolchain(arch, os, llvm, freestanding), notes);
    }

    private static void codeModel(Target t, String arch, String model, List<Flag> flags, List<String> notes) {
        if (model.isEmpty()) {
            return;
        }
        String why = "`code-model` is `" + model + "`.";
        switch (arch) {
            case "x86_64" -> {
                if (model.equals("tiny")) {
                    return;
                }
                if (model.equals("kernel")) {
                    Optional<BigInteger> link = linkAddress(t);
                    if (link.isPresent() && link.get().compareTo(KERNEL_MODEL_BASE) >= 0) {
                        why = "`code-model` is `kernel`, and the layout links the program at `"
                                + Address.hex(link.get()) + "`, in the top 2 GiB (the higher half), which only the"
                                + " kernel code model's sign-extended 32-bit addresses reach; C code linked there"
                                + " needs -mcmodel=kernel.";
                        notes.add("The higher-half layout needs -mcmodel=kernel for every C object linked with it.");
                    } else {
                        why = "`code-model` is `kernel`: code and data addresses fit in sign-extended 32 bits.";
                    }
                }
                flags.add(new Flag("-mcmodel=" + model, Compilers.BOTH, why));
            }
            case "riscv64", "riscv32" -> {
                String m = switch (model) {
                    case "medium" -> "medany";
                    case "small" -> "medlow";
                    default -> "";
                };
                if (!m.isEmpty()) {
                    flags.add(new Flag("-mcmodel=" + m, Compilers.BOTH, why + " RISC-V compilers call it `" + m
                            + "`: " + (m.equals("medany") ? "code and data anywhere within 2 GiB of each other"
                            : "code and data in the lowest 2 GiB") + "."));
                }
            }
            case "aarch64" -> {
                if (model.equals("tiny") || model.equals("small") || model.equals("large")) {
                    flags.add(new Flag("-mcmodel=" + model, Compilers.BOTH, why));
                }
            }
            default -> {
            }
        }
    }

    /** Where the first section that is not linked physically is linked, when the layout says. */
    private static Optional<BigInteger> linkAddress(Target t) {
        Optional<Layout> l = LayoutReader.read(t).layout();
        if (l.isEmpty()) {
            return Optional.empty();
        }
        if (l.get().usesRegions()) {
            return l.get().regions().stream().map(r -> r.origin()).min(BigInteger::compareTo);
        }
        return l.get().virtualBase();
    }

    private static void floatAndSimd(Target t, String arch, String llvm, Set<String> features, List<Flag> flags) {
        String abi = t.text("/rustc/rustc-abi").orElse("");
        String floatAbi = t.text("/rustc/llvm-floatabi").orElse("");
        switch (arch) {
            case "x86", "x86_64" -> {
                if (features.contains("+soft-float") || abi.contains("softfloat")) {
                    flags.add(new Flag("-mgeneral-regs-only", Compilers.BOTH, "The target uses no x87, MMX or SSE"
                            + " registers (`+soft-float`): C code must not either, or the kernel would have to enable"
                            + " the FPU first and save its registers in interrupt handlers."));
                }
            }
            case "aarch64" -> {
                if (features.contains("-neon") || features.contains("-fp-armv8") || abi.contains("softfloat")) {
                    flags.add(new Flag("-mgeneral-regs-only", Compilers.BOTH, "The target uses no FP or SIMD"
                            + " registers: C code must not either."));
                }
            }
            case "arm" -> {
                Optional<String> fpu = armFpu(features);
                boolean hard = floatAbi.equals("hard") || t.text("/rustc/abi").filter(a -> a.endsWith("hf")).isPresent()
                        || llvm.endsWith("hf");
                String mode = hard ? "hard" : fpu.isPresent() ? "softfp" : "soft";
                flags.add(new Flag("-mfloat-abi=" + mode, Compilers.BOTH, hard ? "The target passes floating-point"
                        + " arguments in FPU registers (`llvm-floatabi` `hard`)." : "The target passes"
                        + " floating-point arguments in integer registers (soft-float calling convention)."));
                fpu.ifPresent(f -> flags.add(new Flag("-mfpu=" + f, Compilers.BOTH, "The target's FPU, from its"
                        + " `features`.")));
            }
            default -> {
            }
        }
    }

    /** The FPU {@code -mfpu} names for the target's features, when it has one. */
    private static Optional<String> armFpu(Set<String> features) {
        String[][] fpus = {{"+fp-armv8d16sp", "fpv5-sp-d16"}, {"+fp-armv8d16", "fpv5-d16"}, {"+vfp4d16sp", "fpv4-sp-d16"},
            {"+vfp4d16", "vfpv4-d16"}, {"+vfp3d16", "vfpv3-d16"}, {"+neon", "neon"}, {"+vfp4", "vfpv4"},
            {"+vfp3", "vfpv3"}, {"+vfp2", "vfpv2"}};
        for (String[] f : fpus) {
            if (features.contains(f[0])) {
                return Optional.of(f[1]);
            }
        }
        return Optional.empty();
    }

    private static void march(Target t, String arch, String llvm, Set<String> features, List<Flag> flags) {
        Optional<String> cpu = t.text("/rustc/cpu").filter(c -> !c.isEmpty() && !c.startsWith("generic"));
        switch (arch) {
            case "x86", "x86_64" -> cpu.ifPresent(c -> flags.add(new Flag("-march=" + c, Compilers.BOTH,
                    "The spec's `cpu` is `" + c + "`: no instruction that CPU lacks.")));
            case "arm" -> {
                Matcher m = ARM_VERSION.matcher(llvm);
                if (m.lookingAt() && cpu.isEmpty()) {
                    String profile = m.group(3) == null ? "" : "-" + m.group(3);
                    String march = "armv" + m.group(1) + m.group(2) + profile + m.group(4);
                    flags.add(new Flag("-march=" + march, Compilers.GCC, "The architecture version of `llvm-target` `"
                            + llvm + "`, which clang reads from --target."));
                }
                cpu.ifPresent(c -> flags.add(new Flag("-mcpu=" + c, Compilers.BOTH, "The spec's `cpu` is `" + c + "`.")));
                if (features.contains("+strict-align")) {
                    flags.add(new Flag("-mno-unaligned-access", Compilers.BOTH, "`+strict-align`: the target does"
                            + " not allow unaligned memory accesses."));
                }
            }
            case "aarch64" -> {
                features.stream().map(f -> f.matches("\\+v(\\d+)(?:\\.(\\d+))?a") ? f : null)
                        .filter(f -> f != null).findFirst().ifPresent(v -> {
                            String version = v.substring(2, v.length() - 1);
                            flags.add(new Flag("-march=armv" + version + "-a", Compilers.BOTH, "The target's"
                                    + " architecture version, `" + v + "` in `features`."));
                        });
                cpu.ifPresent(c -> flags.add(new Flag("-mcpu=" + c, Compilers.BOTH, "The spec's `cpu` is `" + c + "`.")));
                if (features.contains("+strict-align")) {
                    flags.add(new Flag("-mstrict-align", Compilers.BOTH, "`+strict-align`: no unaligned memory"
                            + " accesses, as the MMU is off at entry and device memory faults on them."));
                }
            }
            case "riscv64", "riscv32" -> {
                flags.add(new Flag("-march=" + riscvIsa(arch, features), Compilers.BOTH, "The ISA extensions of the"
                        + " spec's `features`."));
                t.text("/rustc/llvm-abiname").ifPresent(a -> flags.add(new Flag("-mabi=" + a, Compilers.BOTH,
                        "The spec's `llvm-abiname`: objects of different ABIs do not link together.")));
            }
            default -> {
            }
        }
    }

    /** The {@code -march} string of a RISC-V target: the base, its single-letter extensions, then the Z ones. */
    static String riscvIsa(String arch, Set<String> features) {
        Set<String> on = new TreeSet<>();
        features.stream().filter(f -> f.startsWith("+")).map(f -> f.substring(1).toLowerCase(Locale.ROOT))
                .forEach(on::add);
        StringBuilder b = new StringBuilder(arch.equals("riscv64") ? "rv64" : "rv32");
        boolean g = on.containsAll(List.of("m", "a", "f", "d", "zicsr", "zifencei"));
        if (g) {
            b.append('g');
            on.removeAll(List.of("m", "a", "f", "d", "zicsr", "zifencei"));
        } else {
            b.append(on.contains("e") ? 'e' : 'i');
        }
        for (char c : "mafdqcbv".toCharArray()) {
            if (on.contains(String.valueOf(c))) {
                b.append(c);
            }
        }
        for (String ext : on) {
            if (ext.startsWith("z") && ext.length() > 1 && ext.matches("[a-z0-9]+")) {
                b.append('_').append(ext);
            }
        }
        return b.toString();
    }

    private static String gccToolchain(String arch, String os, String llvm, boolean freestanding) {
        if (os.equals("linux")) {
            String a = arch.equals("x86") ? "i686" : arch;
            return a + "-linux-gnu-gcc, or the host's gcc on " + a + " Linux";
        }
        if (!freestanding) {
            return "a GCC for " + llvm;
        }
        return switch (arch) {
            case "x86_64" -> "x86_64-elf-gcc, or the host's x86 gcc";
            case "x86" -> "i686-elf-gcc, or the host's x86 gcc";
            case "arm" -> "arm-none-eabi-gcc";
            case "aarch64" -> "aarch64-none-elf-gcc";
            case "riscv64" -> "riscv64-unknown-elf-gcc";
            case "riscv32" -> "riscv32-unknown-elf-gcc";
            default -> "a GCC for " + llvm;
        };
    }

    private static Set<String> features(String text) {
        Set<String> out = new TreeSet<>();
        for (String f : text.split(",")) {
            if (!f.isBlank()) {
                out.add(f.trim());
            }
        }
        return out;
    }
}
