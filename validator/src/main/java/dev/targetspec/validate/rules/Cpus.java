package dev.targetspec.validate.rules;

import dev.targetspec.profile.Profile;

/** What rustc's LLVM does with a `cpu`, from the profile's probes. */
final class Cpus {
    private Cpus() {
    }

    /** Whether LLVM stops (or crashes) compiling for {@code arch} with {@code cpu}. */
    static boolean fatal(Profile profile, String arch, String cpu) {
        // `native` is the machine rustc runs on, which rustc names to LLVM itself.
        if (cpu.isEmpty() || cpu.equals("native")) {
            return false;
        }
        return profile.arch(arch).map(a -> a.fatalCpus().contains(cpu)
                || (a.unknownCpuFatal() && !a.cpus().contains(cpu))).orElse(false);
    }
}
