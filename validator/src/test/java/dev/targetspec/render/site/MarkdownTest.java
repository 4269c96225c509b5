package dev.targetspec.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Markdown escaping keeps spec text as text. */
class MarkdownTest {
    @Test
    void markupAndHtmlAreNeutralised() {
        String md = Markdown.text("<script>alert(1)</script> *bold* [link](javascript:x) | cell");
        assertFalse(md.contains("<"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(md.contains("\\*bold\\*"), md);
        assertTrue(md.contains("\\[link\\]"), md);
        assertTrue(md.contains("\\|"), md);
    }

    @Test
    void lineBreaksCannotStartABlock() {
        assertEquals("a # b", Markdown.text("a\n# b"));
        assertEquals("\\# heading", Markdown.text("# heading"));
        assertEquals("1\\. item", Markdown.text("1. item"));
    }

    @Test
    void mdBookIncludesAreNeverExpanded() {
        assertFalse(Markdown.text("{{#include /etc/passwd}}").contains("{{#"));
        assertEquals("`\\{{#include x}}`", Markdown.code("{{#include x}}"));
    }

    @Test
    void codeSpansAndFencesOutlastTheirContent() {
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("````", Markdown.fence("x ``` y"));
        assertEquals("```", Markdown.fence("plain"));
    }

    @Test
    void tableCellsEscapePipesEvenInCode() {
        assertEquals("`a\\|b`", Markdown.cell("a|b"));
    }

    @Test
    void inlineMarksCodeAndKeepsAnUnpairedBacktick() {
        assertEquals("use `core` only", Markdown.inline("use `core` only"));
        assertEquals("a \\`b", Markdown.inline("a `b"));
    }
}
