package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Optional;

/** Each specification in `data-layout` parses the way rustc parses it when a session starts. */
final class RustcDataLayoutSyntax implements Rule {
    @Override
    public String id() {
        return "rustc-data-layout-syntax";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`data-layout` is well formed: every size and alignment is a number where rustc reads one.";
    }

    @Override
    public void check(Target target, Findings findings) {
        target.text("/rustc/data-layout").flatMap(RustcDataLayoutSyntax::problem)
                .ifPresent(p -> findings.report("/rustc/data-layout", "`data-layout` " + p + "."));
    }

    /** What is wrong with {@code layout}, in rustc's terms, if anything. */
    static Optional<String> problem(String layout) {
        for (String spec : layout.split("-", -1)) {
            String[] f = spec.split(":", -1);
            String kind = f[0];
            if (kind.equals("e") || kind.equals("E") || kind.startsWith("m") || kind.startsWith("n")
                    || kind.startsWith("S") || kind.startsWith("P") || kind.startsWith("G") || kind.startsWith("A")
                    || kind.startsWith("F") || kind.startsWith("ni") || kind.isEmpty()) {
                continue;
            }
            if (kind.startsWith("p")) {
                if (f.length < 2 || f[1].isEmpty()) {
                    return Optional.of("has `" + spec + "`, a pointer specification without a size");
                }
                if (f.length < 3) {
                    return Optional.of("has `" + spec + "`, a pointer specification without an alignment");
                }
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].matches("[0-9]+")) {
                        return Optional.of("has `" + spec + "`, whose `" + f[i] + "` is not a number");
                    }
                }
            } else if (kind.matches("[ifva][0-9]*")) {
                if (kind.length() > 1 && f.length < 2 && !kind.equals("a")) {
                    return Optional.of("has `" + spec + "` without an alignment");
                }
                String size = kind.substring(1);
                if (!kind.startsWith("a") && size.isEmpty()) {
                    return Optional.of("has `" + spec + "` without a size");
                }
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].matches("[0-9]+")) {
                        return Optional.of("has `" + spec + "`, whose `" + f[i] + "` is not a number");
                    }
                }
            }
        }
        return Optional.empty();
    }
}
