package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.MemoryX;

/**
 * The memory.x reader is total: any text either reads, with every region inside the 64-bit address
 * space, or is refused with a one-line sentence and a line of the text. Regression inputs:
 * {@code MemoryXFuzzTestInputs/}.
 */
class MemoryXFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void memoryX(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        try {
            MemoryX.File f = MemoryX.parse(text);
            for (MemoryX.Entry e : f.regions()) {
                assertTrue(e.origin().signum() >= 0 && e.origin().compareTo(Address.LIMIT) < 0, e.toString());
                assertTrue(e.length().signum() >= 0 && e.length().compareTo(Address.LIMIT) < 0, e.toString());
                assertTrue(e.line() >= 1 && e.line() <= lines, e.toString());
                assertFalse(e.name().isEmpty());
            }
            f.aliases().forEach((a, r) -> assertFalse(a.isEmpty() && r.isEmpty()));
            assertEquals(f.regions(), MemoryX.parse(text).regions(), "reading is deterministic");
        } catch (MemoryX.Malformed e) {
            assertTrue(e.line() >= 1 && e.line() <= lines, e.line() + " of " + lines);
            assertTrue(e.getMessage().endsWith(".") && e.getMessage().lines().count() == 1, e.getMessage());
            assertTrue(e.getMessage().length() < 400, e.getMessage());
        }
    }
}
