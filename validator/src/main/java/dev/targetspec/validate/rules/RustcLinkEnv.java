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
        return "Each `link-env` entry has the form `KEY=VALUE`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode env = target.at("/rustc/link-env");
        for (int i = 0; env.isArray() && i < env.size(); i++) {
            JsonNode item = env.get(i);
            if (item.isString() && !item.asString().contains("=")) {
                findings.report(JsonPointer.child("/rustc/link-env", i), "`link-env` entry `" + item.asString()
                        + "` has no `=`; write it as `KEY=VALUE`.");
            }
        }
    }
}
