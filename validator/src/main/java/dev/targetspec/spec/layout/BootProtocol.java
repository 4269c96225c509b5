package dev.targetspec.spec.layout;

import dev.targetspec.spec.Target;
import java.util.Optional;

/**
 * Which boot protocol a target is started by: the one {@code boot.protocol} names, or the one its
 * arch, OS and {@code llvm-target} imply. The linker script and the entry artifact both decide here,
 * so they cannot disagree.
 */
public final class BootProtocol {
    private BootProtocol() {
    }

    /** {@code boot.protocol} as written, if the spec names one. */
    public static Optional<String> declared(Target t) {
        return t.text("/boot/protocol");
    }

    /** The declared protocol, else the one the target implies. */
    public static String of(Target t) {
        return declared(t).orElseGet(() -> implied(t));
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
