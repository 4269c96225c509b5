package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Each of `default-sanitizers` is one of `supported-sanitizers`. rustc turns the default ones on for
 * every compile without asking whether the target supports them, and LLVM then stops on those it
 * cannot do for the target ("unsupported operating system", or a feature the sanitizer needs).
 */
final class RustcDefaultSanitizers implements Rule {
    @Override
    public String id() {
        return "rustc-default-sanitizers";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "Each of `default-sanitizers` is one of `supported-sanitizers`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode defaults = target.at("/rustc/default-sanitizers");
        Set<String> supported = new HashSet<>();
        target.at("/rustc/supported-sanitizers").forEach(s -> supported.add(s.asString("")));
        for (int i = 0; defaults.isArray() && i < defaults.size(); i++) {
            String s = defaults.get(i).asString("");
            if (!s.isEmpty() && !supported.contains(s)) {
                findings.report(JsonPointer.child("/rustc/default-sanitizers", i), "`default-sanitizers` turns on `" + s
                        + "` for every compile, but `supported-sanitizers` does not list it; rustc does not check, and a "
                        + "program that needs the sanitizer's runtime or pass fails later: remove it, or support it.");
            }
        }
    }
}
