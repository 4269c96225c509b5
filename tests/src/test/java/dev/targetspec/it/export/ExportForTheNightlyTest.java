package dev.targetspec.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import dev.targetspec.it.rustc.Rustc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry's built-ins are rustc 1.95's; some of them, exported as they are, do not build with the
 * 1.97 nightly. Exported with {@code render}, then {@code fix --rustc 1.97}, they do: judged by the
 * real compilers (the file loads, and a {@code #![no_core]} library builds for it).
 */
class ExportForTheNightlyTest {
    @TempDir
    Path dir;

    static Rustc stable;
    static Rustc nightly;

    @BeforeAll
    static void compilers() {
        Proc.require("rustc", "rustc");
        stable = new Rustc("rustc");
        nightly = new Rustc("rustc +nightly");
        assertTrue(nightly.version().startsWith("rustc 1.97.0-nightly"), "the 1.97 nightly is needed: " + nightly.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mipsel-unknown-none",        // from 1.96 a 32-bit MIPS target names its ABI
        "aarch64-unknown-uefi",       // `allows-weak-linkage`, removed in 1.97
        "aarch64-unknown-none-softfloat", // from 1.96 soft-float AArch64 says so in `rustc-abi`
    })
    void aBuiltinFixedForTheNightlyBuildsWithIt(String triple) throws Exception {
        Path file = dir.resolve(triple + ".json");
        Proc.Result render = Proc.targetspec(dir, "render", triple, "--artifact", "rustc-json", "-o", file.toString());
        assertEquals(0, render.code(), render.err());
        assertTrue(stable.verdict(file, dir).accepted(), "rustc 1.95 builds its own built-in");
        Rustc.Verdict before = nightly.verdict(file, dir);
        assertFalse(before.accepted(), "the nightly refuses the 1.95 form");

        Proc.Result check = Proc.targetspec(dir, "validate", "--rustc", "1.97", file.toString());
        assertEquals(1, check.code(), "targetspec says so too: " + check.out());

        Proc.Result fix = Proc.targetspec(dir, "fix", "--rustc", "1.97", file.toString());
        assertEquals(0, fix.code(), fix.out() + fix.err());
        assertTrue(fix.out().contains(file.getFileName() + ": changed 1 thing:"), fix.out());
        Rustc.Verdict after = nightly.verdict(file, dir);
        assertTrue(after.accepted(), "the nightly builds the fixed file: " + after + "\n" + Files.readString(file));
    }
}
