package dev.targetspec.render.crate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A minimal freestanding Rust crate for one target, as files; nothing is written.
 *
 * @param name the Cargo package name, which is also the binary's name
 * @param triple the target
 * @param build how cargo builds it: for the host, for a prebuilt rustc target, or from a target JSON
 * @param entrySymbol the entry symbol the crate defines, in {@code src/main.rs} or in an assembly file it includes
 * @param rustflags the rustc flags {@code .cargo/config.toml} passes for the target, in order
 * @param files every file, {@code Cargo.toml} first
 */
public record FreestandingCrate(String name, String triple, Crates.Build build, String entrySymbol,
        List<String> rustflags, List<CrateFile> files) {
    public FreestandingCrate {
        Objects.requireNonNull(name);
        Objects.requireNonNull(triple);
        Objects.requireNonNull(build);
        Objects.requireNonNull(entrySymbol);
        rustflags = List.copyOf(rustflags);
        files = List.copyOf(files);
    }

    /** Whether the target is the build machine's own. */
    public boolean host() {
        return build == Crates.Build.HOST;
    }

    /** The file at {@code path}, if the crate has one. */
    public Optional<CrateFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** What to run in the crate's folder to build it. */
    public String buildCommand() {
        return switch (build) {
            case HOST -> "cargo run";
            case PREBUILT -> "rustup target add " + triple + " && cargo build";
            case JSON -> "cargo +nightly build";
        };
    }
}
