package dev.targetspec.cli;

import dev.targetspec.render.Artifact;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/** What help and completion say about the artifact catalog: its names, formats and summaries. */
final class CatalogHelp implements IModelTransformer {
    static List<String> names() {
        return Artifacts.all().stream().map(Artifact::name).toList();
    }

    /** The width the catalog is wrapped to, so that help in an 80-column terminal never wraps it again. */
    private static final int WIDTH = 78;

    /**
     * Adds the catalog after the description's first paragraph: each artifact with its formats and
     * summary, wrapped with a hanging indent.
     */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
        List<String> catalog = new ArrayList<>(List.of("", "Artifacts (--artifact) and their formats (--format; the first"
                + " is the default):"));
        for (Artifact a : Artifacts.all()) {
            String text = "[" + String.join("|", a.formats().stream().map(Format::name).toList()) + "] " + a.summary();
            catalog.addAll(wrap(String.format("  %-14s ", a.name()), text));
        }
        lines.addAll(Math.min(1, lines.size()), catalog);
        spec.usageMessage().description(lines.toArray(String[]::new));
        return spec;
    }

    /** {@code text} after {@code first}, wrapped at word boundaries, later lines indented as far as {@code first}. */
    static List<String> wrap(String first, String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        String indent = " ".repeat(first.length());
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                out.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        out.add(line.toString().stripTrailing());
        return out;
    }

    /** The artifact names, for completion and {@code ${COMPLETION-CANDIDATES}}. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }

    /** Every format some artifact offers, each once. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Artifacts.formatNames().iterator();
        }
    }
}
