package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.diag.Suggestions;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Each `llvm-args` item is an option rustc's LLVM has. rustc hands them to LLVM's option parser
 * when it starts, and LLVM exits on an option it does not know.
 */
final class LlvmArgs implements Rule {
    private final Profile profile;

    LlvmArgs(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-args";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Each `llvm-args` item is an option of rustc's LLVM (`rustc -C llvm-args=--help-list-hidden`).";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode args = target.at("/rustc/llvm-args");
        for (int i = 0; args.isArray() && i < args.size(); i++) {
            JsonNode a = args.get(i);
            if (!a.isString() || a.asString().contains("\0")) {
                continue; // the schema and llvm-c-string judge these
            }
            String at = JsonPointer.child("/rustc/llvm-args", i);
            problem(a.asString()).ifPresent(why -> findings.report(at,
                    "`llvm-args` item `" + a.asString() + "` " + why));
        }
    }

    /** Why LLVM's option parser refuses {@code arg} (or, for `-regalloc`, every unoptimized build stops). */
    private Optional<String> problem(String arg) {
        String stop = ", and rustc " + profile.version() + "'s LLVM stops every compile on it";
        if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
            return Optional.of("is not an option (options start with `-`)" + stop + "; remove it.");
        }
        String body = arg.replaceFirst("^-{1,2}", "");
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1));
        Optional<Profile.LlvmOption> option = profile.llvmOption(name);
        if (option.isEmpty()) {
            return Optional.of("is not an option of LLVM" + stop + "; remove it"
                    + Suggestions.didYouMean(name, profile.llvmOptionNames()) + ".");
        }
        Profile.LlvmOption o = option.get();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        boolean ok = switch (o.kind()) {
            case Profile.LlvmOption.VALUES -> o.values().contains(v);
            case Profile.LlvmOption.FLAG -> BOOLEANS.contains(v);
            case "uint", "ulong" -> v.matches("(0x[0-9a-fA-F]+|[0-9]+)");
            case "int", "long" -> v.matches("-?(0x[0-9a-fA-F]+|[0-9]+)");
            case "number" -> v.matches("-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
            default -> true;
        };
        if (!ok) {
            String takes = switch (o.kind()) {
                case Profile.LlvmOption.VALUES -> "one of " + String.join(", ", o.values().stream()
                        .map(x -> "`" + x + "`").toList());
                case Profile.LlvmOption.FLAG -> "`true`, `false`, `1` or `0`, or no value";
                default -> "a value of kind `" + o.kind() + "`";
            };
            return Optional.of("gives `" + name + "` the value `" + v + "`, but it takes " + takes + stop
                    + "; correct the value.");
        }
        if (name.equals("regalloc") && !v.equals("fast")) {
            return Optional.of("chooses the `" + v + "` register allocator, which LLVM refuses in unoptimized builds "
                    + "(`Must use fast (default) register allocator for unoptimized regalloc`), so every debug build "
                    + "stops; remove it.");
        }
        return Optional.empty();
    }

    /** The spellings LLVM's option parser takes for a boolean. */
    private static final java.util.Set<String> BOOLEANS = java.util.Set.of("true", "TRUE", "True", "false", "FALSE",
            "False", "1", "0");
}
