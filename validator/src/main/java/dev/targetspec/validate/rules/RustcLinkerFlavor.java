package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/** `linker-flavor` belongs to the family that the target's flags and arch call for. */
final class RustcLinkerFlavor implements Rule {
    @Override
    public String id() {
        return "rustc-linker-flavor";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`linker-flavor` agrees with `is-like-darwin`, `is-like-msvc`, `is-like-wasm`, the Emscripten OS and "
                + "the bpf arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String flavor = r.linkerFlavor();
        String family = Rustc.family(flavor);
        boolean emscripten = r.os().equals("emscripten");
        want(findings, flavor, family.equals("darwin"), r.flag("is-like-darwin"), "a `darwin` flavor",
                "`is-like-darwin` is true");
        want(findings, flavor, family.equals("msvc"), r.flag("is-like-msvc"), "an `msvc` flavor",
                "`is-like-msvc` is true");
        want(findings, flavor, family.equals("wasm"), r.flag("is-like-wasm") && !emscripten, "a `wasm-lld` flavor",
                "`is-like-wasm` is true and `os` is not `emscripten`");
        want(findings, flavor, flavor.equals("em-cc"), emscripten, "`em-cc`", "`os` is `emscripten`");
        want(findings, flavor, flavor.equals("bpf"), r.arch().equals("bpf"), "`bpf`", "`arch` is `bpf`");
    }

    private static void want(Findings findings, String flavor, boolean is, boolean should, String kind, String when) {
        if (is != should) {
            findings.report("/rustc/linker-flavor", "`linker-flavor` is `" + flavor + "`, but rustc requires " + kind
                    + " exactly when " + when + ".");
        }
    }
}
