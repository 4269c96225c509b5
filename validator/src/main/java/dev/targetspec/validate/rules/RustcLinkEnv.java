package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import tools.jackson.databind.JsonNode;

/** Each `link-env` entry is `KEY=VALUE`. */
final class RustcLinkEnv implements Rule {
    @Override
    public String id() {
        return "rustc-link-env";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Each `link-env` entry has the form `KEY=VALUE`, with exactly one `=`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode env = target.at("/rustc/link-env");
        for (int i = 0; env.isArray() && i < env.size(); i++) {
            JsonNode item = env.get(i);
            // rustc splits the entry at every `=` and wants exactly two parts.
            if (item.isString() && item.asString().split("=", -1).length != 2) {
                findings.report(JsonPointer.child("/rustc/link-env", i), "`link-env` entry `" + item.asString()
                        + "` " + (item.asString().contains("=") ? "has more than one `=`, which rustc refuses"
                                : "has no `=`") + "; write it as `KEY=VALUE`, with no `=` in the key or the value.");
            }
        }
    }
}
