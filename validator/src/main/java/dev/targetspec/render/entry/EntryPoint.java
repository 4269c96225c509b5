package dev.targetspec.render.entry;

import java.util.List;
import java.util.Objects;

/**
 * What a freestanding program must provide to be started on a target.
 *
 * @param target the target's name
 * @param protocol how the program is loaded: a {@code boot.protocol} value, or {@code hosted} for an
 *     operating system's executable format used without its C runtime
 * @param objectFormat {@code elf}, {@code macho}, {@code coff}, {@code wasm} or {@code xcoff}
 * @param symbol the entry symbol as the program defines it in Rust
 * @param linkerSymbol the same symbol as the linker sees it (object-format prefix applied)
 * @param abi the calling convention the entry is entered with
 * @param returns whether the entry may return, and what to do instead
 * @param state the machine state at entry, item by item
 * @param provides what the program itself must supply
 * @param linkArgs linker arguments that make the symbol the entry, if any are needed
 * @param notes further facts, each with its source
 */
public record EntryPoint(String target, String protocol, String objectFormat, String symbol, String linkerSymbol,
        String abi, Returns returns, List<State> state, List<String> provides, LinkArgs linkArgs, List<Note> notes) {
    public EntryPoint {
        Objects.requireNonNull(target);
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(objectFormat);
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(linkerSymbol);
        Objects.requireNonNull(abi);
        Objects.requireNonNull(returns);
        state = List.copyOf(state);
        provides = List.copyOf(provides);
        Objects.requireNonNull(linkArgs);
        notes = List.copyOf(notes);
    }

    /**
     * Whether the entry may return.
     *
     * @param mayReturn true only where the caller expects a result (UEFI)
     * @param instead what the program does when it is done
     */
    public record Returns(boolean mayReturn, String instead) {
        public Returns {
            Objects.requireNonNull(instead);
        }
    }

    /**
     * One item of machine state at entry: a register, a mode, a table.
     *
     * @param item what is described, e.g. {@code EAX}
     * @param value what it holds
     */
    public record State(String item, String value) {
        public State {
            Objects.requireNonNull(item);
            Objects.requireNonNull(value);
        }
    }

    /**
     * Linker arguments for the entry.
     *
     * @param linker the arguments as the linker takes them
     * @param rustflags the same as rustc flags, {@code -C link-arg=...}, one per element
     * @param cargoConfig a {@code .cargo/config.toml} snippet, empty when nothing is needed
     */
    public record LinkArgs(List<String> linker, List<String> rustflags, String cargoConfig) {
        public LinkArgs {
            linker = List.copyOf(linker);
            rustflags = List.copyOf(rustflags);
            Objects.requireNonNull(cargoConfig);
        }
    }

    /**
     * A fact and where it comes from.
     *
     * @param text the fact
     * @param source the document or code it comes from
     */
    public record Note(String text, String source) {
        public Note {
            Objects.requireNonNull(text);
            Objects.requireNonNull(source);
        }
    }
}
