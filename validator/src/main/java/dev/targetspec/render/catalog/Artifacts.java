package dev.targetspec.render.catalog;

import dev.targetspec.diag.Refused;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.boot.BootHeader;
import dev.targetspec.render.boot.BootStub;
import dev.targetspec.render.cflags.CFlags;
import dev.targetspec.render.entry.EntryArtifact;
import dev.targetspec.render.intrinsics.IntrinsicsArtifact;
import dev.targetspec.render.linker.LinkerScript;
import dev.targetspec.render.linker.MemoryXArtifact;
import dev.targetspec.render.rustc.RustcJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog: every artifact targetspec generates, in the order a target's page lists them. This
 * is the only list; {@code render}, {@code docs}, {@code new} and {@code rfc} read it.
 */
public final class Artifacts {
    private static final List<Artifact> ALL = List.of(new LinkerScript(), new MemoryXArtifact(), new BootHeader(), new BootStub(),
            new EntryArtifact(), new CFlags(), new IntrinsicsArtifact(), new RustcJson());

    private Artifacts() {
    }

    public static List<Artifact> all() {
        return ALL;
    }

    public static Optional<Artifact> named(String name) {
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The artifact named {@code name}; the exception's message lists the names. */
    static Artifact require(String name) throws ChoiceException {
        return named(name).orElseThrow(() -> new ChoiceException("--artifact " + name + " is not an artifact; use one of: "
                + String.join(", ", ALL.stream().map(Artifact::name).toList()) + "."));
    }

    /** {@code artifact}'s format named {@code name}, or its default when {@code name} is null. */
    static Format format(Artifact artifact, String name) throws ChoiceException {
        if (name == null) {
            return artifact.formats().get(0);
        }
        return artifact.format(name).orElseThrow(() -> new ChoiceException("--format " + name + " is not available for "
                + artifact.name() + "; use one of: "
                + String.join(", ", artifact.formats().stream().map(Format::name).toList()) + "."));
    }

    /** An artifact and the format to write it in. */
    public record Choice(Artifact artifact, Format format) {
    }

    /**
     * What {@code --artifact}, {@code --format} (null for the default) and {@code --embed-link-script} ask for.
     */
    public static Choice choose(String artifact, String format, boolean embedLinkScript) throws ChoiceException {
        Artifact a = require(artifact);
        Format f = format(a, format);
        if (embedLinkScript && !(a instanceof RustcJson)) {
            throw new ChoiceException("--embed-link-script goes with --artifact rustc-json.");
        }
        return new Choice(a, f);
    }

    /** A name that is not one of the choices; the message says which there are. */
    public static final class ChoiceException extends Refused {
        private static final long serialVersionUID = 1L;

        ChoiceException(String message) {
            super(message);
        }
    }

    /** Every format name some artifact offers, each once, in catalog order. */
    public static Set<String> formatNames() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(a -> a.formats().forEach(f -> names.add(f.name())));
        return names;
    }
}
