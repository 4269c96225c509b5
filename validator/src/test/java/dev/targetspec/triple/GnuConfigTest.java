package dev.targetspec.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-picked cases; every expected value (and every rejection) is what GNU
 * config.sub 2025-07-10 prints for the name.
 */
class GnuConfigTest {

    private static final String[][] ACCEPTED = {
            {"sun4", "sparc-sun-sunos4.1.1"},
            {"mingw32", "i686-pc-mingw32"},
            {"i686-w64-mingw32", "i686-w64-mingw32"},
            {"x86_64-linux", "x86_64-pc-linux-gnu"},
            {"arm-linux-gnueabihf", "arm-unknown-linux-gnueabihf"},
            {"aarch64-linux-android", "aarch64-unknown-linux-android"},
            {"amd64-unknown-freebsd13.0", "x86_64-unknown-freebsd13.0"},
            {"riscv64-linux-musl", "riscv64-unknown-linux-musl"},
            {"pdp11", "pdp11-dec-none"},
            {"vax", "vax-dec-ultrix4.2"},
            {"hp9k712", "hppa1.1-hp-hpux"},
            {"i386v4", "i386-pc-sysv4"},
            {"decstation-3100", "mips-dec-ultrix4.2"},
            {"xscale-linux", "arm-unknown-linux-gnu"},
            {"ppc64le-linux", "powerpc64le-unknown-linux-gnu"},
            {"sh5el-elf", "sh5le-unknown-elf"},
            {"e500v2-linux", "powerpc-unknown-linux-gnuspe"},
            {"armh-linux", "armv7l-alt-linux-gnu"},
            {"arm-pikeos", "arm-unknown-eabi"},
            {"x86_64-pc-linux-gnu", "x86_64-pc-linux-gnu"},
            {"x86_64-gnu/linux-gnu", "x86_64-gnu/linux-gnu"},
            {"iris4d", "mips-sgi-irix4"},
            {"sparc-sun-solaris2.11", "sparc-sun-solaris2.11"},
            {"i586-pc-msdosdjgpp", "i586-pc-msdosdjgpp"},
            {"m68k-unknown-linux", "m68k-unknown-linux-gnu"},
            {"x86_64-managarm-mlibc", "x86_64-pc-managarm-mlibc"},
            {"aarch64-tock", "aarch64-unknown-tock"},
            {"x86_64-unknown-uefi", "x86_64-unknown-uefi"},
            {"wasm32-wasi", "wasm32-unknown-wasi"},
            // Found by fuzzing, and what config.sub (timestamp 2025-07-10) prints: for a name with empty
            // parts, after a complaint on stderr ("Blank OS only allowed ..."), with exit status 0.
            {"c2c2u#---", "c2c2u#-"},
            {"c2c2u#-", "c2c2u#-unknown-none"},
            {"c2a-2--", "c2a-2"},
    };

    /** Name, the component the error names, and config.sub's complaint. */
    private static final String[][] REJECTED = {
            {"pikeos-x86", "cpu", "machine 'pikeos-unknown' not recognized"},
            {"sco5", "cpu", "machine 'sco5-unknown' not recognized"},
            {"foo-linux", "cpu", "machine 'foo-unknown' not recognized"},
            {"x86_64-unknown-foobar", "os", "OS 'foobar' not recognized"},
            {"x86_64-linux-msvc", "os", "'msvc' needs 'windows'"},
            {"x86_64-musl", "os", "libc 'musl' needs explicit kernel"},
            {"a-b-c-d-e", "name", "more than four components"},
            {"javascript-unknown-linux", "cpu", "cpu 'javascript' is not valid with os 'gnu'"},
            {"x86_64-pc-linux-gnu-elf", "name", "more than four components"},
            {"x86_64-unknown-kernel", "os", "'kernel' needs explicit kernel"},
            {"x86_64-unknown-linux-kernel", "kernel", "'linux' does not support 'kernel'"},
            {"x86_64-elf-foo", "os", "OS 'foo' not recognized"},
            {"riscv64gc-unknown-none-elf", "cpu", "machine 'riscv64gc-unknown' not recognized"},
            {"c2a-2", "os", "OS '2' not recognized"},
    };

    static Stream<Arguments> accepted() {
        return Arrays.stream(ACCEPTED).map(c -> Arguments.of(c[0], c[1]));
    }

    static Stream<Arguments> rejected() {
        return Arrays.stream(REJECTED).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accepted")
    void canonicalizesLikeConfigSub(String input, String expected) throws InvalidTripleException {
        assertEquals(expected, GnuConfig.normalize(input));
        assertTrue(GnuConfig.isValid(input));
    }

    @ParameterizedTest(name = "{0} rejected ({1})")
    @MethodSource("rejected")
    void rejectsLikeConfigSub(String input, String component, String complaint) {
        InvalidTripleException e = assertThrows(InvalidTripleException.class, () -> GnuConfig.normalize(input));
        assertEquals(component, e.component());
        assertEquals(input, e.name());
        assertTrue(e.getMessage().contains(complaint), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), e.getMessage());
        assertFalse(GnuConfig.isValid(input));
    }

    @Test
    void styleSwitchPicksTheNormalizer() throws InvalidTripleException {
        assertEquals("arm-unknown-none-eabi", TripleStyle.of("llvm").normalize("arm-none-eabi"));
        assertEquals("arm-none-eabi", TripleStyle.of("GNU").normalize("arm-none-eabi"));
        assertThrows(IllegalArgumentException.class, () -> TripleStyle.of("msvc"));
    }
}
