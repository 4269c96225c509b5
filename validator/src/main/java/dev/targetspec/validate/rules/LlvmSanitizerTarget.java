package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.TargetName;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Arrays;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A default sanitizer that cannot run on the target stops every compile: LLVM's dataflow sanitizer
 * exists for Linux on x86_64, AArch64 and LoongArch64 only ("unsupported operating system",
 * "unsupported architecture"), and rustc refuses `memtag` without the `mte` feature.
 */
final class LlvmSanitizerTarget implements Rule {
    private static final Set<String> DATAFLOW_ARCHES = Set.of("x86_64", "aarch64", "loongarch64");

    @Override
    public String id() {
        return "llvm-sanitizer-target";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A default sanitizer can run on the target: `dataflow` on Linux for x86_64, aarch64 and loongarch64, "
                + "`memory` on Linux, FreeBSD and NetBSD, `memtag` with `+mte`, and "
                + "never `cfi`, which needs LTO.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        JsonNode defaults = target.at("/rustc/default-sanitizers");
        TargetName llvm = TargetName.parse(r.llvmTarget());
        for (int i = 0; defaults.isArray() && i < defaults.size(); i++) {
            String s = defaults.get(i).asString("");
            String at = JsonPointer.child("/rustc/default-sanitizers", i);
            if (s.equals("dataflow")) {
                String arch = llvm.archFamily().orElse(r.arch());
                boolean linux = llvm.os().map(o -> o.startsWith("linux")).orElse(false);
                if (!linux || !DATAFLOW_ARCHES.contains(arch)) {
                    findings.report(at, "`default-sanitizers` turns on `dataflow` for every compile, but LLVM's dataflow "
                            + "sanitizer runs only on Linux for x86_64, aarch64 and loongarch64, and `llvm-target` `"
                            + r.llvmTarget() + "` is not one: LLVM stops (\"unsupported "
                            + (linux ? "architecture" : "operating system") + "\"); remove it.");
                }
            }
            if (s.equals("memory")) {
                boolean os = llvm.os().map(o -> o.startsWith("linux") || o.startsWith("freebsd") || o.startsWith("netbsd"))
                        .orElse(false);
                if (!os) {
                    findings.report(at, "`default-sanitizers` turns on `memory` for every compile, but LLVM's memory "
                            + "sanitizer runs only on Linux, FreeBSD and NetBSD, and `llvm-target` `" + r.llvmTarget()
                            + "` is none of them: LLVM stops (\"unsupported operating system\"); remove it.");
                }
            }
            if (s.equals("cfi")) {
                findings.report(at, "`default-sanitizers` turns on `cfi` for every compile, but rustc allows it only with "
                        + "LTO, and refuses every other compile (\"`-Zsanitizer=cfi` requires `-Clto` or "
                        + "`-Clinker-plugin-lto`\"); remove it, and pass `-Zsanitizer=cfi` with LTO where it is wanted.");
            }
            if (s.equals("memtag") && !Arrays.asList(r.text("features", "").split(",")).contains("+mte")) {
                findings.report(at, "`default-sanitizers` turns on `memtag` for every compile, but `features` does not "
                        + "enable `mte`, and rustc refuses that (\"`-Zsanitizer=memtag` requires `-Ctarget-feature=+mte`\")"
                        + ": add `+mte` to `features` if the hardware has it, or remove `memtag`.");
            }
        }
    }
}
