package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The strings rustc hands to LLVM as C strings (`llvm-target`, `cpu`, `features`, `llvm-abiname`,
 * `data-layout`, each `llvm-args` item: the profile records which) hold no NUL character. rustc
 * cannot make a C string of one with a NUL inside and crashes with an internal compiler error.
 */
final class LlvmCString implements Rule {
    private final Profile profile;

    LlvmCString(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-c-string";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The strings rustc passes to LLVM as C strings (`llvm-target`, `cpu`, `features`, …) hold no NUL.";
    }

    @Override
    public void check(Target target, Findings findings) {
        for (String field : profile.cStrings().stream().sorted().toList()) {
            JsonNode v = target.at("/rustc/" + field);
            if (v.isString()) {
                check(field, "/rustc/" + field, v.asString(), findings);
            } else if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    if (v.get(i).isString()) {
                        check(field + "[" + i + "]", JsonPointer.child("/rustc/" + field, i), v.get(i).asString(),
                                findings);
                    }
                }
            }
        }
    }

    private void check(String name, String pointer, String value, Findings findings) {
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            String without = value.replace("\0", "");
            findings.report(pointer, "`" + name + "` holds a NUL character (U+0000) at position " + nul + "; rustc "
                    + profile.version() + " passes it to LLVM as a C string and crashes (an internal compiler error) "
                    + "on it; remove the NUL.", new Fix("Remove the NUL characters from `" + name + "`.",
                            Fix.Edit.replace(pointer, StringNode.valueOf(without))));
        }
    }
}
