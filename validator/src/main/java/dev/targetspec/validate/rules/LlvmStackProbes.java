package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * `stack-probes` asks for probes LLVM can make for the arch. Only some backends call a probe function
 * (`call`), and rustc leaves the others to stop with "Unsupported stack probing method". Which kinds
 * work is learned from rustc by compiling for each arch with each kind.
 */
final class LlvmStackProbes implements Rule {
    private final Profile profile;

    LlvmStackProbes(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-stack-probes";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`stack-probes` asks for a kind of probe rustc's LLVM can make for the arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        JsonNode probes = target.at("/rustc/stack-probes");
        String kind = probes.path("kind").asString("");
        if (kind.equals("inline-or-call")) {
            // rustc picks inline probes when its LLVM is at least the version given, else calls.
            JsonNode min = probes.path("min-llvm-version-for-inline");
            int major = min.isArray() && min.size() > 0 && min.get(0).canConvertToInt() ? min.get(0).asInt() : 0;
            kind = llvmMajor() >= major ? "inline" : "call";
        }
        if (kind.isEmpty()) {
            return;
        }
        Rustc r = new Rustc(target);
        // The profile probes a freestanding ELF target; Windows-like targets call `__chkstk` instead.
        if (r.flag("is-like-windows")) {
            return;
        }
        Set<String> works = profile.arch(r.arch()).map(Profile.Arch::stackProbes).orElse(Set.of());
        if (!works.isEmpty() && !works.contains(kind)) {
            findings.report("/rustc/stack-probes", "`stack-probes` asks for `" + kind + "` probes, which rustc "
                    + profile.version() + "'s LLVM cannot make for `" + r.arch() + "` (it stops with \"Unsupported "
                    + "stack probing method\"); use " + String.join(" or ", works.stream().sorted()
                            .map(k -> "`{\"kind\": \"" + k + "\"}`").toList()) + ".");
        }
    }

    private int llvmMajor() {
        try {
            return Integer.parseInt(profile.llvm().replaceFirst("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
