package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/** rustc's `is-like-*` flags hold exactly when the vendor, OS or arch they summarise say so. */
final class RustcIsLikeFlags implements Rule {
    @Override
    public String id() {
        return "rustc-is-like-flags";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The `is-like-*` flags agree with `vendor`, `os` and `arch`, as rustc requires.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        iff(r, findings, "is-like-darwin", r.vendor().equals("apple"), "`vendor` is `apple`");
        iff(r, findings, "is-like-solaris", Set.of("solaris", "illumos").contains(r.os()),
                "`os` is `solaris` or `illumos`");
        iff(r, findings, "is-like-gpu", Set.of("nvptx64", "amdgpu").contains(r.arch()),
                "`arch` is `nvptx64` or `amdgpu`");
        iff(r, findings, "is-like-windows", Set.of("windows", "uefi", "cygwin").contains(r.os()),
                "`os` is `windows`, `uefi` or `cygwin`");
        iff(r, findings, "is-like-wasm", r.isWasm(), "`arch` is `wasm32` or `wasm64`");
        if (r.flag("is-like-msvc") && !r.flag("is-like-windows")) {
            findings.report("/rustc/is-like-msvc", "`is-like-msvc` is true but `is-like-windows` is not; rustc requires "
                    + "`is-like-windows` on every MSVC-like target.");
        }
        if (r.os().equals("emscripten") && !r.flag("is-like-wasm")) {
            findings.report("/rustc/os", "`os` is `emscripten` but `is-like-wasm` is not true; Emscripten targets are "
                    + "wasm targets.");
        }
    }

    private static void iff(Rustc r, Findings findings, String flag, boolean condition, String conditionText) {
        boolean set = r.flag(flag);
        if (set != condition) {
            String pointer = set || r.has(flag) ? "/rustc/" + flag : "/rustc";
            // Setting a flag rustc requires has one answer; dropping one it forbids may mean the OS or arch is wrong.
            java.util.Optional<dev.targetspec.diag.Fix> fix = set ? java.util.Optional.empty()
                    : java.util.Optional.of(new dev.targetspec.diag.Fix("Set `" + flag + "` to true.", r.has(flag)
                            ? dev.targetspec.diag.Fix.Edit.replace("/rustc/" + flag,
                                    tools.jackson.databind.node.BooleanNode.TRUE)
                            : dev.targetspec.diag.Fix.Edit.add("/rustc/" + flag, tools.jackson.databind.node.BooleanNode.TRUE)));
            findings.report(pointer, set
                    ? "`" + flag + "` is true, but rustc allows it only when " + conditionText + "; remove it."
                    : "`" + flag + "` is not true, but rustc requires it when " + conditionText + "; set it to true.", fix);
        }
    }
}
