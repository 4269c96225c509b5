package dev.targetspec.it.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed corpus of real target files ({@code src/test/resources/realworld/}): each file as its
 * project wrote it, where it came from, what each rustc said of it, and for a rejected file the
 * problems a person meets fixing rustc's first error again and again, with the hand-fixed file.
 */
final class RealWorldCorpus {
    static final Path ROOT = Path.of(System.getProperty("targetspec.root"), "tests", "src", "test", "resources",
            "realworld");
    /** The rustc releases the corpus records, and the column of {@code verdicts.tsv} for each. */
    static final List<String> RELEASES = List.of("1.95", "1.97");

    /**
     * One problem of a fix sequence: rustc's first error, and the edits that a person made for it.
     *
     * @param pointers the file pointers the edits touch (a rename's new name too)
     * @param fields the field names the edits touch
     * @param unfixable why the file cannot be fixed with its intent kept, for the last step of such a file
     */
    record Step(int number, String error, List<String> pointers, List<String> fields, boolean choice,
            Optional<String> unfixable) {
    }

    /** One file: its provenance, what each rustc said, and per rustc the fix sequence and the fixed file. */
    record Entry(String id, String group, String repo, String path, String commit, String date, String category,
            Path file, Map<String, String> verdicts, Map<String, List<Step>> steps, Map<String, Path> fixed) {
        boolean accepted(String release) {
            return verdicts.get(release).startsWith("accepted");
        }

        boolean unfixable(String release) {
            return steps.getOrDefault(release, List.of()).stream().anyMatch(s -> s.unfixable().isPresent());
        }
    }

    private RealWorldCorpus() {
    }

    static List<Entry> load() {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, String[]> verdicts = new HashMap<>();
        for (String line : lines(ROOT.resolve("verdicts.tsv")).subList(1, lines(ROOT.resolve("verdicts.tsv")).size())) {
            String[] p = line.split("\t", -1);
            verdicts.put(p[0], p);
        }
        List<Entry> out = new ArrayList<>();
        List<String> manifest = lines(ROOT.resolve("manifest.tsv"));
        for (String line : manifest.subList(1, manifest.size())) {
            String[] m = line.split("\t", -1);
            String id = m[0];
            Path file = only(ROOT.resolve("files").resolve(id));
            Map<String, String> v = new HashMap<>();
            Map<String, List<Step>> steps = new HashMap<>();
            Map<String, Path> fixed = new HashMap<>();
            for (int i = 0; i < RELEASES.size(); i++) {
                String release = RELEASES.get(i);
                v.put(release, verdicts.get(id)[i + 1]);
                Path dir = ROOT.resolve("fixes").resolve(id).resolve(release);
                if (Files.isDirectory(dir)) {
                    steps.put(release, steps(mapper, dir.resolve("steps.jsonl")));
                    try (Stream<Path> s = Files.list(dir)) {
                        s.filter(p -> !p.getFileName().toString().equals("steps.jsonl")).findFirst()
                                .ifPresent(p -> fixed.put(release, p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            out.add(new Entry(id, m[1], m[2], m[3], m[4], m[5], m[7], file, v, steps, fixed));
        }
        return out;
    }

    private static List<Step> steps(JsonMapper mapper, Path file) {
        List<Step> out = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode s = mapper.readTree(line);
            List<String> pointers = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            for (JsonNode e : s.path("edits")) {
                for (String key : List.of("pointer", "to")) {
                    if (e.path(key).isString() && !e.path(key).asString().isEmpty()) {
                        pointers.add(e.path(key).asString());
                        fields.add(e.path(key).asString().replaceFirst("^/", "").replaceFirst("/.*", ""));
                    }
                }
            }
            out.add(new Step(s.path("step").asInt(), s.path("error").asString(""), pointers, fields,
                    s.path("choice").asBoolean(false), s.path("unfixable").isString()
                            ? Optional.of(s.get("unfixable").asString()) : Optional.empty()));
        }
        return out;
    }

    private static Path only(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.toList();
            if (files.size() != 1) {
                throw new IllegalStateException(dir + " holds " + files.size() + " files, not one");
            }
            return files.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
