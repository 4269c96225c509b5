package dev.targetspec.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.targetspec.diag.Fix;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;
import org.junit.jupiter.api.Test;

class FixTextTest {
    private static final String TEXT = "{\n  \"a\": 1,\n  \"b\": [1, 2],\n  \"c\": {\"d\": 2}\n}\n";

    private static String apply(Fix.Edit... edits) {
        return FixText.apply(TEXT, new Fix("test", edits));
    }

    @Test
    void removingTheLastMemberTakesTheCommaBeforeIt() {
        assertEquals("{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n", apply(Fix.Edit.remove("/c")));
    }

    @Test
    void removingAnEntryKeepsEveryOtherByte() {
        assertEquals("{\n  \"b\": [1, 2],\n  \"c\": {\"d\": 2}\n}\n", apply(Fix.Edit.remove("/a")));
        assertEquals("{\n  \"a\": 1,\n  \"b\": [1],\n  \"c\": {\"d\": 2}\n}\n", apply(Fix.Edit.remove("/b/1")));
        assertEquals("{\n  \"a\": 1,\n  \"b\": [1, 2],\n  \"c\": {}\n}\n", apply(Fix.Edit.remove("/c/d")));
    }

    @Test
    void addingAMemberFollowsTheIndentation() {
        assertEquals("{\n  \"a\": 1,\n  \"b\": [1, 2],\n  \"c\": {\"d\": 2},\n  \"e\": \"x\"\n}\n",
                apply(Fix.Edit.add("/e", StringNode.valueOf("x"))));
    }

    @Test
    void addingUnderAMissingObjectAddsTheObject() throws Exception {
        String out = apply(Fix.Edit.add("/f/kind", StringNode.valueOf("call")));
        assertEquals(JsonNodeFactory.instance.objectNode().put("kind", "call"),
                dev.targetspec.json.StrictJson.parse(out.getBytes(java.nio.charset.StandardCharsets.UTF_8)).root().get("f"));
    }

    @Test
    void renameAndReplaceTouchOnlyTheKeyOrTheValue() {
        assertEquals(TEXT.replace("\"a\"", "\"z\""), apply(Fix.Edit.rename("/a", "/z")));
        assertEquals(TEXT.replace("\"a\": 1", "\"a\": 7"), apply(Fix.Edit.replace("/a", IntNode.valueOf(7))));
    }

    @Test
    void anEditOfAValueThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> apply(Fix.Edit.remove("/nope")));
        assertThrows(IllegalArgumentException.class, () -> apply(Fix.Edit.rename("/a", "/c/a")));
    }

    @Test
    void theChangedRegionIsTheOneSpanThatDiffers() {
        String after = apply(Fix.Edit.replace("/a", IntNode.valueOf(7)));
        FixText.Region r = FixText.changed(TEXT, after);
        assertEquals(2, r.startLine());
        assertEquals(8, r.startColumn());
        assertEquals("7", r.replacement());
        assertEquals(after, TEXT.substring(0, r.offset()) + r.replacement() + TEXT.substring(r.offset() + r.length()));
    }
}
