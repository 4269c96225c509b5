package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.triple.GnuConfig;
import dev.targetspec.triple.InvalidTripleException;
import dev.targetspec.triple.LlvmTriple;
import dev.targetspec.triple.TargetName;
import java.util.List;
import java.util.Set;

/**
 * Target-name and triple parsers are total: any string parses to slots taken from the string, and
 * the derived facts are drawn from the known vocabularies. Regression inputs: {@code TripleFuzzTestInputs/}.
 *
 * <p>Each parser of names and triples has its own {@code @FuzzTest} method here, named after it, with
 * the invariants above plus its own (for a normalizer: refusal only by its documented exception, and,
 * in the GNU style, idempotence: config.sub takes its own output back unchanged).
 */
class TripleFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void targetName(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        TargetName t = TargetName.parse(name);
        assertEquals(name, t.name());
        assertTrue(name.startsWith(t.arch()));
        assertFalse(t.arch().contains("-"));
        t.vendor().ifPresent(v -> assertTrue(name.contains("-" + v)));
        t.env().ifPresent(e -> assertTrue(name.endsWith(e)));
        t.knownOs().ifPresent(o -> assertTrue(TargetName.OSES.contains(o), o));
        t.archFamily().ifPresent(a -> assertFalse(a.isEmpty()));
        t.knownEnv().ifPresent(e -> assertTrue(t.env().isPresent()));
        t.eabi().ifPresent(e -> assertTrue(e.equals("eabi") || e.equals("eabihf")));
        assertEquals(t, TargetName.parse(name), "parsing is deterministic");
    }

    /** The formats {@code LlvmTriple} can name, from LLVM's {@code Triple::ObjectFormatType}. */
    private static final Set<String> FORMATS = Set.of("coff", "elf", "goff", "macho", "wasm", "xcoff", "spirv",
            "dxcontainer");

    @FuzzTest(maxDuration = "10m")
    void llvmNormalize(FuzzedDataProvider data) {
        String triple = data.consumeRemainingAsString();
        String normal = LlvmTriple.normalize(triple);
        // Not idempotent, like LLVM itself: clang 22 normalizes `windows-s-pow -a @spirv` to
        // `unknown-unknown-windows-spirv`, and that to `spirv-unknown-windows-msvc` (both in the clang corpus).
        assertEquals(normal, LlvmTriple.normalize(triple), "normalizing is deterministic");
        assertEquals(normal, LlvmTriple.parse(triple).normalized());
        // Normalizing moves, fills in and rewrites components; it never invents a separator-free name.
        assertTrue(triple.isEmpty() || !normal.isEmpty(), normal);
        LlvmTriple parsed = LlvmTriple.parse(normal);
        assertEquals(normal, parsed.text());
        assertTrue(parsed.objectFormat() == null || FORMATS.contains(parsed.objectFormat()), parsed.objectFormat());
    }

    @FuzzTest(maxDuration = "10m")
    void gnuNormalize(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        String canonical;
        try {
            canonical = GnuConfig.normalize(name);
        } catch (InvalidTripleException e) {
            assertEquals(name, e.name());
            assertTrue(Set.of("cpu", "os", "kernel", "object format", "name").contains(e.component()), e.component());
            Invariants.oneLine(e.getMessage());
            assertFalse(GnuConfig.isValid(name));
            return;
        }
        assertTrue(GnuConfig.isValid(name));
        // config.sub prints CPU-VENDOR-OS or CPU-VENDOR-KERNEL-OS, and takes its own output back unchanged.
        // A name with an empty part is the exception: config.sub complains ("Blank OS only allowed ..."),
        // then prints what it has, with exit status 0 (`c2c2u#---` -> `c2c2u#-`, `c2a-2--` -> `c2a-2`).
        if (List.of(name.split("-", -1)).contains("")) {
            return;
        }
        int parts = canonical.split("-", -1).length;
        assertTrue(parts == 3 || parts == 4, () -> name + " -> " + canonical);
        try {
            assertEquals(canonical, GnuConfig.normalize(canonical), () -> "not idempotent: " + name);
        } catch (InvalidTripleException e) {
            throw new AssertionError(name + " -> " + canonical + ", which is then refused: " + e.getMessage(), e);
        }
    }
}
