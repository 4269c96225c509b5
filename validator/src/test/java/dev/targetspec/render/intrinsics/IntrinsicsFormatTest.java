package dev.targetspec.render.intrinsics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IntrinsicsFormatTest {
    private static final IntrinsicList LIST = new IntrinsicList("t", List.of(
            new Intrinsic("memcpy", Family.MEMORY, "copies", "compiler_builtins"),
            new Intrinsic("__udivdi3", Family.INTEGER, "64-bit division", "compiler_builtins"),
            new Intrinsic("_GLOBAL_OFFSET_TABLE_", Family.LINKER, "PIC", "the linker")), List.of("a note"));

    @Test
    void jsonHasOneEntryPerSymbolWithTheFourKeys() {
        JsonNode root = JsonMapper.builder().build().readTree(IntrinsicsFormat.json(LIST));
        assertEquals("t", root.get("target").asString());
        assertEquals(3, root.get("symbols").size());
        JsonNode first = root.get("symbols").get(0);
        assertEquals("memcpy", first.get("name").asString());
        assertEquals("memory", first.get("family").asString());
        assertEquals("copies", first.get("reason").asString());
        assertEquals("compiler_builtins", first.get("provided-by").asString());
        assertEquals("a note", root.get("notes").get(0).asString());
    }

    @Test
    void ldFormLeavesOutLinkerDefinedSymbols() {
        assertEquals("-u memcpy\n-u __udivdi3\n", IntrinsicsFormat.ld(LIST, false));
        assertEquals("--undefined=memcpy\n--undefined=__udivdi3\n", IntrinsicsFormat.ld(LIST, true));
    }

    @Test
    void textGroupsByFamily() {
        String text = IntrinsicsFormat.text(LIST);
        assertTrue(text.contains("memory (1)"));
        assertTrue(text.contains("integer (1)"));
        assertTrue(text.indexOf("memory (1)") < text.indexOf("integer (1)"));
        assertTrue(text.contains("a note"));
        assertFalse(text.contains("atomics ("), "empty families are left out");
    }
}
