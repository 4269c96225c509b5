package dev.targetspec.render.entry;

import dev.targetspec.render.Applicability;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.cflags.CompilerFlags;
import dev.targetspec.spec.Target;
import java.util.List;

/**
 * What the entry point must be: symbol, ABI, machine state and link arguments, from {@link Entries},
 * and the C compiler flags of {@link CompilerFlags}.
 */
public final class EntryArtifact implements Artifact {
    private static final Format TEXT = new Format("text", "-entry.txt");
    private static final Format JSON = new Format("json", "-entry.json");
    private static final Format MARKDOWN = new Format("markdown", "-entry.md");

    @Override
    public String name() {
        return "entry";
    }

    @Override
    public String summary() {
        return "what the entry point must be: symbol, ABI, machine state, link arguments and C compiler flags";
    }

    @Override
    public List<Format> formats() {
        return List.of(TEXT, JSON, MARKDOWN);
    }

    @Override
    public Format pageFormat() {
        return MARKDOWN;
    }

    @Override
    public Applicability applicability(Target target) {
        return Applicability.APPLIES;
    }

    @Override
    public String render(Target target, Format format, RenderContext context) {
        EntryPoint e = Entries.derive(target);
        CompilerFlags c = CompilerFlags.of(target);
        return switch (format.name()) {
            case "json" -> EntryFormat.json(e, c);
            case "markdown" -> EntryFormat.markdown(e, c);
            default -> EntryFormat.text(e, c);
        };
    }
}
