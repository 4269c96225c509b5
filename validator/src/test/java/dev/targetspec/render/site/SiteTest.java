package dev.targetspec.render.site;

import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.rustc.RustcJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.diag.Refused;
import dev.targetspec.registry.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site generated from the repository's registry, and from a registry with a hostile spec. */
class SiteTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";

    @TempDir
    static Path dir;

    static Path html;
    static SiteReport report;

    @BeforeAll
    static void writeTheSite() throws Exception {
        html = dir.resolve("html");
        report = new Site(Repo.registry(), Artifacts.all(), "targetspec test").write(html, SiteFormat.HTML, false);
    }

    @Test
    void everyTargetHasAPageAndARowInTheIndex() throws Exception {
        int targets = Repo.registry().triples().size();
        assertTrue(targets >= 330, "the registry has " + targets + " targets");
        assertEquals(targets, report.targetPages());
        assertEquals(List.of(), report.skipped());
        try (Stream<Path> pages = Files.list(html.resolve("targets"))) {
            assertEquals(targets, pages.filter(p -> p.toString().endsWith(".html")).count());
        }
        String index = Files.readString(html.resolve("index.html"));
        assertEquals(targets, count(index, "<tr data-tier="));
        assertTrue(index.contains("<option value=\"proposed\">proposed</option>"));
        assertTrue(Files.isRegularFile(html.resolve("assets/site.js")));
    }

    @Test
    void pagesFollowThePlatformSupportTemplate() throws Exception {
        String page = Files.readString(html.resolve("targets/x86_64-unknown-none-multiboot2.html"));
        int last = -1;
        for (String h : List.of("Target maintainers", "Requirements", "Building the target", "Building Rust programs",
                "Testing", "Cross-compilation toolchains and C code")) {
            int at = page.indexOf(">" + h + "</h2>");
            assertTrue(at > last, h + " comes next");
            last = at;
        }
    }

    @Test
    void theSpecTableSaysWhereEachValueComesFrom() throws Exception {
        String page = Files.readString(html.resolve("targets/x86_64-unknown-none-multiboot2.html"));
        assertTrue(Pattern.compile("<code>/rustc/relocation-model</code></td><td><code>&quot;static&quot;</code></td>"
                + "<td>inherited from <a href=\"x86_64-unknown-none-multiboot.html\">").matcher(page).find(), page);
        assertTrue(page.contains("<tr class=\"source-overridden\"><td><code>/boot/protocol</code>"), page);
        String multiboot = Files.readString(html.resolve("targets/x86_64-unknown-none-multiboot.html"));
        assertTrue(multiboot.contains(
                "<tr class=\"source-overridden\"><td><code>/rustc/position-independent-executables</code>"));
        assertTrue(multiboot.contains("inherited from <a href=\"x86_64-unknown-none.html\">x86_64-unknown-none</a>"));
        String overlay = Files.readString(html.resolve("targets/x86_64-unknown-none.html"));
        assertTrue(overlay.contains("<code>&quot;kernel&quot;</code></td><td>from the rustc built-in</td>"), overlay);
        assertTrue(overlay.contains("<tr class=\"source-added\"><td><code>/boot/protocol</code>"), overlay);
    }

    @Test
    void theDiffAndTheArtifactsAreOnThePage() throws Exception {
        String page = Files.readString(html.resolve("targets/x86_64-unknown-none-multiboot2.html"));
        assertTrue(page.contains("<tr class=\"change-changed\"><td><code>/boot/protocol</code></td><td>changed</td>"
                + "<td><code>&quot;multiboot&quot;</code></td><td><code>&quot;multiboot2&quot;</code></td></tr>"), page);
        assertTrue(page.contains("href=\"x86_64-unknown-none-multiboot2/x86_64-unknown-none-multiboot2.json\""));
        assertTrue(Pattern.compile("class=\"copy\" data-copy=\"artifact-text-\\d+-rustc-json\"").matcher(page).find());
        assertTrue(Pattern.compile("class=\"copy\" data-copy=\"artifact-text-\\d+-linker-script\"").matcher(page).find());
        String download = Files.readString(html.resolve(
                "targets/x86_64-unknown-none-multiboot2/x86_64-unknown-none-multiboot2.json"));
        assertTrue(download.contains("\"relocation-model\": \"static\""), download);
    }

    @Test
    void everyPageSetsAPolicyAndHasNoInlineScript() throws Exception {
        try (Stream<Path> pages = Files.list(html.resolve("targets"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).limit(40).toList()) {
                String text = Files.readString(p);
                assertTrue(text.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "script-src 'self';"), p.toString());
                Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(text);
                while (scripts.find()) {
                    assertTrue(scripts.group(1).contains("src=\"../assets/site.js\""), p + ": " + scripts.group());
                    assertEquals("", scripts.group(2), p + " has no inline script");
                }
                assertFalse(text.contains(" style=\""), p + " has no inline style");
                assertFalse(Pattern.compile(" on[a-z]+=").matcher(text).find(), p + " has no event attribute");
            }
        }
    }

    @Test
    void aHostileSpecRendersAsText(@TempDir Path tmp) throws Exception {
        Path reg = hostileRegistry(tmp);
        Path out = tmp.resolve("site");
        SiteReport r = new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test").write(out, SiteFormat.HTML, false);
        assertEquals(2, r.targetPages());
        String page = Files.readString(out.resolve("targets/x86_64-unknown-none-hostile.html"));
        String index = Files.readString(out.resolve("index.html"));
        for (String text : List.of(page, index)) {
            assertFalse(text.contains(SCRIPT), "no raw script tag");
            assertFalse(text.contains("<img"), "no raw img tag");
            assertFalse(text.contains("href=\"javascript:"), "no javascript: link");
        }
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;"), page);
        assertEquals(1, count(page, "<script"), "only the site's own script");

        Path md = tmp.resolve("md");
        new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test").write(md, SiteFormat.MARKDOWN, false);
        String mdPage = Files.readString(md.resolve("targets/x86_64-unknown-none-hostile.md"));
        // Code blocks and code spans show their content literally in CommonMark; the rest must hold no markup.
        String outsideCode = mdPage.replaceAll("(?s)```.*?```", "").replaceAll("(`+)[^`]*?\\1", "");
        assertFalse(outsideCode.contains("<script"), mdPage);
        assertFalse(outsideCode.contains("<img"), mdPage);
        assertFalse(outsideCode.contains("{{#include"), mdPage);
        assertTrue(Files.readString(md.resolve("SUMMARY.md")).contains("(targets/x86_64-unknown-none-hostile.md)"));
    }

    @Test
    void theSiteIsReadableByAStaticHost() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference-mode"));
        for (String file : List.of("index.html", "assets/site.css", "targets/x86_64-unknown-none-multiboot2.html",
                "targets/x86_64-unknown-none-multiboot2/x86_64-unknown-none-multiboot2.json")) {
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(html.resolve(file)),
                    file);
        }
    }

    @Test
    void theSiteNeverOverwritesWhatItDidNotWrite(@TempDir Path tmp) throws Exception {
        Path reg = plainRegistry(tmp);
        Site site = new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test");
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "mine");
        Refused r = assertThrows(Refused.class, () -> site.write(out, SiteFormat.HTML, false));
        assertTrue(r.getMessage().contains("holds no site that targetspec wrote"), r.getMessage());
        assertEquals("mine", Files.readString(out.resolve("index.html")));

        Path crate = tmp.resolve("crate");
        Files.createDirectories(crate.resolve("src"));
        Files.writeString(crate.resolve("Cargo.toml"), "[package]\n");
        assertThrows(Refused.class, () -> site.write(crate, SiteFormat.HTML, false));
        assertFalse(Files.exists(crate.resolve("targets")), "nothing was written into the crate");

        site.write(out, SiteFormat.HTML, true);
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        Files.writeString(out.resolve("assets/site.css"), "edited");
        Refused edited = assertThrows(Refused.class, () -> site.write(out, SiteFormat.HTML, false));
        assertTrue(edited.getMessage().contains("site.css was changed after targetspec wrote it"), edited.getMessage());
        assertEquals("edited", Files.readString(out.resolve("assets/site.css")));
    }

    @Test
    void aSecondRunRemovesThePagesOfTargetsThatAreGone(@TempDir Path tmp) throws Exception {
        Path reg = plainRegistry(tmp);
        Path out = tmp.resolve("site");
        new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test").write(out, SiteFormat.HTML, false);
        Path page = out.resolve("targets/x86_64-unknown-none-mine.html");
        Path artifact = out.resolve("targets/x86_64-unknown-none-mine/x86_64-unknown-none-mine.json");
        assertTrue(Files.isRegularFile(page) && Files.isRegularFile(artifact));
        Files.delete(reg.resolve("x86_64-unknown-none-mine.json"));
        SiteReport again = new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test")
                .write(out, SiteFormat.HTML, false);
        assertEquals(1, again.targetPages());
        assertEquals(List.of(artifact.toAbsolutePath(), page.toAbsolutePath()).stream().sorted().toList(),
                again.removed().stream().map(Path::toAbsolutePath).sorted().toList());
        assertFalse(Files.exists(page) || Files.exists(artifact.getParent()), "the old page and its folder are gone");
        assertTrue(Files.isRegularFile(out.resolve("targets/x86_64-unknown-none.html")));
    }

    @Test
    void anInvalidTargetsPageSaysWhyItHasNoArtifacts(@TempDir Path tmp) throws Exception {
        Path reg = plainRegistry(tmp);
        Files.writeString(reg.resolve("x86_64-unknown-none-broken.json"), """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "triple": "x86_64-unknown-none-broken",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {"description": "broken", "status": "custom"},
                  "rustc": {"target-pointer-width": 32}
                }
                """);
        Path out = tmp.resolve("site");
        SiteReport r = new Site(Registry.load(reg), List.of(new RustcJson()), "targetspec test")
                .write(out, SiteFormat.HTML, false);
        assertEquals(List.of("x86_64-unknown-none-broken"), r.invalid());
        String page = Files.readString(out.resolve("targets/x86_64-unknown-none-broken.html"));
        assertTrue(page.contains("No artifacts: targetspec renders only valid targets"), page);
        assertFalse(Files.exists(out.resolve("targets/x86_64-unknown-none-broken")), "no artifact folder");
        String valid = Files.readString(out.resolve("targets/x86_64-unknown-none.html"));
        assertFalse(valid.contains("No artifacts"), "a valid target's page has its artifacts");
    }

    /** A registry of one built-in and one valid target that inherits from it. */
    static Path plainRegistry(Path tmp) throws Exception {
        Path reg = tmp.resolve("targets");
        Files.createDirectories(reg.resolve("rustc"));
        Files.copy(Repo.root().resolve("targets/rustc/x86_64-unknown-none.json"),
                reg.resolve("rustc/x86_64-unknown-none.json"));
        Files.writeString(reg.resolve("x86_64-unknown-none-mine.json"), """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "triple": "x86_64-unknown-none-mine",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {"description": "mine", "status": "custom", "tier": null, "std": false,
                    "host-tools": false}
                }
                """);
        return reg;
    }

    static Path hostileRegistry(Path tmp) throws Exception {
        Path reg = tmp.resolve("targets");
        Files.createDirectories(reg.resolve("rustc"));
        Files.copy(Repo.root().resolve("targets/rustc/x86_64-unknown-none.json"),
                reg.resolve("rustc/x86_64-unknown-none.json"));
        String hostile = """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "$comment": "%1$s",
                  "triple": "x86_64-unknown-none-hostile",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {
                    "description": "%1$s %2$s {{#include /etc/passwd}}",
                    "status": "custom",
                    "maintainers": ["%2$s"],
                    "testing": "`</code><script>alert(3)</script>`",
                    "references": [{"title": "%1$s", "url": "javascript:alert(4)"}]
                  },
                  "rustc": {"cpu": "%2$s"}
                }
                """.formatted(SCRIPT.replace("\"", "\\\""), IMG.replace("\"", "\\\""));
        Files.writeString(reg.resolve("x86_64-unknown-none-hostile.json"), hostile);
        return reg;
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
