package dev.targetspec.validate.rules;

import dev.targetspec.diag.Severity;
import dev.targetspec.profile.Profile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An object format written into `llvm-target` (`x86_64-unknown-none-elf`, `…-coff`) is one LLVM can
 * write for the arch. LLVM stops ("unsupported object format"), or crashes, on one it cannot. Which
 * formats each arch takes is learned from rustc by compiling with each.
 */
final class LlvmObjectFormat implements Rule {
    /** LLVM's object format names, as they end a triple's environment component. */
    private static final List<String> FORMATS = List.of("dxcontainer", "xcoff", "macho", "spirv", "coff", "wasm",
            "goff", "elf");

    private final Profile profile;

    LlvmObjectFormat(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String id() {
        return "llvm-object-format";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "An object format named in `llvm-target` is one rustc's LLVM writes for the arch.";
    }

    @Override
    public void check(Target target, Findings findings) {
        Rustc r = new Rustc(target);
        String[] parts = r.llvmTarget().split("-", 4);
        if (parts.length < 2) {
            return;
        }
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String format = FORMATS.stream().filter(last::endsWith).findFirst().orElse(null);
        Set<String> works = profile.arch(r.arch()).map(Profile.Arch::objectFormats).orElse(Set.of());
        if (format == null || works.contains(format)) {
            return;
        }
        if (works.isEmpty()) {
            // No freestanding built-in showed what the arch writes: only the formats tied to one family of
            // arches are judged: XCOFF (PowerPC), GOFF (SystemZ) and SPIR-V (no arch rustc lowers).
            String family = format.equals("xcoff") ? "powerpc" : format.equals("goff") ? "s390x"
                    : format.equals("spirv") ? "spirv" : null;
            if (family == null || r.arch().startsWith(family)) {
                return;
            }
            findings.report("/rustc/llvm-target", "`llvm-target` `" + r.llvmTarget() + "` asks for `" + format
                    + "` objects, which LLVM writes only for `" + family + "`, not `" + r.arch() + "` (rustc crashes):"
                    + " remove the `-" + format + "` suffix.");
            return;
        }
        findings.report("/rustc/llvm-target", "`llvm-target` `" + r.llvmTarget() + "` asks for `" + format
                + "` objects, which rustc " + profile.version() + "'s LLVM cannot write for `" + r.arch()
                + "` (it stops on them); it writes " + String.join(", ", works.stream().sorted().map(f -> "`" + f + "`")
                        .toList()) + ": remove the `-" + format + "` suffix or use one of those.");
    }
}
