package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `vendor` and `os` are not empty, and `os` is `unknown` only where rustc allows it. */
final class RustcVendorOs implements Rule {
    @Override
    public String id() {
        return "rustc-vendor-os";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`vendor` and `os` are not empty, and `os` is `unknown` only for the wasm and SGX targets rustc allows.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        if (r.vendor().isEmpty()) {
            findings.report("/rustc/vendor", "`vendor` is empty; leave it out to get `unknown`.",
                    new Fix("Remove the empty `vendor`; rustc's default vendor is `unknown`.",
                            Fix.Edit.remove("/rustc/vendor")));
        }
        if (r.os().isEmpty()) {
            findings.report("/rustc/os", "`os` is empty; use `none` for bare metal.",
                    new Fix("Remove the empty `os`; rustc's default OS is `none`.", Fix.Edit.remove("/rustc/os")));
        }
        boolean allowed = r.llvmTarget().equals("wasm32-unknown-unknown") || r.llvmTarget().equals("wasm64-unknown-unknown")
                || (r.env().equals("sgx") && r.vendor().equals("fortanix"));
        if (r.os().equals("unknown") && !allowed) {
            findings.report("/rustc/os", "`os` is `unknown`, which rustc allows only for `wasm32-unknown-unknown`, "
                    + "`wasm64-unknown-unknown` and Fortanix SGX; use `none` for bare metal.",
                    new Fix("Write `os` as `none`, rustc's name for no operating system.",
                            Fix.Edit.replace("/rustc/os", tools.jackson.databind.node.StringNode.valueOf("none"))));
        }
    }
}
