package dev.targetspec.validate.rules;

import dev.targetspec.spec.Target;
import java.util.Set;

/**
 * The {@code rustc} member of a target read as rustc 1.95 reads it: a missing field takes rustc's
 * default. Facts here are from rustc 1.95's target-spec code and its behaviour on custom targets.
 */
final class Rustc {
    private final Target target;

    Rustc(Target target) {
        this.target = target;
    }

    String text(String field, String fallback) {
        return target.text("/rustc/" + field).orElse(fallback);
    }

    boolean flag(String field) {
        return target.bool("/rustc/" + field).orElse(false);
    }

    boolean has(String field) {
        return target.rustc().has(field);
    }

    String arch() {
        return text("arch", "");
    }

    String vendor() {
        return text("vendor", "unknown");
    }

    String os() {
        return text("os", "none");
    }

    String env() {
        return text("env", "");
    }

    String llvmTarget() {
        return text("llvm-target", "");
    }

    String llvmAbiname() {
        return text("llvm-abiname", "");
    }

    String endian() {
        return text("target-endian", "little");
    }

    /**
     * The linker flavor rustc uses. The old names (`gcc`, `ld`, `ld.lld`, …, and `gcc` when the field
     * is missing) are resolved with `lld-flavor` and `linker-is-gnu`, as rustc resolves them.
     */
    String linkerFlavor() {
        return resolveFlavor(text("linker-flavor", "gcc"));
    }

    /** A flavor name as written in the spec (the field or a link-args key), resolved as rustc does. */
    String resolveFlavor(String flavor) {
        String lld = text("lld-flavor", "gnu");
        boolean gnu = target.bool("/rustc/linker-is-gnu").orElse(true);
        return switch (flavor) {
            case "gcc" -> switch (lld) {
                case "darwin" -> "darwin-cc";
                case "wasm" -> "wasm-lld-cc";
                default -> lld.equals("gnu") && gnu ? "gnu-cc" : "unix-cc";
            };
            case "ld" -> switch (lld) {
                case "darwin" -> "darwin";
                default -> lld.equals("gnu") && gnu ? "gnu" : "unix";
            };
            case "ld.lld" -> "gnu-lld";
            case "ld64.lld" -> "darwin-lld";
            case "lld-link" -> "msvc-lld";
            case "wasm-ld" -> "wasm-lld";
            case "em" -> "em-cc";
            default -> flavor;
        };
    }

    /** The family of a (canonical) linker flavor: gnu, darwin, wasm, unix, msvc, em-cc, bpf, llbc or ptx. */
    static String family(String flavor) {
        for (String f : Set.of("gnu", "darwin", "wasm", "unix", "msvc")) {
            if (flavor.equals(f) || flavor.startsWith(f + "-")) {
                return f;
            }
        }
        return flavor;
    }

    boolean isWasm() {
        return arch().equals("wasm32") || arch().equals("wasm64");
    }
}
