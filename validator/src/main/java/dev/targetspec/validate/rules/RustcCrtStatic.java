package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** A target that can link the C runtime statically says that it respects `crt-static`. */
final class RustcCrtStatic implements Rule {
    @Override
    public String id() {
        return "rustc-crt-static";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`crt-static-default` or `crt-static-allows-dylibs` requires `crt-static-respected`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        for (String field : new String[] {"crt-static-default", "crt-static-allows-dylibs"}) {
            if (r.flag(field) && !r.flag("crt-static-respected")) {
                findings.report("/rustc/" + field, "`" + field + "` is true but `crt-static-respected` is not; "
                        + "set `crt-static-respected` to true.");
            }
        }
    }
}
