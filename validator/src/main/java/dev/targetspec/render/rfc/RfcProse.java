package dev.targetspec.render.rfc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an RFC that people write: a title, the header lines of the Rust RFC template
 * (feature name, start date, RFC PR, Rust issue), and the body of each section. Read from Markdown:
 * an optional {@code # Title}, then any header lines, then {@code ## Section} headings with their
 * text. A section may only be one of {@link #SECTIONS}; the reference-level explanation may be
 * written too, and the generated reference follows it.
 *
 * @param title    the RFC's title, if given
 * @param header   the lines before the first section, if any
 * @param sections section heading to Markdown body
 */
public record RfcProse(Optional<String> title, String header, Map<String, String> sections) {
    /** The sections of the Rust RFC template, in order. */
    public static final List<String> SECTIONS = List.of("Summary", "Motivation", "Guide-level explanation",
            "Reference-level explanation", "Drawbacks", "Rationale and alternatives", "Prior art",
            "Unresolved questions", "Future possibilities");

    public RfcProse {
        sections = Map.copyOf(sections);
    }

    /** No prose at all: every section is left for the authors. */
    public static RfcProse empty() {
        return new RfcProse(Optional.empty(), "", Map.of());
    }

    /**
     * Parses {@code markdown}.
     *
     * @throws IllegalArgumentException for a {@code ##} heading that is not an RFC section, or one given twice
     */
    public static RfcProse parse(String markdown) {
        Optional<String> title = Optional.empty();
        StringBuilder header = new StringBuilder();
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\r?\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, body.toString().strip());
                }
                current = line.substring(3).strip();
                if (!SECTIONS.contains(current)) {
                    throw new IllegalArgumentException("`## " + current + "` is not a section of the RFC template; "
                            + "use one of: " + String.join(", ", SECTIONS) + ".");
                }
                if (sections.containsKey(current)) {
                    throw new IllegalArgumentException("`## " + current + "` is given twice.");
                }
                body.setLength(0);
            } else if (current == null && !inFence && line.startsWith("# ") && title.isEmpty()) {
                title = Optional.of(line.substring(2).strip());
            } else if (current == null) {
                header.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString().strip());
        }
        return new RfcProse(title, header.toString().strip(), sections);
    }
}
