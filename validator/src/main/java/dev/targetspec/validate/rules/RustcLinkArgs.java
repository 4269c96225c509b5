package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Per-flavor link-argument lists, as rustc folds them, are not empty, and a C-compiler flavor's
 * {@code -Wl,X} arguments also appear as {@code X} in the plain flavor's list.
 *
 * <p>rustc reads the keys in the order of its flavor enum; each list replaces the lists of both the
 * lld and non-lld variant of its flavor, and lists for other linker families are dropped. The
 * checks apply to the folded lists, so `{"gnu-cc": [], "gnu-lld-cc": ["-m64"]}` is fine.
 */
final class RustcLinkArgs implements Rule {
    static final List<String> FIELDS = List.of("pre-link-args", "late-link-args", "late-link-args-dynamic",
            "late-link-args-static", "post-link-args");
    /** rustc 1.95's order of flavor names (the order of its `LinkerFlavorCli` enum). */
    private static final List<String> ORDER = List.of("gnu", "gnu-lld", "gnu-cc", "gnu-lld-cc", "darwin", "darwin-lld",
            "darwin-cc", "darwin-lld-cc", "wasm-lld", "wasm-lld-cc", "unix", "unix-cc", "msvc", "msvc-lld", "em-cc",
            "bpf", "ptx", "llbc", "gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "em");

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

    /** A folded list and the key that wrote it. */
    private record Slot(List<String> args, String key) {
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
            Map<String, Slot> folded = fold(r, args, family);
            Set<String> reported = new LinkedHashSet<>();
            if (!r.arch().equals("avr")) {
                folded.values().stream().filter(s -> s.args().isEmpty()).map(Slot::key).distinct().forEach(key ->
                        findings.report(JsonPointer.child("/rustc/" + field, key), "`" + field + "` has an empty list "
                                + "for `" + key + "`; remove the entry or give it arguments."));
            }
            // rustc compares cc and plain lists for the gnu, wasm and unix families only.
            String plain = flavor.endsWith("-cc") && Set.of("gnu", "wasm", "unix").contains(family)
                    ? flavor.substring(0, flavor.length() - 3) : null;
            Slot plainSlot = plain == null ? null : folded.get(plain);
            if (plainSlot == null) {
                continue;
            }
            for (Slot s : folded.values()) {
                for (String arg : s.args()) {
                    if (arg.startsWith("-Wl,") && !plainSlot.args().contains(arg.substring(4))
                            && reported.add(s.key() + arg)) {
                        findings.report(JsonPointer.child("/rustc/" + field, s.key()), "`" + field + "` passes `" + arg
                                + "` for `" + s.key() + "` but the `" + plain + "` list lacks `" + arg.substring(4)
                                + "`; rustc requires the two flavors' arguments to agree.");
                    }
                }
            }
        }
    }

    private static Map<String, Slot> fold(Rustc r, JsonNode args, String family) {
        List<String> keys = new ArrayList<>(args.propertyNames());
        keys.sort(Comparator.comparingInt(k -> ORDER.indexOf(k) < 0 ? Integer.MAX_VALUE : ORDER.indexOf(k)));
        Map<String, Slot> folded = new TreeMap<>();
        for (String key : keys) {
            String resolved = r.resolveFlavor(key);
            if (!Rustc.family(resolved).equals(family) || !args.get(key).isArray()) {
                continue;
            }
            List<String> list = new ArrayList<>();
            args.get(key).forEach(a -> list.add(a.asString("")));
            for (String slot : lldVariants(resolved)) {
                folded.put(slot, new Slot(list, key));
            }
        }
        return folded;
    }

    /** The lld and non-lld variants of a flavor that one list fills. */
    private static List<String> lldVariants(String flavor) {
        boolean cc = flavor.endsWith("-cc");
        String base = flavor.replace("-lld", "").replace("-cc", "");
        return switch (base) {
            case "gnu", "darwin" -> List.of(base + (cc ? "-cc" : ""), base + "-lld" + (cc ? "-cc" : ""));
            case "msvc" -> List.of("msvc", "msvc-lld");
            default -> List.of(flavor);
        };
    }
}
