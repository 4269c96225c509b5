package dev.targetspec.render.site;

import com.samskivert.mustache.Template;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.Outputs;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.ArtifactView;
import dev.targetspec.render.Rendering;
import dev.targetspec.render.Validity;
import dev.targetspec.render.diff.SpecDiff;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The target documentation site: an index of every target in a registry and one page per target,
 * in HTML ({@code index.html}, {@code targets/<triple>.html}, {@code assets/}) or Markdown
 * ({@code index.md}, {@code SUMMARY.md}, {@code targets/<triple>.md}). Each target's artifacts are
 * written beside its page, in {@code targets/<triple>/}, for the download links; an invalid target's
 * page says why it has none. Every file is written atomically and recorded in the folder's outputs
 * record.
 */
public final class Site {
    /** Triples that may become file names: the registry schema's alphabet, with no {@code ..}. */
    private static final Pattern SAFE_TRIPLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** The index of an HTML site and the table of contents of a Markdown one: the files that mark a site. */
    private static final String INDEX_HTML = "index.html";
    private static final String SUMMARY_MD = "SUMMARY.md";

    private final Registry registry;
    private final List<Artifact> artifacts;
    private final Rendering rendering;

    /**
     * @param registry the targets to document
     * @param artifacts the catalog artifacts each page shows, in page order
     * @param tool the tool name and version that generated files name
     */
    public Site(Registry registry, List<Artifact> artifacts, String tool) {
        this.registry = registry;
        this.artifacts = List.copyOf(artifacts);
        this.rendering = new Rendering(registry, tool);
    }

    /** The artifacts of a valid target, as its page and an RFC draft show them. */
    public List<ArtifactView> artifacts(Target t) {
        return rendering.page(t, artifacts, t.file().path().getFileName().toString());
    }

    /** What the validator says about {@code t}. */
    public Validity.Verdict verdict(Target t) {
        return rendering.verdict(t.file());
    }

    /**
     * The site in {@code format}, as files by their path in the site's folder ({@code /} between
     * sub-folders), with what it holds. Nothing is written.
     */
    public SiteFiles build(SiteFormat format) {
        boolean html = format == SiteFormat.HTML;
        var compiler = html ? Templates.html() : Templates.markdown();
        Template page = Templates.compile(compiler, html ? "target.html.mustache" : "target.md.mustache");
        String ext = html ? ".html" : ".md";
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        int artifactFiles = 0;
        for (String triple : registry.triples()) {
            if (!SAFE_TRIPLE.matcher(triple).matches() || triple.contains("..")) {
                skipped.add(triple + ": the name cannot be a file name");
                continue;
            }
            Resolution r = registry.resolve(triple).orElseThrow();
            if (r.target().isEmpty()) {
                skipped.add(triple + ": " + r.problems().get(0).message());
                continue;
            }
            Target t = r.target().get();
            Validity.Verdict result = verdict(t);
            if (!result.valid()) {
                invalid.add(triple);
            }
            List<ArtifactView> views = result.valid() ? artifacts(t) : List.of();
            Map<String, Object> model = targetModel(t, base(t), result, views);
            files.put("targets/" + triple + ext, page.execute(model).getBytes(StandardCharsets.UTF_8));
            for (ArtifactView v : views) {
                files.put("targets/" + triple + "/" + v.fileName(), v.text().getBytes(StandardCharsets.UTF_8));
                artifactFiles++;
            }
            rows.add(indexRow(t));
        }
        Map<String, Object> index = indexModel(rows);
        if (html) {
            files.put(INDEX_HTML, bytes(Templates.compile(compiler, "index.html.mustache").execute(index)));
            files.put("assets/site.js", Templates.bytes("site.js"));
            files.put("assets/site.css", Templates.bytes("site.css"));
        } else {
            files.put("index.md", bytes(Templates.compile(compiler, "index.md.mustache").execute(index)));
            files.put(SUMMARY_MD, bytes(Templates.compile(compiler, "summary.md.mustache").execute(index)));
        }
        return new SiteFiles(files, new SiteReport(rows.size(), artifactFiles, skipped, invalid, List.of(), List.of()));
    }

