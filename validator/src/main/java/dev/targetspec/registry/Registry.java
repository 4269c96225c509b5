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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Folders of target specs, read as one registry. Files under {@value #IMPORTED} are imported from
 * rustc and rewritten by every import; every other file is hand-written, except the
 * chip database in {@code chips/}, which is not specs. A hand-written file whose
 * triple is an imported built-in's is an overlay that extends it, so each triple resolves to exactly
 * one entry. Later folders add to earlier ones: a file in a later folder replaces an earlier folder's
 * file of the same kind (imported or hand-written) for the same triple, and any spec may inherit from
 * a target of any folder. Within one folder, each triple has one file of each kind.
 */
public final class Registry {
    /** The sub-folder that {@code targetspec import rustc} owns. */
    public static final String IMPORTED = "rustc";
    /** From this many files on, work is spread over every core. */
    public static final int PARALLEL_FROM = 64;

    private final List<Path> folders;
    /** {@link #folders}, each absolute and normalised, in the same order. */
    private final List<Path> absoluteFolders;
    private final Map<String, SpecFile> imported;
    private final Map<String, SpecFile> handWritten;
    private final Map<Path, SpecFile> byPath;
    private final List<LoadFailure> failures;
    /** The near misses of each missing base, found once however many files name it. */
    private final Map<String, List<String>> nearMisses = new ConcurrentHashMap<>();
    private final Optional<ChipDatabase> chips;

    private Registry(List<Path> folders, Map<String, SpecFile> imported, Map<String, SpecFile> handWritten,
            Map<Path, SpecFile> byPath, List<LoadFailure> failures, Optional<ChipDatabase> chips) {
        this.folders = List.copyOf(folders);
        this.absoluteFolders = this.folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.chips = chips;
        this.imported = imported;
        this.handWritten = handWritten;
        this.failures = List.copyOf(failures);
        this.byPath = byPath;
    }

    /** A registry with no targets, for checking files on their own. */
    public static Registry empty() {
        return new Registry(List.of(), Map.of(), Map.of(), Map.of(), List.of(), Optional.empty());
    }

    /** Loads every {@code *.json} file under {@code root}. */
    public static Registry load(Path root) throws IOException {
        return load(List.of(root));
    }

    /**
     * Loads every {@code *.json} file under each of {@code folders}, in order: each later folder adds to
     * the ones before it and replaces their files for the triples it defines again. A folder named
     * twice (by any path) is read once, where it is first named.
     */
    public static Registry load(List<Path> folders) throws IOException {
        List<Path> roots = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : folders) {
            if (!Files.isDirectory(root)) {
                throw new IOException("Registry folder not found: " + root);
            }
            if (seen.add(root.toRealPath())) {
                roots.add(root);
            }
        }
        List<List<Path>> files = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> in = walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)
                                && !p.startsWith(root.resolve(ChipDatabase.FOLDER)))
                        .sorted()
                        .toList();
                files.add(in);
                all.addAll(in);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        // Files are parsed in parallel, then entered in sorted order, so the outcome does not depend on timing.
        List<Object> parsed = (all.size() < PARALLEL_FROM ? all.stream() : all.parallelStream())
                .map(Registry::parse).toList();
        Map<String, SpecFile> imported = new TreeMap<>();
        Map<String, SpecFile> handWritten = new TreeMap<>();
        Map<Path, SpecFile> byPath = new java.util.HashMap<>();
        List<LoadFailure> failures = new ArrayList<>();
        int at = 0;
        for (int r = 0; r < roots.size(); r++) {
            Path root = roots.get(r);
            Path importedDir = root.resolve(IMPORTED);
            Map<String, SpecFile> ownImported = new TreeMap<>();
            Map<String, SpecFile> ownHandWritten = new TreeMap<>();
            for (Path file : files.get(r)) {
                Object result = parsed.get(at++);
                if (result instanceof IOException e) {
                    throw e;
                }
                if (result instanceof JsonSyntaxException e) {
                    failures.add(new LoadFailure(file, new Diagnostic(e.rule(), Severity.ERROR, "",
                            e.location().line(), e.location().column(), e.getMessage())));
                    continue;
                }
                SpecFile spec = (SpecFile) result;
                byPath.put(file.toAbsolutePath().normalize(), spec);
                Map<String, SpecFile> into = file.startsWith(importedDir) ? ownImported : ownHandWritten;
                SpecFile other = into.putIfAbsent(spec.triple(), spec);
                if (other != null) {
                    Location where = spec.locate("/triple");
                    failures.add(new LoadFailure(file, new Diagnostic("registry-duplicate-triple", Severity.ERROR,
                            "/triple", where.line(), where.column(), "Target `" + spec.triple()
                                    + "` is already defined by `" + root.relativize(other.path())
                                    + "`; each triple must have one hand-written file.")));
                }
            }
            imported.putAll(ownImported);
            handWritten.putAll(ownHandWritten);
        }
        // The chip database is the last folder's that has one (the bundled registry's unless a project has its own).
        Path chips = roots.get(0).resolve(ChipDatabase.FOLDER);
        for (Path root : roots) {
            if (Files.isDirectory(root.resolve(ChipDatabase.FOLDER))) {
                chips = root.resolve(ChipDatabase.FOLDER);
            }
        }
        return new Registry(roots, imported, handWritten, byPath, failures, Optional.of(ChipDatabase.at(chips)));
    }

    /** The file's {@link SpecFile}, or the {@link JsonSyntaxException} or {@link IOException} that stopped it. */
    private static Object parse(Path file) {
        try {
            return SpecLoader.load(file);
        } catch (JsonSyntaxException | IOException e) {
            return e;
        }
    }

    /** The folders read, in order: each adds to the ones before it. */
    public List<Path> folders() {
        return folders;
    }

    /** The folder of {@link #folders()} that holds {@code file}, if one does. */
    public Optional<Path> folderOf(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        int found = -1;
        for (int i = 0; i < folders.size(); i++) {
            Path f = absoluteFolders.get(i);
            if (abs.startsWith(f) && (found < 0 || f.getNameCount() > absoluteFolders.get(found).getNameCount())) {
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(folders.get(found));
    }

    /**
     * How generated files name {@code file}: its path inside the registry folder that holds it, with
     * {@code /} between sub-folders (such as {@code x86_64/x86_64-unknown-none-multiboot2.json}), or its
     * file name when it is in no registry folder. Either way the name is the same on every machine.
     */
    public String nameOf(Path file) {
        Optional<Path> folder = folderOf(file);
        if (folder.isEmpty()) {
            return String.valueOf(file.getFileName());
        }
        Path rel = folder.get().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            b.append(b.length() == 0 ? "" : "/").append(part);
        }
        return b.toString();
    }

    /** How many of the registry's triples are defined (or overlaid) by a file in {@code folder}. */
    public int count(Path folder) {
        int at = absoluteFolders.indexOf(folder.toAbsolutePath().normalize());
        if (at < 0) {
            return 0;
        }
        Path owner = folders.get(at);
        int n = 0;
        for (String triple : triples()) {
            if (folderOf(file(triple).orElseThrow().path()).filter(owner::equals).isPresent()) {
                n++;
            }
        }
        return n;
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

    /** The file imported from rustc for {@code triple}, which an overlay extends; empty for other triples. */
    public Optional<SpecFile> builtin(String triple) {
        return Optional.ofNullable(imported.get(triple));
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
        // Not remembered: resolving takes microseconds, and a registry of thousands would hold a
        // merged copy of every target.
        List<SpecFile> chain = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        SpecFile current = file;
        while (true) {
            chain.add(current);
            seen.add(current.triple());
            // A registry spec named like a built-in extends it; a plain rustc file is always read alone, as rustc reads it.
            SpecFile builtin = current.kind() == SpecFile.Kind.REGISTRY ? imported.get(current.triple()) : null;
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
                List<String> near = nearMisses.computeIfAbsent(base.get(), b -> Lookup.suggestions(this, b));
                return failed(file, "inherits-missing", "`inherits` names `" + base.get()
                        + "`, which is not in the registry (chain: " + chainText(seen, base.get()) + ")"
                        + Messages.nonAsciiNote(base.get()) + (near.isEmpty() ? "" : "; did you mean "
                        + String.join(" or ", near.stream().map(n -> "`" + n + "`").toList()) + "?")
                        + (near.isEmpty() ? "." : ""));
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
