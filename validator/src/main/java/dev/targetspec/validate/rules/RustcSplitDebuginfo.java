package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * Split debug information in `.dwo` files exists for COFF, ELF and Wasm objects only: a Mach-O target
 * that splits its debug information keeps it in a dSYM bundle (`debuginfo-kind` `dwarf-dsym`). rustc
 * passes the split-DWARF file to LLVM on every compile, and LLVM stops ("dwo only supported with COFF,
 * ELF, and Wasm").
 */
final class RustcSplitDebuginfo implements Rule {
    @Override
    public String id() {
        return "rustc-split-debuginfo";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A Mach-O target that splits debug information (`split-debuginfo` `packed` or `unpacked`) sets "
                + "`debuginfo-kind` to `dwarf-dsym`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String split = r.text("split-debuginfo", "off");
        boolean machO = r.text("binary-format", "").equals("mach-o") || r.flag("is-like-darwin");
        if (!machO || split.equals("off") || !r.text("debuginfo-kind", "dwarf").equals("dwarf")) {
            return;
        }
        findings.report(r.has("split-debuginfo") ? "/rustc/split-debuginfo" : "/rustc", "`split-debuginfo` is `"
                + split + "` on a Mach-O target, but `debuginfo-kind` is `dwarf`, which splits into `.dwo` files;"
                + " LLVM writes those for COFF, ELF and Wasm only and stops (\"dwo only supported with COFF, ELF, and"
                + " Wasm\"): set `debuginfo-kind` to `dwarf-dsym`, as Apple targets do, or `split-debuginfo` to `off`.");
    }
}
