package dev.targetspec.registry;

import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.Location;
import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of target specs. Files under {@value #IMPORTED} are imported from rustc and rewritten by
 * every import; every other file is hand-written, except the chip database in {@code chips/}, which is
 * not specs. A hand-written file whose triple is an imported
 * built-in's is an overlay that extends it, so each triple resolves to exactly one entry.
 */
public final class Registry {
    /** The sub-folder that {@code targetspec import rustc} owns. */
    public static final String IMPORTED = "rustc";
    /** From this many files on, work is spread over every core. */
    public static final int PARALLEL_FROM = 64;

    private final Path root;
    private final Map<String, SpecFile> imported;
    private final Map<String, SpecFile> handWritten;
    private final Map<Path, SpecFile> byPath;
    private final List<LoadFailure> failures;
    private final Map<SpecFile, Resolution> resolved = new ConcurrentHashMap<>();
    private final Optional<ChipDatabase> chips;

    private Registry(Path root, Map<String, SpecFile> imported, Map<String, SpecFile> handWritten,
            List<LoadFailure> failures, Optional<ChipDatabase> chips) {
        this.root = root;
        this.chips = chips;
        this.imported = imported;
        this.handWritten = handWritten;
        this.failures = List.copyOf(failures);
        this.byPath = Stream.concat(imported.values().stream(), handWritten.values().stream())
                .collect(Collectors.toMap(f -> f.path().toAbsolutePath().normalize(), f -> f));
    }

    /** A registry with no targets, for checking files on their own. */
    public static Registry empty() {
        return new Registry(Path.of("."), Map.of(), Map.of(), List.of(), Optional.empty());
    }

    /** Loads every {@code *.json} file under {@code root}. */
    public static Registry load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("Registry folder not found: " + root);
        }
        List<Path> files;
        Path chips = root.resolve(ChipDatabase.FOLDER);
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)
                            && !p.startsWith(chips))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path importedDir = root.resolve(IMPORTED);
        Map<String, SpecFile> imported = new TreeMap<>();
        Map<String, SpecFile> handWritten = new TreeMap<>();
        List<LoadFailure> failures = new ArrayList<>();
        // Files are parsed in parallel, then entered in sorted order, so the outcome does not depend on timing.
        List<Object> parsed = (files.size() < PARALLEL_FROM ? files.stream() : files.parallelStream())
                .map(Registry::parse).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (parsed.get(i) instanceof IOException e) {
                throw e;
            }
            if (parsed.get(i) instanceof JsonSyntaxException e) {
                failures.add(new LoadFailure(file, new Diagnostic(e.rule(), Severity.ERROR, "",
                        e.location().line(), e.location().column(), e.getMessage())));
                continue;
            }
            SpecFile spec = (SpecFile) parsed.get(i);
            Map<String, SpecFile> into = file.startsWith(importedDir) ? imported : handWritten;
            SpecFile other = into.putIfAbsent(spec.triple(), spec);
            if (other != null) {
                Location at = spec.locate("/triple");
                failures.add(new LoadFailure(file, new Diagnostic("registry-duplicate-triple", Severity.ERROR,
                        "/triple", at.line(), at.column(), "Target `" + spec.triple() + "` is already defined by `"
                                + root.relativize(other.path()) + "`; each triple must have one hand-written file.")));
            }
        }
        return new Registry(root, imported, handWritten, failures, Optional.of(ChipDatabase.at(chips)));
    }

    /** The file's {@link SpecFile}, or the {@link JsonSyntaxException} or {@link IOException} that stopped it. */
    private static Object parse(Path file) {
        try {
            return SpecLoader.load(file);
        } catch (JsonSyntaxException | IOException e) {
            return e;
        }
    }

    public Path root() {
        return root;
    }

    /**
     * The chip database in the registry's {@value ChipDatabase#FOLDER} folder, which the targets resolved
     * here look chips up in; empty for {@link #empty()}. Nothing is read until a chip is asked for.
     */
    public Optional<ChipDatabase> chips() {
        return chips;
    }

    /** Every triple in the registry, sorted. */
    public List<String> triples() {
        TreeSet<String> all = new TreeSet<>(imported.keySet());
        all.addAll(handWritten.keySet());
        return List.copyOf(all);
    }

    /** The file that defines {@code triple}: its hand-written file, or else its imported one. */
    public Optional<SpecFile> file(String triple) {
        return Optional.ofNullable(handWritten.getOrDefault(triple, imported.get(triple)));
    }

    /** The registry's own parsed copy of {@code path}, when the file is part of the registry. */
    public Optional<SpecFile> fileAt(Path path) {
        return Optional.ofNullable(byPath.get(path.toAbsolutePath().normalize()));
    }

    /** Whether {@code triple} was imported from rustc. */
    public boolean isImported(String triple) {
        return imported.containsKey(triple);
    }

    /** Files that could not be loaded, and second files for a triple. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /** Resolves the target that {@code triple} names. */
    public Optional<Resolution> resolve(String triple) {
        return file(triple).map(this::resolve);
    }

    /** Resolves {@code file}, in the registry or not, against the registry's targets. */
    public Resolution resolve(SpecFile file) {
        // Only the registry's own files are remembered: files checked against it come and go.
        if (byPath.get(file.path().toAbsolutePath().normalize()) != file) {
            return computeResolution(file);
        }
        return resolved.computeIfAbsent(file, this::computeResolution);
    }

    private Resolution computeResolution(SpecFile file) {
        List<SpecFile> chain = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        SpecFile current = file;
        while (true) {
            chain.add(current);
            seen.add(current.triple());
            SpecFile builtin = imported.get(current.triple());
            if (builtin != null && builtin != current) {
                if (current.inherits().isPresent()) {
                    return failed(file, "inherits-overlay", "`" + current.triple() + "` is a rustc built-in, so `"
                            + current.path().getFileName() + "` extends it and must not set `inherits`.");
                }
                chain.add(builtin);
                break;
            }
            Optional<String> base = current.inherits();
            if (base.isEmpty()) {
                break;
            }
            if (seen.contains(base.get())) {
                return failed(file, "inherits-cycle", "`inherits` forms a cycle: " + chainText(seen, base.get()) + ".");
            }
            Optional<SpecFile> next = file(base.get());
            if (next.isEmpty()) {
                return failed(file, "inherits-missing", "`inherits` names `" + base.get()
                        + "`, which is not in the registry (chain: " + chainText(seen, base.get()) + ")"
                        + Messages.nonAsciiNote(base.get()) + ".");
            }
            current = next.get();
        }
        return new Resolution(Optional.of(Inheritance.resolve(chain, chips)), List.of());
    }

    /** The chain as {@code a → b → c}; a long chain keeps its first and last links. Built only to report it. */
    private static String chainText(LinkedHashSet<String> seen, String next) {
        List<String> links = new ArrayList<>(seen);
        links.add(next);
        if (links.size() > 8) {
            int hidden = links.size() - 6;
            links = new ArrayList<>(java.util.stream.Stream.of(links.subList(0, 3), List.of("… " + hidden + " more …"),
                    links.subList(links.size() - 3, links.size())).flatMap(List::stream).toList());
        }
        return String.join(" → ", links);
    }

    private static Resolution failed(SpecFile file, String rule, String message) {
        Location at = file.locate("/inherits");
        return new Resolution(Optional.<Target>empty(),
                List.of(new Diagnostic(rule, Severity.ERROR, "/inherits", at.line(), at.column(), message)));
    }
}
