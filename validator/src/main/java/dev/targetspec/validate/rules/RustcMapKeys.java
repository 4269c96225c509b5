package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The keys of per-flavor maps are linker flavors, and the keys of per-output maps are output kinds:
 * rustc's schema leaves them free, but rustc refuses any other key.
 */
final class RustcMapKeys implements Rule {
    /** The flavor names rustc 1.95 reads (`$defs/LinkerFlavor` in its schema). */
    static final Set<String> FLAVORS = Set.of("gnu", "gnu-lld", "gnu-cc", "gnu-lld-cc", "darwin", "darwin-lld",
            "darwin-cc", "darwin-lld-cc", "wasm-lld", "wasm-lld-cc", "unix", "unix-cc", "msvc-lld", "msvc", "em-cc",
            "bpf", "llbc", "ptx", "gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "em");
    /** The CRT object kinds rustc 1.95 reads. */
    static final Set<String> OUTPUTS = Set.of("dynamic-nopic-exe", "dynamic-pic-exe", "static-nopic-exe",
            "static-pic-exe", "dynamic-dylib", "static-dylib", "wasi-reactor-exe");
    private static final List<String> OBJECT_FIELDS = List.of("pre-link-objects", "post-link-objects",
            "pre-link-objects-fallback", "post-link-objects-fallback");

    @Override
    public String id() {
        return "rustc-map-keys";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Link-argument lists are keyed by linker flavor, and CRT object lists by output kind.";
    }

    @Override
    public void check(Target target, Findings findings) {
        for (String field : RustcLinkArgs.FIELDS) {
            keys(target, field, FLAVORS, "linker flavor", findings);
        }
        for (String field : OBJECT_FIELDS) {
            keys(target, field, OUTPUTS, "output kind", findings);
        }
    }

    private static void keys(Target target, String field, Set<String> allowed, String what, Findings findings) {
        JsonNode map = target.at("/rustc/" + field);
        for (String key : map.isObject() ? map.propertyNames() : Set.<String>of()) {
            if (!allowed.contains(key)) {
                findings.report(JsonPointer.child("/rustc/" + field, key), "`" + field + "` has key `" + key
                        + "`, which is not a " + what + " rustc knows.");
            }
        }
    }
}
