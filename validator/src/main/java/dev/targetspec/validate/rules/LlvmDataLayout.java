package dev.targetspec.validate.rules;

import dev.targetspec.diag.Fix;
import dev.targetspec.diag.Severity;
import dev.targetspec.spec.Target;
import dev.targetspec.triple.DataLayouts;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.Optional;
import tools.jackson.databind.node.StringNode;

/**
 * `data-layout` equals the layout LLVM 22 gives the target machine rustc creates for the spec:
 * {@link DataLayouts#defaultLayout(String, String)} of `llvm-target` and `llvm-abiname`. rustc finds
 * a mismatch only when it generates code for a custom target; here it is found at validation.
 * Built-in targets are exempt, as they are in rustc. An `llvm-target` whose architecture has no LLVM
 * backend has no layout to compare with.
 *
 * <p>rustc compares the spec's layout after adapting it to the LLVM it runs on: rustc 1.95 writes
 * s390x layouts as LLVM 23 does, with the stack alignment {@code -S64}, and on its LLVM 22 removes
 * every {@code -S64} from the layout of an {@code s390x} spec before comparing (measured: with and
 * without {@code -S64}, anywhere in the layout, rustc 1.95 accepts it).
 */
final class LlvmDataLayout implements Rule {

    @Override
    public String id() {
        return "llvm-data-layout";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "`data-layout` equals LLVM 22's layout for `llvm-target` and `llvm-abiname` (custom and proposed targets).";
    }

    @Override
    public void check(Target target, Findings findings) {
        if (target.text("/metadata/status").orElse("").equals("builtin")) {
            return;
        }
        Optional<String> layout = target.text("/rustc/data-layout");
        if (layout.isEmpty()) {
            return;
        }
        Rustc r = new Rustc(target);
        DataLayouts.defaultLayout(r.llvmTarget(), r.llvmAbiname())
                .filter(expected -> !expected.equals(asRustcCompares(layout.get(), r.arch())))
                .ifPresent(expected -> findings.report("/rustc/data-layout", "`data-layout` is `" + layout.get()
                        + "` but LLVM 22's layout for `llvm-target` `" + r.llvmTarget() + "`" + abi(r) + " is `" + expected
                        + "`; rustc refuses the mismatch when it generates code: write `" + expected + "`.",
                        keepsIntent(target, expected) ? Optional.of(new Fix("Replace `data-layout` with LLVM 22's layout "
                                + "for `" + r.llvmTarget() + "`.", Fix.Edit.replace("/rustc/data-layout",
                                        StringNode.valueOf(expected)))) : Optional.empty()));
    }

    /**
     * Whether LLVM's layout keeps what the spec says the target is: its pointer width and byte order. When
     * it does not, the spec contradicts its own `llvm-target`, and a person must decide which is right.
     */
    private static boolean keepsIntent(Target target, String expected) {
        Optional<DataLayout> llvm = DataLayout.parse(expected);
        String endian = target.text("/rustc/target-endian").orElse("little");
        return llvm.isPresent() && llvm.get().bigEndian() == endian.equals("big")
                && target.integer("/rustc/target-pointer-width").map(w -> w == llvm.get().pointerBits()).orElse(false);
    }

    /** The spec's layout as rustc 1.95 compares it with LLVM 22's, for the spec's `arch`. */
    private static String asRustcCompares(String layout, String arch) {
        return arch.equals("s390x") ? layout.replace("-S64", "") : layout;
    }

    private static String abi(Rustc r) {
        return r.llvmAbiname().isEmpty() ? "" : " with `llvm-abiname` `" + r.llvmAbiname() + "`";
    }
}
