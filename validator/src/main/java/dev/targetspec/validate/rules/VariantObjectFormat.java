package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `-elf`, `-multiboot` and `-multiboot2` names promise ELF output. */
final class VariantObjectFormat implements Rule {
    @Override
    public String id() {
        return "variant-object-format";
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
        return "A name ending in `-elf`, `-multiboot` or `-multiboot2` produces ELF (`binary-format` unset or `elf`).";
    }

    @Override
    public void check(Target target, Findings findings) {
        String triple = target.triple();
        if (!(triple.endsWith("-elf") || triple.endsWith("-multiboot") || triple.endsWith("-multiboot2"))) {
            return;
        }
        target.text("/rustc/binary-format").filter(f -> !f.equals("elf")).ifPresent(f -> findings.report(
                "/rustc/binary-format", "The name `" + triple + "` promises ELF but `binary-format` is `" + f
                        + "`; remove `binary-format` or set it to `elf`."));
    }
}
