package dev.targetspec.render.intrinsics;

import dev.targetspec.spec.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives, from a target spec, the runtime routines the compiler may call for that target and
 * that a freestanding program must link in.
 *
 * <p>The rules follow how LLVM chooses library calls (RuntimeLibcalls, and each backend's
 * lowering) as rustc 1.95 with LLVM 22 configures it, and were checked against the objects that
 * compiler emits for every built-in target (see docs/intrinsics.md).
 */
public final class Intrinsics {
    static final String CB = "compiler_builtins";
    static final String LIBGCC = "libgcc or compiler-rt (compiler_builtins lacks it)";
    static final String LIBM = "compiler_builtins (weak math symbols), or the C library's libm";
    static final String LINKER = "the linker";

    private Intrinsics() {
    }

    /** Every routine the compiler may call for {@code target}, one entry per symbol. */
    public static IntrinsicList derive(Target target) {
        Facts f = Facts.of(target);
        Builder b = new Builder(f);
        new IntegerRules(f, b).add();
        new FloatRules(f, b).add();
        MemoryRules.add(f, b);
        AtomicRules.add(f, b);
        PlatformRules.add(f, b);
        List<String> notes = new ArrayList<>();
        if (!f.memFeatureAutomatic()) {
            notes.add("compiler_builtins defines memcpy, memmove, memset, memcmp and bcmp only with its `mem`"
                    + " feature, which it does not turn on for this target name (it does for names containing"
                    + " -none, uefi, nvptx, xous, sgx, or wasm without WASI). Without a C library, build with"
                    + " -Zbuild-std=core,compiler_builtins -Zbuild-std-features=compiler-builtins-mem.");
        }
        if (f.stackProbes().equals("call") || f.stackProbes().equals("inline-or-call")) {
            notes.add("__rust_probestack is a Rust-internal symbol, version-mangled since rust-lang/rust#141992 (here"
                    + " as rustc 1.95 spells it), so link against compiler_builtins rather than naming it.");
        }
        return new IntrinsicList(target.triple(), b.build(), notes);
    }

    /** Collects entries, applying the object-format prefix and keeping the first entry per name. */
    static final class Builder {
        private final Facts f;
        private final Map<String, Intrinsic> byName = new LinkedHashMap<>();

        Builder(Facts f) {
            this.f = f;
        }

        /** Adds {@code base} with the target's global-symbol prefix. */
        void add(String base, Family family, String reason, String providedBy) {
            raw(f.prefix() + base, family, reason, providedBy);
        }

        void addAll(List<String> bases, Family family, String reason, String providedBy) {
            bases.forEach(n -> add(n, family, reason, providedBy));
        }

        /** Adds {@code name} exactly as given. */
        void raw(String name, Family family, String reason, String providedBy) {
            byName.putIfAbsent(name, new Intrinsic(name, family, reason, providedBy));
        }

        List<Intrinsic> build() {
            List<Intrinsic> out = new ArrayList<>(byName.values());
            out.sort(Comparator.comparing((Intrinsic i) -> i.family().ordinal()).thenComparing(Intrinsic::name));
            return out;
        }
    }
}
