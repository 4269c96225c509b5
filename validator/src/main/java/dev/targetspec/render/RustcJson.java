package dev.targetspec.render;

import dev.targetspec.spec.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rustc target JSON for a target: its resolved {@code rustc} member with the registry's
 * extensions stripped and {@code metadata} rebuilt from the top-level metadata, in the form
 * {@code rustc --print target-spec-json} prints. rustc loads it with {@code --target FILE.json}.
 */
public final class RustcJson {
    private RustcJson() {
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
