package dev.targetspec.spec.layout;

import dev.targetspec.spec.Target;
import java.util.Optional;

/**
 * Which boot protocol a target is started by: the one {@code boot.protocol} names, or the one its
 * arch, OS and {@code llvm-target} imply. {@link #of} is the one decision: the layout (and so the
 * linker script) and the entry artifact both take it, so they cannot disagree.
 */
public final class BootProtocol {
    private BootProtocol() {
    }

    /** {@code boot.protocol} as written, if the spec names one. */
    public static Optional<String> declared(Target t) {
        return t.text("/boot/protocol");
    }

    /** The protocol that starts {@code t}: the declared one, else the one the target implies. */
    public static String of(Target t) {
        return declared(t).orElseGet(() -> implied(t));
    }

    /**
     * Whether naming {@code protocol} in {@code boot.protocol} gives a target a layout without a
     * {@code layout} section: the protocols whose programs are placed the same way everywhere.
     * An implied protocol does not, so that rustc's built-ins without a layout stay without one.
     */
    public static boolean declaresLayout(Target t) {
        return declared(t).filter(p -> p.equals("multiboot") || p.equals("multiboot2") || p.equals("linux")
                || p.equals("cortex-m") || p.equals("opensbi")).isPresent();
    }

    /**
     * The protocol a target without {@code boot.protocol} is started by: {@code uefi} for the UEFI OS,
     * {@code cortex-m} for an M-profile Arm core, {@code linux} for a Linux program, {@code hosted} for
     * WebAssembly and other OSes, and {@code bare-metal} otherwise.
     */
    static String implied(Target t) {
        String arch = t.text("/rustc/arch").orElse("");
        String os = t.text("/rustc/os").orElse("none");
        String llvm = t.text("/rustc/llvm-target").orElse(t.triple());
        if (os.equals("uefi")) {
            return "uefi";
        }
        if (arch.equals("arm") && (llvm.startsWith("thumbv6m") || llvm.startsWith("thumbv7m")
                || llvm.startsWith("thumbv7em") || llvm.startsWith("thumbv8m"))) {
            return "cortex-m";
        }
        if (os.equals("linux") && !arch.startsWith("wasm")) {
            return "linux";
        }
        if (arch.startsWith("wasm")) {
            return "hosted";
        }
        if (os.equals("none") || os.isEmpty()) {
            return "bare-metal";
        }
        return "hosted";
    }
}
