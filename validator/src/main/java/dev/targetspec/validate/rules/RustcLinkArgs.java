package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
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
import java.util.LinkedHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Per-flavor link-argument lists, as rustc folds them, are not empty, and a C-compiler flavor's
 * {@code -Wl,X} arguments also appear as {@code X} in the plain flavor's list.
 *
 * <p>rustc 1.95 reads the keys in the order of its `LinkerFlavorCli` enum and maps each onto the
 * target's own linker family: the key only says whether a C compiler and LLD are used (`msvc` on a
 * GNU target becomes `gnu`, `gcc` becomes `gnu-cc`). The first key that lands on a flavor gives its
 * list, later ones are dropped, and a GNU, Darwin or MSVC list fills both its lld and non-lld
 * variants. The checks apply to the folded lists, so `{"gnu-cc": [], "gnu-lld-cc": ["-m64"]}` is fine.
 */
final class RustcLinkArgs implements Rule {
    static final List<String> FIELDS = List.of("pre-link-args", "late-link-args", "late-link-args-dynamic",
            "late-link-args-static", "post-link-args");
    /** rustc 1.95's order of the keys: its `LinkerFlavorCli` enum, `Yes` before `No` within a variant. */
    private static final List<String> ORDER = List.of("gnu-lld-cc", "gnu-cc", "gnu-lld", "gnu", "darwin-lld-cc",
            "darwin-cc", "darwin-lld", "darwin", "wasm-lld-cc", "wasm-lld", "unix-cc", "unix", "msvc-lld", "msvc",
            "em-cc", "bpf", "ptx", "llbc", "gcc", "ld", "wasm-ld", "ld64.lld", "ld.lld", "lld-link", "em");

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
        Flavor flavor = Flavor.of(r.linkerFlavor());
        for (String field : FIELDS) {
            JsonNode args = target.at("/rustc/" + field);
            if (!args.isObject()) {
                continue;
            }
            Map<String, Slot> folded = fold(args, flavor);
            if (!r.arch().equals("avr")) {
                folded.values().stream().filter(s -> s.args().isEmpty()).map(Slot::key).distinct().forEach(key ->
                        findings.report(JsonPointer.child("/rustc/" + field, key), "`" + field + "` has an empty list "
                                + "for `" + key + "`, which rustc refuses (\"linker flavor args must not be empty\"); "
                                + "remove the entry or give it arguments.", new Fix("Remove the empty `" + key
                                        + "` list of `" + field + "`.", Fix.Edit.remove(JsonPointer.child("/rustc/"
                                                + field, key)))));
            }
            String plain = flavor.plainOfCc();
            Slot plainSlot = plain == null ? null : folded.get(plain);
            if (plainSlot == null) {
                continue;
            }
            Set<String> reported = new LinkedHashSet<>();
            for (Slot s : folded.values()) {
                for (String arg : s.args()) {
                    if (arg.startsWith("-Wl,") && !plainSlot.args().contains(arg.substring(4))
                            && reported.add(s.key() + arg)) {
                        findings.report(JsonPointer.child("/rustc/" + field, s.key()), "`" + field + "` passes `" + arg
                                + "` for `" + s.key() + "` but the list for `" + plainSlot.key() + "` (`" + plain
                                + "` on this target) lacks `" + arg.substring(4) + "`; rustc requires the C-compiler "
                                + "and plain linker arguments to agree: add it there.");
                    }
                }
            }
        }
    }

    /** The lists as rustc keeps them, by the target flavor each key lands on. */
    private static Map<String, Slot> fold(JsonNode args, Flavor target) {
        List<String> keys = new ArrayList<>(args.propertyNames());
        keys.sort(Comparator.comparingInt(k -> ORDER.indexOf(k) < 0 ? Integer.MAX_VALUE : ORDER.indexOf(k)));
        Map<String, Slot> folded = new LinkedHashMap<>();
        for (String key : keys) {
            if (!ORDER.contains(key) || !args.get(key).isArray()) {
                continue; // rustc-map-keys and the schema report these
            }
            Flavor lands = target.withHints(key).withoutLld();
            if (folded.containsKey(lands.name())) {
                continue;
            }
            List<String> list = new ArrayList<>();
            args.get(key).forEach(a -> list.add(a.asString("")));
            Slot slot = new Slot(list, key);
            folded.put(lands.name(), slot);
            lands.lldVariant().ifPresent(v -> folded.putIfAbsent(v.name(), slot));
        }
        return folded;
    }

    /**
     * A linker flavor as rustc models it: a family, whether a C compiler drives the linker and whether
     * the linker is LLD (null where the family has no such choice).
     */
    private record Flavor(String family, Boolean cc, Boolean lld) {
        static Flavor of(String name) {
            String family = Rustc.family(name);
            boolean cc = name.endsWith("-cc");
            boolean lld = name.contains("-lld") || name.equals("msvc-lld");
            return switch (family) {
                case "gnu", "darwin" -> new Flavor(family, cc, lld);
                case "wasm", "unix" -> new Flavor(family, cc, null);
                case "msvc" -> new Flavor(family, null, lld);
                default -> new Flavor(name, null, null);
            };
        }

        String name() {
            return switch (family) {
                case "gnu", "darwin" -> family + (lld ? "-lld" : "") + (cc ? "-cc" : "");
                case "wasm" -> "wasm-lld" + (cc ? "-cc" : "");
                case "unix" -> "unix" + (cc ? "-cc" : "");
                case "msvc" -> lld ? "msvc-lld" : "msvc";
                default -> family;
            };
        }

        /** This flavor with the C-compiler and LLD choices that the key {@code key} implies (rustc's `with_cli_hints`). */
        Flavor withHints(String key) {
            Boolean ccHint;
            Boolean lldHint;
            switch (key) {
                case "gnu", "darwin" -> { ccHint = false; lldHint = false; }
                case "gnu-lld", "darwin-lld" -> { ccHint = false; lldHint = true; }
                case "gnu-cc", "darwin-cc" -> { ccHint = true; lldHint = false; }
                case "gnu-lld-cc", "darwin-lld-cc" -> { ccHint = true; lldHint = true; }
                case "wasm-lld" -> { ccHint = false; lldHint = true; }
                case "wasm-lld-cc", "em-cc", "em" -> { ccHint = true; lldHint = true; }
                case "unix" -> { ccHint = false; lldHint = null; }
                case "unix-cc", "gcc" -> { ccHint = true; lldHint = null; }
                case "msvc", "ld" -> { ccHint = false; lldHint = false; }
                case "msvc-lld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld" -> { ccHint = false; lldHint = true; }
                default -> { ccHint = null; lldHint = null; }
            }
            return switch (family) {
                case "gnu", "darwin" -> new Flavor(family, ccHint != null ? ccHint : cc, lldHint != null ? lldHint : lld);
                case "wasm", "unix" -> new Flavor(family, ccHint != null ? ccHint : cc, null);
                case "msvc" -> new Flavor(family, null, lldHint != null ? lldHint : lld);
                default -> this;
            };
        }

        /** The same flavor without LLD, as rustc keys GNU, Darwin and MSVC lists. */
        Flavor withoutLld() {
            return lld == null ? this : new Flavor(family, cc, false);
        }

        /** The LLD variant that a GNU, Darwin or MSVC list also fills. */
        java.util.Optional<Flavor> lldVariant() {
            return lld == null ? java.util.Optional.empty() : java.util.Optional.of(new Flavor(family, cc, true));
        }

        /** For a C-compiler flavor of the GNU, wasm or unix family, the plain flavor rustc compares it with. */
        String plainOfCc() {
            if (cc == null || !cc || !Set.of("gnu", "wasm", "unix").contains(family)) {
                return null;
            }
            return new Flavor(family, false, lld).name();
        }
    }
}
