package dev.targetspec.render.site;

import dev.targetspec.json.Json;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Renderer;
import dev.targetspec.render.Renderers;
import dev.targetspec.render.RustcJson;
import dev.targetspec.render.entry.Entries;
import dev.targetspec.render.entry.EntryFormat;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.render.intrinsics.IntrinsicsFormat;
import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Supplies the artifacts that a target's page and RFC draft show. Each renderer contributes through
 * {@link #single}, and {@link #of} puts several together in the order pages list them; a renderer
 * that has nothing for a target (no boot header for a target without a boot protocol) returns an
 * empty {@code Optional}, and the page leaves the artifact out.
 */
@FunctionalInterface
public interface ArtifactSource {
    /** The artifacts for {@code target}, in the order they are shown. */
    List<ArtifactView> artifacts(Target target);

    /** The rustc target JSON, saved as {@code <triple>.json}. */
    static ArtifactSource rustcJson() {
        return single(t -> Optional.of(new ArtifactView("rustc-json", t.triple() + ".json",
                Json.pretty(RustcJson.export(t)))));
    }

    /**
     * Every artifact targetspec renders, in page order: the linker script, the boot header and stub,
     * the entry-point requirements, the intrinsic list and the rustc JSON. {@code tool} names the
     * tool and version in the generated files' headers.
     */
    static ArtifactSource all(String tool) {
        return of(renderer("linker-script", tool), renderer("boot-header", tool), renderer("boot-stub", tool),
                single(t -> Optional.of(new ArtifactView("entry", t.triple() + "-entry.md",
                        EntryFormat.markdown(Entries.derive(t))))),
                single(t -> Optional.of(new ArtifactView("intrinsics", t.triple() + "-intrinsics.txt",
                        IntrinsicsFormat.text(Intrinsics.derive(t))))),
                rustcJson());
    }

    /** A renderer's output, or nothing for a target it does not apply to. */
    private static ArtifactSource renderer(String name, String tool) {
        Renderer r = Renderers.named(name).orElseThrow();
        return single(t -> {
            try {
                return Optional.of(new ArtifactView(name, r.fileName(t),
                        r.render(t, new Provenance(t.file().path().getFileName().toString(), tool))));
            } catch (RenderException e) {
                return Optional.empty();
            }
        });
    }

    /** A source of at most one artifact per target. */
    static ArtifactSource single(Function<Target, Optional<ArtifactView>> renderer) {
        return t -> renderer.apply(t).map(List::of).orElse(List.of());
    }

    /** The artifacts of each source in turn. */
    static ArtifactSource of(ArtifactSource... sources) {
        List<ArtifactSource> all = List.of(sources);
        return t -> {
            List<ArtifactView> out = new ArrayList<>();
            for (ArtifactSource s : all) {
                out.addAll(s.artifacts(t));
            }
            return out;
        };
    }
}
