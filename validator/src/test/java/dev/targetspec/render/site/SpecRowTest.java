package dev.targetspec.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.spec.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where each value of a resolved target comes from. */
class SpecRowTest {
    static Target target(String triple) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow();
    }

    static Map<String, SpecRow> rows(String triple, String base) {
        List<SpecRow> rows = SpecRow.of(target(triple), Optional.ofNullable(base).map(SpecRowTest::target));
        return rows.stream().collect(Collectors.toMap(SpecRow::pointer, Function.identity()));
    }

    @Test
    void inheritedOverriddenAndAddedValuesAreTold() {
        Map<String, SpecRow> rows = rows("i686-unknown-none", "i686-unknown-linux-gnu");
        assertEquals(new SpecRow("/rustc/arch", "\"x86\"", SpecRow.Source.INHERITED, "i686-unknown-linux-gnu"),
                rows.get("/rustc/arch"));
        assertEquals(SpecRow.Source.OVERRIDDEN, rows.get("/rustc/os").source());
        assertEquals(new SpecRow("/rustc/disable-redzone", "true", SpecRow.Source.ADDED, "i686-unknown-none"),
                rows.get("/rustc/disable-redzone"));
        assertTrue(!rows.containsKey("/rustc/env"), "a value the target removes is not listed");
    }

    @Test
    void aValueTwoLevelsUpNamesTheFileThatSetIt() {
        Map<String, SpecRow> rows = rows("x86_64-unknown-none-multiboot2", "x86_64-unknown-none-multiboot");
        assertEquals("x86_64-unknown-none-multiboot", rows.get("/rustc/relocation-model").from());
        assertEquals("x86_64-unknown-none", rows.get("/rustc/disable-redzone").from());
        assertEquals(SpecRow.Source.OVERRIDDEN, rows.get("/boot/protocol").source());
    }

    @Test
    void anOverlayOnABuiltinShowsTheBuiltinsValuesAsInherited() {
        Map<String, SpecRow> rows = rows("x86_64-unknown-none", null);
        assertEquals(SpecRow.Source.INHERITED, rows.get("/rustc/code-model").source());
        assertEquals(SpecRow.Source.ADDED, rows.get("/boot/protocol").source());
    }
}
