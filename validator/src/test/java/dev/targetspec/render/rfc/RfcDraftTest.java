package dev.targetspec.render.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.rustc.RustcJson;
import dev.targetspec.render.Validity;
import dev.targetspec.render.site.Site;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prose parsing, the generated reference section and the tier-3 checklist. */
class RfcDraftTest {
    static Target target(String triple) {
        return Repo.registry().resolve(triple).orElseThrow().target().orElseThrow();
    }

    static RfcDraft.Entry entry(Target t, RustcCheck.Outcome rustc) {
        Registry reg = Repo.registry();
        Site site = new Site(reg, List.of(new RustcJson()), "targetspec test");
        return new RfcDraft.Entry(t, site.base(t), site.artifacts(t),
                Tier3Checklist.of(t, site.verdict(t).diagnostics(), rustc));
    }

    @Test
    void proseIsSplitIntoTheTemplateSections() {
        RfcProse p = RfcProse.parse("# Title\n\n- Feature Name: `x`\n\n## Motivation\n\nBecause.\n\n```\n## not a heading\n```\n"
                + "\n## Drawbacks\n\nSome.\n");
        assertEquals(Optional.of("Title"), p.title());
        assertEquals("- Feature Name: `x`", p.header());
        assertTrue(p.sections().get("Motivation").contains("## not a heading"));
        assertEquals("Some.", p.sections().get("Drawbacks"));
    }

    @Test
    void unknownOrRepeatedSectionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RfcProse.parse("## Motivaton\n"));
        assertThrows(IllegalArgumentException.class, () -> RfcProse.parse("## Summary\na\n## Summary\nb\n"));
    }

    @Test
    void theDraftHasEveryTemplateSectionInOrderAndAGeneratedReference() {
        String md = RfcDraft.render(RfcProse.parse("## Motivation\n\nKernels need it.\n"),
                List.of(entry(target("x86_64-unknown-none-multiboot2"), RustcCheck.skipped("test"))));
        int last = -1;
        for (String s : RfcProse.SECTIONS) {
            int at = md.indexOf("\n## " + s + "\n");
            assertTrue(at > last, s + " follows in order:\n" + md);
            last = at;
        }
        assertTrue(md.contains("Kernels need it."));
        assertTrue(md.contains("## Drawbacks\n\n*To be written.*"), "a missing section is marked");
        assertTrue(md.contains("#### Changes from `x86_64-unknown-none-multiboot`"), md);
        assertTrue(md.contains("| `/boot/protocol` | changed | `\"multiboot\"` | `\"multiboot2\"` |"), md);
        assertTrue(md.contains("##### rustc-json (`x86_64-unknown-none-multiboot2.json`)"), md);
        assertTrue(md.contains("- [ ] **10.** "), md);
        assertTrue(md.contains("*to confirm*: rustc was not run (test)."), md);
    }

    @Test
    void theChecklistAnswersFromTheSpec() throws Exception {
        Validity validity = new Validity(Repo.registry());
        Target i686 = target("i686-unknown-none-multiboot");
        List<Tier3Checklist.Item> good = Tier3Checklist.of(i686, validity.of(i686.file()).diagnostics(),
                new RustcCheck.Outcome(RustcCheck.Verdict.ACCEPTED, "rustc 1.95.0"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), good.stream().map(Tier3Checklist.Item::number).toList());
        assertEquals(6, good.stream().filter(i -> i.status() == Tier3Checklist.Status.MET).count());
        assertTrue(!Tier3Checklist.anyNotMet(good));

        String bare = """
                {"$schema": "x", "triple": "x86_64-unknown-none-bare", "inherits": "x86_64-unknown-none",
                 "metadata": {"status": "proposed", "maintainers": []}}
                """;
        Target t = Repo.registry().resolve(SpecLoader.parse(Path.of("x86_64-unknown-none-bare.json"),
                bare.getBytes(StandardCharsets.UTF_8))).target().orElseThrow();
        List<Tier3Checklist.Item> items = Tier3Checklist.of(t, validity.of(t.file()).diagnostics(),
                new RustcCheck.Outcome(RustcCheck.Verdict.REJECTED, "error: bad"));
        assertTrue(Tier3Checklist.anyNotMet(items));
        for (int n : List.of(1, 4, 5, 7, 10)) {
            assertEquals(Tier3Checklist.Status.NOT_MET, items.get(n - 1).status(), "item " + n);
        }
        assertEquals(Tier3Checklist.Status.MET, items.get(1).status(), "the name is fine");
    }

    @Test
    void aRustcThatCannotStartIsNotRun() {
        RustcCheck.Outcome o = RustcCheck.check(target("x86_64-unknown-none-multiboot"),
                "/nonexistent/rustc-for-this-test");
        assertEquals(RustcCheck.Verdict.NOT_RUN, o.verdict());
    }
}
