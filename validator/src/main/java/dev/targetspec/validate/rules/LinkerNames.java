package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.layout.Names;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Section, region and symbol names are plain names (letters, digits, {@code _}, {@code .} and
 * {@code $}, not starting with a digit; input and discard patterns may also use {@code *} and
 * {@code ?}), so that no name can end a block, open a comment or add a command such as
 * {@code INCLUDE} in a generated linker script or assembly file. The policy is
 * {@link Names#linkerNameProblem}; the layout reader applies it too, so a name breaks one rule
 * and gets one diagnostic.
 */
final class LinkerNames implements Rule {
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
            names.add(s + "/load-region");
            JsonNode in = sections.get(i).path("inputs");
            for (int j = 0; in.isArray() && j < in.size(); j++) {
                inputs.add(JsonPointer.child(s + "/inputs", j));
            }
        }
        JsonNode discard = target.at("/layout/discard");
        for (int i = 0; discard.isArray() && i < discard.size(); i++) {
            inputs.add(JsonPointer.child("/layout/discard", i));
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

    private static void check(String pointer, String name, boolean pattern, Findings findings) {
        Names.linkerNameProblem(pointer, name, pattern).ifPresent(m -> findings.report(pointer, m));
    }
}
