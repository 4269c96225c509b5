package dev.targetspec.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --format} option, shared by every command whose output is data. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output form: ${COMPLETION-CANDIDATES}; each command accepts the forms it lists. Default: text.")
    Format format = Format.text;

    /** The chosen form, which must be one of {@code allowed}. */
    Format require(Format... allowed) {
        if (Arrays.asList(allowed).contains(format)) {
            return format;
        }
        throw CliException.usage("--format " + format + " is not available here; use one of: "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
