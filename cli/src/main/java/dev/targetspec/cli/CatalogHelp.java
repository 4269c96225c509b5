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

    /** Adds the catalog, one artifact a line with its formats, after the description's first paragraph. */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
        List<String> catalog = new ArrayList<>(List.of("", "Artifacts, with their formats (the first is the default):"));
        for (Artifact a : Artifacts.all()) {
            catalog.add(String.format("  %-14s %s [%s]", a.name(), a.summary(),
                    String.join("|", a.formats().stream().map(Format::name).toList())));
        }
        lines.addAll(Math.min(1, lines.size()), catalog);
        spec.usageMessage().description(lines.toArray(String[]::new));
        return spec;
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