    /**
     * Writes the site into {@code dir} in {@code format}, through the folder's outputs record: a file
     * targetspec did not write, or that changed since, is not overwritten unless {@code force}, and
     * the files an earlier site had that this one has not (pages of targets that are gone) are
     * removed. A folder that holds anything but a site targetspec wrote is refused unless {@code force}.
     *
     * @throws Refused when a file would be lost or the folder is not a site's; nothing was written
     */
    public SiteReport write(Path dir, SiteFormat format, boolean force) throws IOException, Refused {
        Path root = dir.toAbsolutePath().normalize();
        Outputs outputs = Outputs.in(root);
        if (!force && !outputs.records(INDEX_HTML) && !outputs.records(SUMMARY_MD) && !emptyOrMissing(root)) {
            throw new Refused(DisplayPath.of(root) + " is not empty and holds no site that targetspec wrote;"
                    + " name a new or empty folder, or pass --force to write the site among its files.");
        }
        SiteFiles site = build(format);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
            Path p = outputs.path(e.getKey()).orElseThrow(() -> new Refused("`" + e.getKey()
                    + "` would be written outside " + DisplayPath.of(root) + " (through a link); remove the link."));
            files.put(p, e.getValue());
        }
        outputs.writeAll(files, force);
        Outputs.Cleanup cleanup = outputs.removeStale(files.keySet());
        outputs.save();
        SiteReport r = site.report();
        return new SiteReport(r.targetPages(), r.artifacts(), r.skipped(), r.invalid(), cleanup.removed(),
                cleanup.kept());
    }

    private static boolean emptyOrMissing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The target {@code t} inherits from, resolved, when it names one that resolves. */
    public Optional<Target> base(Target t) {
        return t.file().inherits().flatMap(registry::resolve).flatMap(Resolution::target);
    }

    static Map<String, Object> indexRow(Target t) {
        Map<String, Object> row = new LinkedHashMap<>();
        String description = t.text("/metadata/description").orElse("");
        row.put("triple", t.triple());
        row.put("file", t.triple());
        row.put("tier", t.integer("/metadata/tier").map(String::valueOf).orElse("-"));
        row.put("arch", t.text("/rustc/arch").orElse(""));
        row.put("os", t.text("/rustc/os").orElse("none"));
        row.put("env", t.text("/rustc/env").orElse(""));
        row.put("std", t.bool("/metadata/std").map(s -> s ? "yes" : "no").orElse("?"));
        row.put("status", t.text("/metadata/status").orElse(""));
        row.put("description", description);
        row.put("search", (t.triple() + " " + description).toLowerCase(java.util.Locale.ROOT));
        return row;
    }

    static Map<String, Object> indexModel(List<Map<String, Object>> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assets", "assets/");
        m.put("rows", rows);
        m.put("count", rows.size());
        for (String status : List.of("builtin", "proposed", "custom")) {
            m.put(status, rows.stream().filter(r -> status.equals(r.get("status"))).count());
        }
        m.put("tiers", distinct(rows, "tier"));
        m.put("arches", distinct(rows, "arch"));
        m.put("oses", distinct(rows, "os"));
        m.put("statuses", distinct(rows, "status"));
        return m;
    }

    private static List<String> distinct(List<Map<String, Object>> rows, String key) {
        TreeSet<String> values = new TreeSet<>();
        rows.forEach(r -> values.add((String) r.get(key)));
        values.remove("");
        return List.copyOf(values);
    }

    static Map<String, Object> targetModel(Target t, Optional<Target> base, Validity.Verdict result,
            List<ArtifactView> views) {
        Map<String, Object> m = new LinkedHashMap<>();
        String triple = t.triple();
        m.put("assets", "../assets/");
        m.put("triple", triple);
        m.put("file", triple);
        m.put("tierText", t.integer("/metadata/tier").map(String::valueOf).orElse("none (not in rustc's tier list)"));
        m.put("status", t.text("/metadata/status").orElse(""));
        m.put("description", t.text("/metadata/description").orElse("No description."));
        m.put("comment", t.file().doc().path("$comment").isString()
                ? List.of(Inline.of(t.file().doc().get("$comment").asString())) : List.of());
        List<String> maintainers = strings(t.at("/metadata/maintainers"));
        m.put("maintainers", maintainers);
        m.put("hasMaintainers", !maintainers.isEmpty());
        List<Map<String, Object>> refs = new ArrayList<>();
        for (JsonNode ref : t.at("/metadata/references")) {
            String url = ref.path("url").isString() ? ref.get("url").asString() : "";
            if (url.startsWith("https://") || url.startsWith("http://")) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("title", ref.path("title").isString() ? ref.get("title").asString() : url);
                r.put("url", url);
                r.put("urlMd", Markdown.destination(url));
                refs.add(r);
            }
        }
        m.put("references", refs);
        m.put("hasReferences", !refs.isEmpty());

        TargetDocs docs = TargetDocs.of(t);
        m.put("requirements", Inline.all(docs.requirements()));
        m.put("building", Inline.all(docs.building()));
        m.put("buildBlocks", blocks(docs.buildCommands()));
        m.put("programs", Inline.all(docs.programs()));
        m.put("programBlocks", blocks(docs.programCommands()));
        m.put("testing", Inline.all(docs.testing()));
        m.put("cross", Inline.all(docs.cross()));

        List<Map<String, Object>> diagnostics = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
            dm.put("rule", d.rule());
            dm.put("pointer", d.pointer().isEmpty() ? "/" : d.pointer());
            dm.put("message", d.message());
            diagnostics.add(dm);
        }
        m.put("valid", diagnostics.isEmpty());
        m.put("invalid", !result.valid());
        long errors = result.diagnostics().stream().filter(d -> d.severity() == dev.targetspec.diag.Severity.ERROR)
                .count();
        m.put("errorCount", errors + " error" + (errors == 1 ? "" : "s"));
        m.put("diagnostics", diagnostics);
        m.put("hasDiagnostics", !diagnostics.isEmpty());

        List<Map<String, Object>> rows = new ArrayList<>();
        for (SpecRow row : SpecRow.of(t, base)) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("pointer", row.pointer());
            rm.put("value", row.value());
            rm.put("pointerCode", Markdown.cell(row.pointer()));
            rm.put("valueCode", Markdown.cell(row.value()));
            rm.put("source", row.source().label());
            boolean inherited = row.source() == SpecRow.Source.INHERITED;
            // An overlay's values from the rustc built-in it extends come from a file with its own triple.
            rm.put("inherited", inherited && !row.from().equals(triple));
            rm.put("fromBuiltin", inherited && row.from().equals(triple));
            rm.put("from", row.from());
            rm.put("fromFile", SAFE_TRIPLE.matcher(row.from()).matches() ? row.from() : "");
            rows.add(rm);
        }
        m.put("rows", rows);

        m.put("hasBase", base.isPresent());
        base.ifPresent(b -> {
            SpecDiff diff = SpecDiff.between(b, t);
            m.put("baseTriple", b.triple());
            m.put("baseFile", SAFE_TRIPLE.matcher(b.triple()).matches() ? b.triple() : "");
            m.put("diffSummary", diff.summary());
            m.put("hasChanges", !diff.isEmpty());
            m.put("changes", changes(diff));
        });

        List<Map<String, Object>> arts = new ArrayList<>();
        int i = 0;
        for (ArtifactView v : views) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", v.name());
            am.put("slug", i++ + "-" + v.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            am.put("fileName", v.fileName());
            am.put("text", v.text());
            am.put("fence", Markdown.fence(v.text()));
            am.put("mdText", Markdown.mdBookSafe(v.text()));
            arts.add(am);
        }
        m.put("artifacts", arts);
        return m;
    }

    /** The changes of {@code diff} as template rows, values as compact JSON and {@code -} where absent. */
    public static List<Map<String, Object>> changes(SpecDiff diff) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SpecDiff.Change c : diff.changes()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("pointer", c.pointer());
            cm.put("kind", c.kind().label());
            cm.put("before", c.before().isMissingNode() ? "-" : SpecDiff.compact(c.before()));
            cm.put("after", c.after().isMissingNode() ? "-" : SpecDiff.compact(c.after()));
            cm.put("pointerCode", Markdown.cell(c.pointer()));
            cm.put("beforeCode", Markdown.cell((String) cm.get("before")));
            cm.put("afterCode", Markdown.cell((String) cm.get("after")));
            out.add(cm);
        }
        return out;
    }

    private static List<Map<String, Object>> blocks(List<String> commands) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String c : commands) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("text", c);
            b.put("fence", Markdown.fence(c));
            out.add(b);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isString()) {
                out.add(n.asString());
            }
        }
        return out;
    }
}
