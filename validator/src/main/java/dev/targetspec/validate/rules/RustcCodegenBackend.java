package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Optional;

/**
 * `default-codegen-backend` is a backend rustc has built in (`llvm`) or a path to one (a name with a
 * `.`, loaded as a library). Any other name is looked up in the sysroot's `codegen-backends` folder,
 * which rustup toolchains do not have, and rustc stops.
 */
final class RustcCodegenBackend implements Rule {
    private final Profile profile;

    RustcCodegenBackend(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "rustc-codegen-backend";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`default-codegen-backend` names a backend rustc has built in, or a path to one.";
    }

    /** Whether the backend library exists, as rustc resolves it: from the folder it runs in. */
    private static boolean exists(String path) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    @Override
    public void check(Target target, Findings findings) {
        Optional<String> backend = target.text("/rustc/default-codegen-backend");
        backend.filter(b -> b.contains(".") && !b.contains("\0") && !exists(b)).ifPresent(b -> findings.report(
                "/rustc/default-codegen-backend", "`default-codegen-backend` is `" + b + "`, a path (it has a `.`) to a "
                        + "backend library that does not exist from here; rustc loads it at the start of every compile "
                        + "and stops when it cannot: name an existing library, or delete the field to use LLVM."));
        // `dummy` is built into every rustc, beside LLVM: it generates no code and always loads.
        backend.filter(b -> !b.contains(".") && !b.equals("dummy") && !profile.codegenBackends().contains(b))
                .ifPresent(b -> findings.report("/rustc/default-codegen-backend", "`default-codegen-backend` is `" + b
                        + "`, which rustc " + profile.version() + " does not have built in (it has "
                        + String.join(", ", profile.codegenBackends().stream().sorted().map(n -> "`" + n + "`").toList())
                        + "), so it looks in the sysroot's `codegen-backends` folder and stops when it finds none; "
                        + "delete the field to use LLVM.", new Fix("Delete `default-codegen-backend`; rustc then uses "
                                + "LLVM.", Fix.Edit.remove("/rustc/default-codegen-backend"))));
    }
}
