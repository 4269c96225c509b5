package dev.targetspec.it.rustc;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validator's verdict against rustc's on a list of mutants: agreement per operator kind and per
 * rustc stage, and every disagreement with both sides' words.
 */
final class Agreement {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One mutant on which the validator and rustc differ. */
    record Disagreement(RustcCorpus.Entry entry, List<String> ours) {

        String line() {
            return entry.id() + " [" + entry.kind() + "] " + entry.mutation().substring(entry.kind().length() + 1)
                    + "\n      rustc: " + entry.verdict()
                    + "\n      targetspec: " + (ours.isEmpty() ? "valid" : "invalid: " + String.join(" | ", ours));
        }
    }

    private final String title;
    private final int total;
    private final Map<String, int[]> byKind;
    private final Map<String, int[]> byStage;
    private final List<Disagreement> disagreements;

    private Agreement(String title, int total, Map<String, int[]> byKind, Map<String, int[]> byStage,
            List<Disagreement> disagreements) {
        this.title = title;
        this.total = total;
        this.byKind = byKind;
        this.byStage = byStage;
        this.disagreements = List.copyOf(disagreements);
    }

    /**
     * Judges every entry with {@code validator}. Each spec is named by its id, as the recorder named
     * the file it gave rustc.
     */
    static Agreement judge(String title, Validator validator, List<RustcCorpus.Entry> entries) {
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byStage = new TreeMap<>();
        List<Disagreement> out = new ArrayList<>();
        for (RustcCorpus.Entry e : entries) {
            ValidationResult r = validate(validator, e);
            boolean agree = r.valid() == e.accepted();
            // [agreed, total, rustc accepted]
            int[] k = byKind.computeIfAbsent(e.kind(), x -> new int[3]);
            int[] s = byStage.computeIfAbsent(e.stage(), x -> new int[3]);
            for (int[] c : List.of(k, s)) {
                c[0] += agree ? 1 : 0;
                c[1]++;
                c[2] += e.accepted() ? 1 : 0;
            }
            if (!agree) {
                out.add(new Disagreement(e, r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .map(d -> d.rule() + ": " + d.message()).toList()));
            }
        }
        return new Agreement(title, entries.size(), byKind, byStage, out);
    }

    /** The validator's result on the entry's spec, named by the entry's id. */
    static ValidationResult validate(Validator validator, RustcCorpus.Entry e) {
        Path name = Path.of(e.id() + ".json");
        byte[] bytes = JSON.writeValueAsString(e.spec()).getBytes(StandardCharsets.UTF_8);
        try {
            return validator.validate(SpecLoader.parse(name, bytes));
        } catch (JsonSyntaxException ex) {
            return new ValidationResult(name, e.id(), List.of(new Diagnostic(ex.rule(), Severity.ERROR, "",
                    ex.location().line(), ex.location().column(), ex.getMessage())));
        }
    }

    int total() {
        return total;
    }

    int agreed() {
        return total - disagreements.size();
    }

    double percent() {
        return total == 0 ? 100.0 : 100.0 * agreed() / total;
    }

    List<Disagreement> disagreements() {
        return disagreements;
    }

    List<String> disagreementLines() {
        return disagreements.stream().map(Disagreement::line).toList();
    }

    /** The agreement table per kind and per stage, then every disagreement. */
    String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d/%d agree (%.2f%%)%n", title, agreed(), total, percent()));
        b.append(String.format(Locale.ROOT, "  %-26s %6s %6s %6s %8s%n", "kind", "agree", "total", "rustc+", "agree%"));
        byKind.forEach((k, c) -> b.append(row(k, c)));
        b.append(String.format(Locale.ROOT, "  %-26s %6s %6s %6s %8s%n", "rustc stage", "agree", "total", "", ""));
        byStage.forEach((k, c) -> b.append(row(k, c)));
        if (!disagreements.isEmpty()) {
            b.append("  disagreements (").append(disagreements.size()).append("):\n");
            disagreements.forEach(d -> b.append("    ").append(d.line()).append('\n'));
        }
        return b.toString();
    }

    private static String row(String name, int[] c) {
        return String.format(Locale.ROOT, "  %-26s %6d %6d %6d %7.1f%%%s%n", name, c[0], c[1], c[2],
                100.0 * c[0] / c[1], c[0] == c[1] ? "" : "  <-");
    }

    /** Writes the disagreements as JSON lines (for reading them over), and returns the file. */
    Path dump(Path file) {
        List<String> lines = new ArrayList<>();
        for (Disagreement d : disagreements) {
            ObjectNode o = JSON.createObjectNode();
            RustcCorpus.Entry e = d.entry();
            o.put("id", e.id()).put("kind", e.kind()).put("base", e.base()).put("mutation", e.mutation())
                    .put("accepted", e.accepted()).put("stage", e.stage()).put("rustc", e.rustc());
            ArrayNode ours = o.putArray("targetspec");
            d.ours().forEach(ours::add);
            o.set("spec", e.spec());
            lines.add(JSON.writeValueAsString(o));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    /** Agreement per kind in one line, for a short summary. */
    String perKindLine() {
        return byKind.entrySet().stream().map(k -> k.getKey() + " " + k.getValue()[0] + "/" + k.getValue()[1])
                .collect(Collectors.joining(", "));
    }

    static String errors(ValidationResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message)
                .collect(Collectors.joining(" | "));
    }
}
