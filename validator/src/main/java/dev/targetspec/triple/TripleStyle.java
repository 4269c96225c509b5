package dev.targetspec.triple;

import java.util.Locale;
import java.util.Objects;

/** The two normalization styles: LLVM's {@code Triple::normalize} and GNU {@code config.sub}. */
public enum TripleStyle {
    /** LLVM 22 {@code Triple::normalize}: never fails, keeps unknown components as written. */
    LLVM,
    /** GNU {@code config.sub}: expands aliases and rejects names it does not know. */
    GNU;

    /** The style named {@code llvm} or {@code gnu} (case-insensitive). */
    public static TripleStyle of(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "llvm" -> LLVM;
            case "gnu" -> GNU;
            default -> throw new IllegalArgumentException(
                    "Unknown triple style '" + name + "': expected 'llvm' or 'gnu'.");
        };
    }

    /**
     * Normalizes {@code triple} in this style.
     *
     * @throws InvalidTripleException only in the GNU style, for names config.sub rejects
     */
    public String normalize(String triple) throws InvalidTripleException {
        return this == LLVM ? LlvmTriple.normalize(triple) : GnuConfig.normalize(triple);
    }
}
