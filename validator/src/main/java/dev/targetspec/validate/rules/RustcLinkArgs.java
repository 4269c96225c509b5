package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Per-flavor link-argument lists are not empty, and a C-compiler flavor's {@code -Wl,X} arguments
 * also appear as {@code X} in the plain flavor's list.
 */
final class RustcLinkArgs implements Rule {
    static final List<String> FIELDS = List.of("pre-link-args", "late-link-args", "late-link-args-dynamic",
            "late-link-args-static", "post-link-args");

    @Override
    public String id() {
        return "rustc-link-args";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Every per-flavor link-arguments list is non-empty, and `-Wl,` arguments agree with the plain flavor's.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String flavor = r.linkerFlavor();
        String family = Rustc.family(flavor);
        for (String field : FIELDS) {
            JsonNode args = target.at("/rustc/" + field);
            if (!args.isObject()) {
                continue;
            }
            // rustc compares cc and plain lists for the gnu, wasm and unix families only.
            String plain = flavor.endsWith("-cc") && Set.of("gnu", "wasm", "unix").contains(family)
                    ? flavor.substring(0, flavor.length() - 3) : null;
            Set<String> plainArgs = new HashSet<>();
            args.properties().forEach(e -> {
                if (plain != null && Rustc.canonicalFlavor(e.getKey()).equals(plain)) {
                    e.getValue().forEach(a -> plainArgs.add(a.asString()));
                }
            });
            args.properties().forEach(e -> {
                String pointer = JsonPointer.child("/rustc/" + field, e.getKey());
                // rustc files other families' lists under the target's own family, so any key counts.
                if (e.getValue().isArray() && e.getValue().isEmpty() && !r.arch().equals("avr")) {
                    findings.report(pointer, "`" + field + "` has an empty list for `" + e.getKey()
                            + "`; remove the entry or give it arguments.");
                }
                if (plain != null && hasKey(args, plain)) {
                    for (JsonNode a : e.getValue()) {
                        String arg = a.asString("");
                        if (arg.startsWith("-Wl,") && !plainArgs.contains(arg.substring(4))) {
                            findings.report(pointer, "`" + field + "` passes `" + arg + "` for `" + e.getKey()
                                    + "` but the `" + plain + "` list lacks `" + arg.substring(4)
                                    + "`; rustc requires the two flavors' arguments to agree.");
                        }
                    }
                }
            });
        }
    }

    private static boolean hasKey(JsonNode args, String flavor) {
        for (String k : args.propertyNames()) {
            if (Rustc.canonicalFlavor(k).equals(flavor)) {
                return true;
            }
        }
        return false;
    }
}
