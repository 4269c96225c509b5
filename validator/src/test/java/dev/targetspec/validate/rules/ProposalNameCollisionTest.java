package dev.targetspec.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.registry.Registry;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Near-collision detection, case by case, and the built-in list against the imported registry. */
class ProposalNameCollisionTest {
    @Test
    void separatorsAndCaseAreNearCollisions() {
        assertTrue(ProposalNameCollision.nearCollision("x86-64-unknown-none", "x86_64-unknown-none").isPresent());
        assertTrue(ProposalNameCollision.nearCollision("X86_64-unknown-none", "x86_64-unknown-none").isPresent());
        assertTrue(ProposalNameCollision.nearCollision("x86_64-unknown_none", "x86_64-unknown-none").isPresent());
    }

    @Test
    void oneLetterOutsideTheArchitectureIsANearCollision() {
        assertTrue(ProposalNameCollision.nearCollision("x86_64-unknwon-none", "x86_64-unknown-none").isPresent());
        assertTrue(ProposalNameCollision.nearCollision("x86_64-unknown-nne", "x86_64-unknown-none").isPresent());
        assertTrue(ProposalNameCollision.nearCollision("x86_64-unknown-nonf", "x86_64-unknown-none").isPresent());
        assertTrue(ProposalNameCollision.nearCollision("x86_64-unknown-nones", "x86_64-unknown-none").isPresent());
    }

    @Test
    void versionsArchitectureVariantsAndRealDifferencesAreNot() {
        assertFalse(ProposalNameCollision.nearCollision("x86_64-unknown-none-multiboot2",
                "x86_64-unknown-none-multiboot").isPresent());
        assertFalse(ProposalNameCollision.nearCollision("riscv32imac-unknown-none-elf",
                "riscv32imc-unknown-none-elf").isPresent());
        assertFalse(ProposalNameCollision.nearCollision("x86_64-unknown-none-elf", "x86_64-unknown-none").isPresent());
        assertFalse(ProposalNameCollision.nearCollision("i686-unknown-none", "i586-unknown-none").isPresent());
        assertFalse(ProposalNameCollision.nearCollision("x86_64-unknown-none", "x86_64-unknown-none").isPresent());
    }

    @Test
    void singleEditNamesTheEditedCharacters() {
        assertEquals("ow", ProposalNameCollision.singleEdit("unknown", "unknwon"));
        assertEquals("2", ProposalNameCollision.singleEdit("multiboot", "multiboot2"));
        assertEquals("ef", ProposalNameCollision.singleEdit("none", "nonf"));
        assertNull(ProposalNameCollision.singleEdit("none", "elf"));
        assertNull(ProposalNameCollision.singleEdit("same", "same"));
    }

    @Test
    void theBuiltinListIsTheImportedRegistry() {
        Registry registry = Repo.registry();
        TreeSet<String> imported = new TreeSet<>();
        for (String t : registry.triples()) {
            if (registry.isImported(t)) {
                imported.add(t);
            }
        }
        assertEquals(List.copyOf(imported), List.copyOf(new TreeSet<>(ProposalNameCollision.BUILTINS)));
    }

    @Test
    void noProposalInTheRegistryCollides() {
        Registry registry = Repo.registry();
        for (String t : registry.triples()) {
            if (!registry.isImported(t)) {
                for (String b : ProposalNameCollision.BUILTINS) {
                    assertTrue(t.equals(b) || ProposalNameCollision.nearCollision(t, b).isEmpty(), t + " vs " + b);
                }
            }
        }
    }
}
