package dev.targetspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The outline of texts as they are while being typed: valid JSON, cut short, or broken. */
class JsonOutlineTest {
    @Test
    void membersAndElementsAreFoundByPointerWithTheirSpans() {
        String text = "{\"a\": {\"b/c\": [1, \"x\"]}, \"d\": true}";
        JsonOutline o = JsonOutline.of(text);
        JsonOutline.Member bc = o.member("/a/b~1c").orElseThrow();
        assertEquals("\"b/c\"", text.substring(bc.keyStart(), bc.keyEnd()));
        assertEquals("[1, \"x\"]", text.substring(bc.value().start(), bc.value().end()));
        JsonOutline.Value x = o.value("/a/b~1c/1").orElseThrow();
        assertEquals("\"x\"", text.substring(x.start(), x.end()));
        assertEquals("/d", o.memberAt(text.indexOf("true")).orElseThrow().pointer());
    }

    @Test
    void whatPrecedesAnErrorIsStillOutlined() {
        String text = "{\n  \"arch\": \"x86_64\",\n  \"cpu\": \n  \"oops\n";
        JsonOutline o = JsonOutline.of(text);
        assertTrue(o.member("/arch").isPresent());
        assertFalse(o.member("/oops").isPresent());
    }

    @Test
    void theContextOfAnOffsetIgnoresWhatFollowsIt() {
        String text = "{\"rustc\": {\"code-model\": \"sm\", \"dis";
        JsonOutline o = JsonOutline.of(text);
        JsonOutline.Context value = o.contextAt(text.indexOf("sm") + 2);
        assertEquals("/rustc", value.container());
        assertFalse(value.keyPosition());
        assertEquals("code-model", value.key());
        assertEquals("\"sm\"", text.substring(value.tokenStart(), value.tokenEnd()));
        JsonOutline.Context key = o.contextAt(text.length());
        assertEquals("/rustc", key.container());
        assertTrue(key.keyPosition());
        assertEquals("\"dis", text.substring(key.tokenStart(), key.tokenEnd()));
        JsonOutline.Context inArray = JsonOutline.of("{\"a\": [1, ").contextAt(10);
        assertEquals("/a", inArray.container());
        assertFalse(inArray.inObject());
    }

    @Test
    void linesCountUtf16UnitsAsLspDoes() {
        String text = "{\"é𝄞\": 1,\n\"b\": 2}";
        Lines lines = new Lines(text);
        int b = text.indexOf("\"b\"");
        assertEquals(1, lines.position(b).getLine());
        assertEquals(0, lines.position(b).getCharacter());
        assertEquals(b, lines.offset(lines.position(b)));
        assertEquals(text.indexOf(": 1"), lines.offset(new org.eclipse.lsp4j.Position(0, 6)));
    }
}
