package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/**
 * An Apple target (`is-like-darwin`) has an Apple `os` and an unversioned `llvm-target` of three or
 * four parts. rustc adds the deployment version to the OS part of `llvm-target` when it generates
 * code, and crashes (an internal compiler error) when the OS is not Apple's, or the triple has too
 * few or too many parts, or already carries a version.
 */
final class RustcAppleTarget implements Rule {
    private static final Set<String> APPLE_OS = Set.of("macos", "ios", "tvos", "watchos", "visionos");

    @Override
    public String id() {
        return "rustc-apple-target";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An `is-like-darwin` target has an Apple `os` and an unversioned `llvm-target` of 3 or 4 parts.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        if (!r.flag("is-like-darwin")) {
            return;
        }
        if (!APPLE_OS.contains(r.os())) {
            findings.report(r.has("os") ? "/rustc/os" : "/rustc/is-like-darwin", "`is-like-darwin` is set but `os` is `"
                    + r.os() + "`; rustc looks up the Apple deployment target of the OS and crashes (an internal "
                    + "compiler error) on any other; use `macos`, `ios`, `tvos`, `watchos` or `visionos`, or unset "
                    + "`is-like-darwin`.");
        }
        String[] parts = r.llvmTarget().split("-", -1);
        if (r.llvmTarget().isEmpty()) {
            return;
        }
        if (parts.length < 3 || parts.length > 4) {
            findings.report("/rustc/llvm-target", "`llvm-target` is `" + r.llvmTarget() + "`, with " + parts.length
                    + " parts; rustc inserts the deployment version into an Apple triple of 3 or 4 parts "
                    + "(`arch-apple-os[-env]`) and crashes on any other.");
        } else if (parts[2].chars().anyMatch(Character::isDigit)) {
            findings.report("/rustc/llvm-target", "`llvm-target` is `" + r.llvmTarget() + "`, whose OS part `" + parts[2]
                    + "` already has a version; rustc adds the deployment version itself and crashes on a versioned "
                    + "triple: write `" + String.join("-", parts[0], parts[1], parts[2].replaceAll("[0-9.]+$", ""))
                    + (parts.length == 4 ? "-" + parts[3] : "") + "` and set the version with the `*_DEPLOYMENT_TARGET` "
                    + "variable.");
        }
    }
}
