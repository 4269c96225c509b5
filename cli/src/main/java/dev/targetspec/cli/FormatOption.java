package dev.targetspec.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --format} option of a command whose output is data: text or json. */
class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = TextJson.class,
            description = "Output form: ${COMPLETION-CANDIDATES}. Default: text.")
    String format = "text";

    /** The chosen form, which must be one of {@code allowed}. */
    Format require(Format... allowed) {
        return choose(format, allowed);
    }

    static Format choose(String name, Format... allowed) {
        for (Format f : allowed) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw CliException.usage("--format " + name + " is not available here; use one of: "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }

    /** The forms of most commands. */
    static final class TextJson extends java.util.AbstractList<String> {
        private static final List<String> NAMES = List.of("text", "json");

        @Override
        public String get(int i) {
            return NAMES.get(i);
        }

        @Override
        public int size() {
            return NAMES.size();
        }
    }

    /** {@code validate}'s {@code --format}, which has SARIF too. */
    static final class WithSarif {
        @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = TextJsonSarif.class,
                description = "Output form: ${COMPLETION-CANDIDATES} (SARIF 2.1.0, for code scanning). Default: text.")
        String format = "text";

        Format get() {
            return choose(format, Format.values());
        }
    }

    /** The forms of {@code validate}. */
    static final class TextJsonSarif extends java.util.AbstractList<String> {
        private static final List<String> NAMES = List.of("text", "json", "sarif");

        @Override
        public String get(int i) {
            return NAMES.get(i);
        }

        @Override
        public int size() {
            return NAMES.size();
        }
    }
}
