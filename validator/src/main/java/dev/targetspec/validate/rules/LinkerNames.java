package dev.targetspec.validate.rules;

import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Section, region and symbol names are plain names (letters, digits, {@code _}, {@code .} and
 * {@code $}, not starting with a digit; input patterns may also use {@code *} and {@code ?}), so that no name can end a block, open a
 * comment or add a command such as {@code INCLUDE} in a generated linker script or assembly file.
 */
final class LinkerNames implements Rule {
    /** Words that GNU ld and LLD read as commands or keywords where a name may stand. */
    private static final Set<String> COMMANDS = Set.of("INCLUDE", "INPUT", "GROUP", "OUTPUT", "SEARCH_DIR",
            "STARTUP", "OUTPUT_FORMAT", "OUTPUT_ARCH", "TARGET", "ENTRY", "SECTIONS", "MEMORY", "PHDRS", "VERSION",
            "INSERT", "ASSERT", "EXTERN", "PROVIDE", "PROVIDE_HIDDEN", "HIDDEN", "KEEP", "SORT", "EXCLUDE_FILE",
            "NOCROSSREFS", "OVERLAY", "REGION_ALIAS", "AT", "ALIGN", "SUBALIGN", "FILL", "NOLOAD", "COMMON",
            "DISCARD", "/DISCARD/", "BYTE", "SHORT", "LONG", "QUAD", "SQUAD", "CONSTRUCTORS", "ORIGIN", "LENGTH");

    @Override
    public String id() {
        return "linker-names";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Section, region and symbol names use only letters, digits, `_`, `.` and `$`, and are not linker-script commands.";
    }

    @Override
    public void check(Target target, Findings findings) {
        List<String> names = new ArrayList<>(List.of("/boot/header-section", "/entry/symbol", "/entry/main",
                "/layout/stack/region"));
        List<String> inputs = new ArrayList<>();
        JsonNode sections = target.at("/layout/sections");
        for (int i = 0; sections.isArray() && i < sections.size(); i++) {
            String s = JsonPointer.child("/layout/sections", i);
            names.add(s + "/name");
            names.add(s + "/region");
            JsonNode in = sections.get(i).path("inputs");
            for (int j = 0; in.isArray() && j < in.size(); j++) {
                inputs.add(JsonPointer.child(s + "/inputs", j));
            }
        }
        JsonNode regions = target.at("/layout/regions");
        for (int i = 0; regions.isArray() && i < regions.size(); i++) {
            names.add(JsonPointer.child("/layout/regions", i) + "/name");
        }
        for (String p : names) {
            target.text(p).ifPresent(n -> check(p, n, false, findings));
        }
        for (String p : inputs) {
            target.text(p).ifPresent(n -> check(p, n, true, findings));
        }
    }

    private static void check(String pointer, String name, boolean input, Findings findings) {
        String field = pointer.substring(1).replace('/', '.');
        if (name.isEmpty()) {
            return; // the schema reports an empty name
        }
        if (COMMANDS.contains(name) || name.equals(".")) {
            findings.report(pointer, "`" + field + "` is `" + name + "`, which a linker script reads as "
                    + (name.equals(".") ? "the location counter" : "a command") + "; choose another name.");
            return;
        }
        int bad = firstBad(name, input);
        if (bad < 0) {
            return;
        }
        int cp = name.codePointAt(bad);
        String what = cp >= 0x80 || cp < 0x20 || cp == 0x7f
                ? Messages.nonAsciiNote(new String(Character.toChars(cp))).replaceFirst("^; it contains ", "")
                : "`" + (char) cp + "`" + (bad == 0 && cp >= '0' && cp <= '9' ? " first" : "");
        String shown = Messages.oneLine(name.length() > 60 ? name.substring(0, 57) + "…" : name);
        findings.report(pointer, "`" + field + "` is `" + shown + "`, which has " + what
                + "; a name in a linker script may use only letters, digits, `_`, `.` and `$`"
                + (input ? " and the wildcards `*` and `?`" : ", not starting with a digit") + ".");
    }

    /** The index of the first character a name may not have, or -1. */
    private static int firstBad(String name, boolean input) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '.' || c == '$'
                    || (c >= '0' && c <= '9' && (input || i > 0)) || (input && (c == '*' || c == '?'));
            if (!ok) {
                return i;
            }
        }
        return -1;
    }
}
