package dev.targetspec.render.intrinsics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every routine the compiler may call for one target, one entry per symbol, sorted by family and
 * then name.
 *
 * @param target the target's name
 * @param symbols the routines
 * @param notes target-wide advice, such as how to turn on compiler_builtins' {@code mem} feature
 */
public record IntrinsicList(String target, List<Intrinsic> symbols, List<String> notes) {
    public IntrinsicList {
        Objects.requireNonNull(target);
        symbols = List.copyOf(symbols);
        notes = List.copyOf(notes);
    }

    /** The entry for {@code name}, if the list has one. */
    public Optional<Intrinsic> find(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The entries of one family. */
    public List<Intrinsic> of(Family family) {
        return symbols.stream().filter(s -> s.family() == family).toList();
    }
}
