package dev.targetspec.render.rfc;

import com.samskivert.mustache.Mustache;
import dev.targetspec.render.diff.SpecDiff;
import dev.targetspec.render.ArtifactView;
import dev.targetspec.render.site.Markdown;
import dev.targetspec.render.site.Site;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC draft in the structure of the Rust RFC template, for one or more proposed targets. The
 * written sections come from {@link RfcProse}; a section nobody wrote is marked as still to write.
 * The reference-level explanation is generated from the specs: for each target a table of its main
 * values, the diff against its base, its artifacts, and the tier-3 checklist answered from the spec.
 */
public final class RfcDraft {
    /**
     * One target of the draft.
     *
     * @param target    the resolved proposed target
     * @param base      the target it inherits from, when it has one
     * @param artifacts its rendered artifacts, in the order to show them
     * @param checklist its tier-3 checklist
     */
    public record Entry(Target target, Optional<Target> base, List<ArtifactView> artifacts,
            List<Tier3Checklist.Item> checklist) {
        public Entry {
            artifacts = List.copyOf(artifacts);
            checklist = List.copyOf(checklist);
        }
    }

    private RfcDraft() {
    }

    /** The draft's Markdown text. */
    public static String render(RfcProse prose, List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an RFC draft needs at least one target");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> triples = entries.stream().map(e -> e.target().triple()).toList();
        m.put("title", prose.title().orElse("New target" + (triples.size() > 1 ? "s" : "") + ": "
                + String.join(", ", triples.stream().map(Markdown::code).toList())));
        String featureName = triples.get(0).replaceAll("[^A-Za-z0-9]+", "_");
        m.put("header", prose.header().isEmpty()
                ? "- Feature Name: `" + featureName + "_target`\n- Start Date: (fill in)\n"
                        + "- RFC PR: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)\n"
                        + "- Rust Issue: [rust-lang/rust#0000](https://github.com/rust-lang/rust/issues/0000)"
                : prose.header());
        List<Map<String, Object>> before = new ArrayList<>();
        List<Map<String, Object>> after = new ArrayList<>();
        boolean pastReference = false;
        for (String section : RfcProse.SECTIONS) {
            if (section.equals("Reference-level explanation")) {
                pastReference = true;
                String reference = prose.sections().getOrDefault(section, "");
                m.put("referenceProse", reference.isBlank() ? List.of() : List.of(reference));
                continue;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("heading", section);
            String body = prose.sections().get(section);
            if (body == null || body.isBlank()) {
                body = section.equals("Summary") ? generatedSummary(entries) : "*To be written.*";
            }
            s.put("body", body);
            (pastReference ? after : before).add(s);
        }
        m.put("before", before);
        m.put("after", after);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Entry e : entries) {
            targets.add(entry(e));
        }
        m.put("targets", targets);
        return Mustache.compiler().withEscaper(Markdown.ESCAPER).nullValue("")
                .compile(template()).execute(m);
    }

    private static String generatedSummary(List<Entry> entries) {
        StringBuilder b = new StringBuilder("Add ");
        b.append(entries.size() == 1 ? "a tier 3 target" : "tier 3 targets").append(" to rustc:\n\n");
        for (Entry e : entries) {
            b.append("- ").append(Markdown.code(e.target().triple())).append(": ")
                    .append(Markdown.text(e.target().text("/metadata/description").orElse("(no description)")))
                    .append('\n');
        }
        return b.toString().strip();
    }

    private static Map<String, Object> entry(Entry e) {
        Target t = e.target();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tripleCode", Markdown.code(t.triple()));
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, "Description", t.text("/metadata/description").orElse("(none)"));
        fact(facts, "Tier", t.integer("/metadata/tier").map(String::valueOf).orElse("3 (proposed)"));
        fact(facts, "Inherits", e.base().map(Target::triple).orElse("(nothing)"));
        fact(facts, "Architecture", t.text("/rustc/arch").orElse("(unset)"));
        fact(facts, "OS", t.text("/rustc/os").orElse("none"));
        fact(facts, "Environment", t.text("/rustc/env").orElse("(none)"));
        fact(facts, "LLVM target", t.text("/rustc/llvm-target").orElse("(unset)"));
        fact(facts, "Data layout", t.text("/rustc/data-layout").orElse("(unset)"));
        fact(facts, "Pointer width", t.integer("/rustc/target-pointer-width").map(String::valueOf).orElse("(unset)"));
        fact(facts, "Features", t.text("/rustc/features").orElse("(default)"));
        fact(facts, "Code model", t.text("/rustc/code-model").orElse("(default)"));
        fact(facts, "Relocation model", t.text("/rustc/relocation-model").orElse("pic"));
        fact(facts, "Panic strategy", t.text("/rustc/panic-strategy").orElse("unwind"));
        fact(facts, "Linker", t.text("/rustc/linker").orElse("cc") + " ("
                + t.text("/rustc/linker-flavor").orElse("gnu-cc") + ")");
        fact(facts, "Boot protocol", t.text("/boot/protocol").orElse("(not stated)"));
        fact(facts, "std", t.bool("/metadata/std").map(s -> s ? "yes" : "no").orElse("(not stated)"));
        fact(facts, "Host tools", t.bool("/metadata/host-tools").map(s -> s ? "yes" : "no").orElse("(not stated)"));
        m.put("facts", facts);
        m.put("hasBase", e.base().isPresent());
        e.base().ifPresent(b -> {
            SpecDiff diff = SpecDiff.between(b, t);
            m.put("baseCode", Markdown.code(b.triple()));
            m.put("diffSummary", diff.summary());
            m.put("hasChanges", !diff.isEmpty());
            m.put("changes", Site.changes(diff));
        });
        List<Map<String, Object>> arts = new ArrayList<>();
        for (ArtifactView v : e.artifacts()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", v.name());
            a.put("fileName", v.fileName());
            a.put("fileCode", Markdown.code(v.fileName()));
            a.put("fence", Markdown.fence(v.text()));
            a.put("text", v.text().endsWith("\n") ? v.text().substring(0, v.text().length() - 1) : v.text());
            arts.add(a);
        }
        m.put("artifacts", arts);
        m.put("hasArtifacts", !arts.isEmpty());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Tier3Checklist.Item i : e.checklist()) {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("box", i.status() == Tier3Checklist.Status.MET ? "[x]" : "[ ]");
            it.put("number", i.number() == 0 ? "Validation" : String.valueOf(i.number()));
            it.put("requirement", Markdown.inline(i.requirement()));
            it.put("status", i.status().label());
            it.put("answer", Markdown.inline(i.answer()));
            items.add(it);
        }
        m.put("checklist", items);
        return m;
    }

    private static void fact(List<Map<String, Object>> facts, String name, String value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("valueCode", Markdown.cell(value));
        f.put("value", value);
        facts.add(f);
    }

    private static String template() {
        try (InputStream in = RfcDraft.class.getResourceAsStream("/dev/targetspec/rfc/rfc.md.mustache")) {
            if (in == null) {
                throw new IllegalStateException("missing template /dev/targetspec/rfc/rfc.md.mustache");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
