package dev.targetspec.render.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.spec.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The semantic diff on the registry's own targets. */
class SpecDiffTest {
    static Target target(String triple) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow();
    }

    @Test
    void multiboot2ChangesOnlyTheBootProtocolAndHeaderFromMultiboot() {
        SpecDiff d = SpecDiff.between(target("x86_64-unknown-none-multiboot"), target("x86_64-unknown-none-multiboot2"));
        assertEquals(List.of("/boot/flags", "/boot/protocol", "/boot/tags"),
                d.changes().stream().map(SpecDiff.Change::pointer).toList(), "a `$comment` is not a change");
        SpecDiff.Change c = d.changes().get(1);
        assertEquals(SpecDiff.Kind.CHANGED, c.kind());
        assertEquals("multiboot", c.before().asString());
        assertEquals("multiboot2", c.after().asString());
        assertEquals("1 added, 1 removed, 1 changed", d.summary());
    }

    @Test
    void multibootOverridesCodeGenerationOfItsBase() {
        SpecDiff d = SpecDiff.between(target("x86_64-unknown-none"), target("x86_64-unknown-none-multiboot"));
        assertTrue(d.changes().stream().anyMatch(c -> c.pointer().equals("/rustc/position-independent-executables")
                && c.before().asBoolean() && !c.after().asBoolean()), d.toText());
        assertTrue(d.changes().stream().noneMatch(c -> c.pointer().startsWith("/metadata")), "metadata is not compared");
    }

    @Test
    void addedAndRemovedValuesAreReportedBothWays() {
        SpecDiff forward = SpecDiff.between(target("i686-unknown-linux-gnu"), target("i686-unknown-none"));
        SpecDiff back = SpecDiff.between(target("i686-unknown-none"), target("i686-unknown-linux-gnu"));
        assertEquals(forward.changes().size(), back.changes().size());
        assertTrue(forward.changes().stream().anyMatch(c -> c.pointer().equals("/rustc/env")
                && c.kind() == SpecDiff.Kind.REMOVED), forward.toText());
        assertTrue(back.changes().stream().anyMatch(c -> c.pointer().equals("/rustc/env")
                && c.kind() == SpecDiff.Kind.ADDED), back.toText());
    }

    @Test
    void aTargetAgainstItselfHasNoChanges() {
        SpecDiff d = SpecDiff.between(target("x86_64-unknown-none"), target("x86_64-unknown-none"));
        assertTrue(d.isEmpty());
        assertTrue(d.toText().contains("(no differences)"));
    }

    @Test
    void jsonOmitsBeforeForAddedAndAfterForRemoved() {
        ObjectNode json = SpecDiff.between(target("i686-unknown-linux-gnu"), target("i686-unknown-none")).toJson();
        assertEquals("i686-unknown-linux-gnu", json.get("from").asString());
        json.get("changes").forEach(c -> {
            String kind = c.get("kind").asString();
            assertEquals(!kind.equals("added"), c.has("before"), c.toString());
            assertEquals(!kind.equals("removed"), c.has("after"), c.toString());
        });
    }
}
