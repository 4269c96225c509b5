package dev.targetspec.render.rustc;

import dev.targetspec.json.Json;
import dev.targetspec.render.Applicability;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.linker.LinkerScript;
import dev.targetspec.spec.Target;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rustc target JSON for a target: its resolved {@code rustc} member with the registry's
 * extensions stripped and {@code metadata} rebuilt from the top-level metadata, in the form
 * {@code rustc --print target-spec-json} prints. rustc loads it with {@code --target FILE.json}.
 */
public final class RustcJson implements Artifact {
    private static final List<Format> FORMATS = List.of(new Format("json", ".json"));

    @Override
    public String name() {
        return "rustc-json";
    }

    @Override
    public String summary() {
        return "the rustc target JSON, registry extensions stripped; load it with "
                + "`rustc -Z unstable-options --target FILE.json`";
    }

    @Override
    public List<Format> formats() {
        return FORMATS;
    }

    @Override
    public CratePart cratePart() {
        return CratePart.TARGET_JSON;
    }

    @Override
    public Applicability applicability(Target target) {
        return Applicability.APPLIES;
    }

    /** The JSON, pretty-printed; with {@link RenderContext#embedLinkScript()}, the linker script in {@code link-script}. */
    @Override
    public String render(Target target, Format format, RenderContext context) throws RenderException {
        ObjectNode json = export(target);
        if (context.embedLinkScript()) {
            LinkerScript script = new LinkerScript();
            json.put("link-script", script.render(target, script.formats().get(0), context));
        }
        return Json.pretty(json);
    }

    public static ObjectNode export(Target target) {
        ObjectNode out = target.rustc().deepCopy();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode metadata = f.objectNode();
        metadata.set("description", orNull(target.at("/metadata/description")));
        metadata.set("host_tools", orNull(target.at("/metadata/host-tools")));
        metadata.set("std", orNull(target.at("/metadata/std")));
        metadata.set("tier", orNull(target.at("/metadata/tier")));
        out.set("metadata", metadata);
        return out;
    }

    private static JsonNode orNull(JsonNode n) {
        return n.isMissingNode() ? JsonNodeFactory.instance.nullNode() : n;
    }
}
