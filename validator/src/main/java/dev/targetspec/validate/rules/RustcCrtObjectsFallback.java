package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import tools.jackson.databind.JsonNode;

/** With self-contained linking off, the fallback CRT object lists are empty. */
final class RustcCrtObjectsFallback implements Rule {
    @Override
    public String id() {
        return "rustc-crt-objects-fallback";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "When `crt-objects-fallback` is `false` or missing, `pre-link-objects-fallback` and "
                + "`post-link-objects-fallback` are empty.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        JsonNode components = target.at("/rustc/link-self-contained/components");
        // A missing `crt-objects-fallback` means `false` for a custom target.
        boolean disabled = components.isArray() ? components.isEmpty()
                : r.text("crt-objects-fallback", "false").equals("false");
        if (!disabled) {
            return;
        }
        for (String field : new String[] {"pre-link-objects-fallback", "post-link-objects-fallback"}) {
            JsonNode objects = target.at("/rustc/" + field);
            if (objects.isObject() && !objects.isEmpty()) {
                findings.report("/rustc/" + field, "`" + field + "` lists objects but self-contained linking is off "
                        + "(`crt-objects-fallback` is `false` or missing); remove them, or set `crt-objects-fallback` to `true`, `musl` "
                        + "or `mingw`.");
            }
        }
    }
}
