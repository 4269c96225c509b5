package dev.targetspec.render.site;

import dev.targetspec.json.Json;
import dev.targetspec.render.RustcJson;
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
