package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** A `-multiboot` or `-multiboot2` name promises that boot protocol. */
final class VariantBootProtocol implements Rule {
    @Override
    public String id() {
        return "variant-boot-protocol";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public boolean convention() {
        return true;
    }

    @Override
    public String summary() {
        return "A name ending in `-multiboot` or `-multiboot2` has the matching `boot.protocol`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        String triple = target.triple();
        String expected = triple.endsWith("-multiboot2") ? "multiboot2"
                : triple.endsWith("-multiboot") ? "multiboot" : null;
        if (expected == null) {
            return;
        }
        String protocol = target.text("/boot/protocol").orElse(null);
        if (!expected.equals(protocol)) {
            findings.report(protocol == null ? "/boot" : "/boot/protocol", "The name `" + triple + "` promises `"
                    + expected + "` but `boot.protocol` is " + (protocol == null ? "not set" : "`" + protocol + "`")
                    + "; set it to `" + expected + "`.");
        }
    }
}
