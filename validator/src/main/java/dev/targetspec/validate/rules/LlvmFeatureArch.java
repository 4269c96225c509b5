package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.TargetName;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Set;

/**
 * rustc hands LLVM the target features it knows for `arch`, while LLVM compiles with the backend of
 * `llvm-target`. When those are different arches and the backend lacks one of the features, LLVM
 * stops ("'+adx' is not a recognized feature for this target"), whatever `features` says.
 */
final class LlvmFeatureArch implements Rule {
    private final Profile profile;

    LlvmFeatureArch(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-feature-arch";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "When `llvm-target` names another arch than `arch`, the backend of `llvm-target` has every target "
                + "feature rustc knows for `arch`.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String backend = TargetName.parse(r.llvmTarget()).archFamily().orElse(r.arch());
        if (backend.equals(r.arch())) {
            return;
        }
        Set<String> ofArch = profile.arch(r.arch()).map(Profile.Arch::rustcFeatures).orElse(Set.of());
        Set<String> ofBackend = profile.arch(backend).map(Profile.Arch::features).orElse(null);
        if (ofBackend == null) {
            return;
        }
        // rustc asks LLVM about every feature it knows for `arch`; the first the backend lacks stops it.
        java.util.List<String> foreign = ofArch.stream().filter(f -> !ofBackend.contains(f)).sorted().toList();
        if (foreign.isEmpty()) {
            return;
        }
        findings.report("/rustc/llvm-target", "`llvm-target` `" + r.llvmTarget() + "` makes LLVM use its `" + backend
                + "` backend, but rustc hands it the target features it knows for `arch` `" + r.arch() + "`, "
                + foreign.size() + " of which that backend lacks (such as `" + foreign.get(0) + "`), so LLVM stops"
                + " (\"'+…' is not a recognized feature for this target\"): make `arch` and `llvm-target` name the same"
                + " arch.");
    }
}
