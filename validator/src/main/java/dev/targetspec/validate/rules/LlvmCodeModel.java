package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import java.util.Optional;
import java.util.Set;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;

/**
 * `code-model` is one LLVM's backend for the arch supports: `tiny` only on AArch64 ELF, `kernel`
 * only on x86, and not `medium` on AArch64. rustc leaves this to an LLVM fatal error.
 */
final class LlvmCodeModel implements Rule {
    private final Profile profile;

    LlvmCodeModel(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-code-model";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`code-model` is supported by LLVM for the arch: `tiny` on AArch64 ELF only, `kernel` on x86 only, "
                + "no `medium` on AArch64.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String model = r.text("code-model", "");
        // LLVM's backend is the one of `llvm-target`, whatever `arch` says.
        String arch = dev.targetspec.triple.TargetName.parse(r.llvmTarget()).archFamily().orElse(r.arch());
        boolean aarch64 = arch.equals("aarch64") || arch.equals("arm64ec");
        boolean elf = r.text("binary-format", "elf").equals("elf") && !r.flag("is-like-darwin")
                && !r.flag("is-like-windows");
        String problem = switch (model) {
            case "tiny" -> aarch64 && elf ? null : "LLVM supports the `tiny` code model on AArch64 ELF only";
            case "kernel" -> arch.equals("x86_64") || arch.equals("x86") ? null
                    : "LLVM supports the `kernel` code model on x86 only";
            case "medium" -> aarch64 ? "LLVM's AArch64 backend allows only `tiny`, `small` and `large`" : null;
            default -> null;
        };
        if (!aarch64 && !model.isEmpty()) {
            // Elsewhere, what rustc's LLVM did when `targetspec import rustc` compiled for the arch with each model.
            Optional<Set<String>> works = profile.arch(arch).map(Profile.Arch::codeModels).filter(m -> !m.isEmpty());
            if (works.isPresent()) {
                problem = works.get().contains(model) ? null : "rustc " + profile.version() + "'s LLVM stops on it for `"
                        + arch + "`, which takes " + String.join(", ", works.get().stream().sorted()
                                .map(m -> "`" + m + "`").toList());
            }
        }
        if (problem != null) {
            findings.report("/rustc/code-model", "`code-model` is `" + model + "` but LLVM generates `" + arch
                    + "` code (from `llvm-target`); " + problem + ".");
        }
    }
}
