package dev.targetspec.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `targetspec diff`, `docs --format markdown` and `rfc`, run from the packaged jar. */
class DocsCommandsEndToEndTest {
    @TempDir
    Path dir;

    static String registry() {
        return Proc.root().resolve("targets").toAbsolutePath().toString();
    }

    @Test
    void diffShowsWhatMultiboot2ChangesInTextAndJson() {
        Proc.Result text = Proc.targetspec(dir, "diff", "x86_64-unknown-none-multiboot", "x86_64-unknown-none-multiboot2",
                "--registry", registry());
        assertEquals(0, text.code(), text.err());
        assertEquals("""
                --- x86_64-unknown-none-multiboot
                +++ x86_64-unknown-none-multiboot2
                - /boot/flags (was {"page-align":true,"memory-info":true})
                ~ /boot/protocol: "multiboot" -> "multiboot2"
                + /boot/tags = [{"type":"information-request","requests":[4,6]}]
                1 added, 1 removed, 1 changed
                """, text.out());
        Proc.Result json = Proc.targetspec(dir, "diff", "x86_64-unknown-none", "x86_64-unknown-none-multiboot",
                "--format", "json", "--registry", registry());
        assertEquals(0, json.code(), json.err());
        JsonNode d = JsonMapper.builder().build().readTree(json.out());
        boolean codeModel = false;
        for (JsonNode c : d.get("changes")) {
            codeModel |= c.get("pointer").asString().equals("/rustc/position-independent-executables")
                    && c.get("before").asBoolean() && !c.get("after").asBoolean();
        }
        assertTrue(codeModel, json.out());
        Proc.Result missing = Proc.targetspec(dir, "diff", "x86_64-unknown-none", "no-such-target", "--registry", registry());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: no target `no-such-target`"), missing.err());
    }

    @Test
    void markdownPagesAreWrittenForAnMdBook() throws Exception {
        Proc.Result r = Proc.targetspec(dir, "docs", "--format", "markdown", "-o", "book", "--registry", registry());
        assertEquals(0, r.code(), r.err());
        Path book = dir.resolve("book");
        long pages;
        try (Stream<Path> s = Files.list(book.resolve("targets"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertTrue(pages >= 330, pages + " pages");
        assertTrue(r.out().startsWith("wrote " + pages + " target pages"), r.out());
        String summary = Files.readString(book.resolve("SUMMARY.md"));
        assertTrue(summary.contains("(targets/x86_64-unknown-none-multiboot2.md)"));
        String page = Files.readString(book.resolve("targets/x86_64-unknown-none-multiboot2.md"));
        for (String h : new String[] {"## Target maintainers", "## Requirements", "## Building the target",
                "## Building Rust programs", "## Testing", "## Cross-compilation toolchains and C code"}) {
            assertTrue(page.contains("\n" + h + "\n"), h);
        }
    }

    @Test
    void rfcWritesADraftAndRustcAcceptsTheTarget() throws Exception {
        Proc.require("rustc", "rustc");
        Proc.Result r = Proc.targetspec(dir, "rfc", "i686-unknown-none-multiboot", "-o", "draft.md", "--registry",
                registry());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("rustc: accepted"), r.out());
        String draft = Files.readString(dir.resolve("draft.md"));
        assertTrue(draft.contains("- [x] **10.** "), draft);
        assertTrue(draft.contains("## Rationale and alternatives"));
    }

    @Test
    void rfcReportsUnmetRequirementsAndRustcRejection() throws Exception {
        Proc.require("rustc", "rustc");
        Path reg = dir.resolve("targets");
        Files.createDirectories(reg.resolve("rustc"));
        Files.copy(Proc.root().resolve("targets/rustc/x86_64-unknown-none.json"), reg.resolve("rustc/x86_64-unknown-none.json"));
        Files.writeString(reg.resolve("x86_64-unknown-none-broken.json"), """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "triple": "x86_64-unknown-none-broken",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {"description": "a proposal with a wrong data layout", "status": "proposed"},
                  "rustc": {"data-layout": "e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"}
                }
                """);
        Proc.Result r = Proc.targetspec(dir, "rfc", "x86_64-unknown-none-broken", "-o", "broken.md", "--registry",
                reg.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("rustc: rejected"), r.out());
        assertTrue(r.out().contains("not met: 1."), r.out());
        String draft = Files.readString(dir.resolve("broken.md"));
        assertTrue(draft.contains("*not met*: rustc rejects the exported JSON: error: data-layout for target"), draft);

        Proc.Result builtin = Proc.targetspec(dir, "rfc", "x86_64-unknown-none", "-o", "no.md", "--registry", reg.toString());
        assertEquals(2, builtin.code());
        assertTrue(builtin.err().contains("is not a proposal"), builtin.err());
    }
}
