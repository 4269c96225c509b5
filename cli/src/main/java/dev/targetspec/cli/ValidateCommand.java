package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.Outputs;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.validate.Rule;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import dev.targetspec.validate.rules.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec validate [PATH...]}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Validate target specs: strict JSON, inheritance, the JSON Schema, then every semantic rule.",
            "",
            "With no PATH, validates every target of the registry: the bundled one and your own folder "
                    + "(see --registry); the last line names the folders. A PATH may be a file, a folder (every "
                    + "*.json in it) or - for standard input. A file may be a registry spec or a plain rustc target "
                    + "JSON file, as `rustc --print target-spec-json` prints it, and may inherit from the registry. "
                    + "A PATH that names no spec file is reported and the others are still checked.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec validate                       # the registry, with your own folder",
            "  targetspec validate my-target.json        # a plain rustc target JSON file",
            "  targetspec validate - < my-target.json    # from standard input",
            "  targetspec validate --format json targets/x86_64",
            "  targetspec validate --format sarif > results.sarif",
            "",
            "Exit codes: 0 all valid, 1 some spec invalid (an error diagnostic), 2 usage or",
            "I/O error (such as a PATH that does not exist).",
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption.WithSarif format;

    @Mixin
    RegistryOption registry;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check, or - for a spec on standard input. Default: the registry.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-name", paramLabel = "FILE",
            description = "The file name a spec read from standard input (-) is checked and reported under, as if it "
                    + "were that file; a plain rustc file takes its target name from it. Default: the spec's "
                    + "`triple` and .json, else stdin.json.")
    String stdinName;

    @Override
    public Integer call() throws IOException {
        Format form = format.get();
        registry.checkFolders();
        List<ValidationResult> results = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        boolean missing = false;
        Registry read = null;
        if (paths.isEmpty()) {
            read = registry.load();
            results.addAll(new Validator(read).validateRegistry());
        } else {
            List<Path> files = new ArrayList<>();
            byte[] stdin = null;
            for (String p : paths) {
                if (p.equals("-")) {
                    if (stdin != null) {
                        throw CliException.usage("- is named twice; standard input can be read once.");
                    }
                    stdin = System.in.readNBytes(StrictJson.MAX_BYTES + 1);
                    continue;
                }
                Optional<String> problem = expand(Path.of(p), files);
                if (problem.isPresent()) {
                    err.println("error: " + Messages.oneLine(problem.get()));
                    missing = true;
                }
            }
            err.flush();
            // The registry is read only when a file needs it: reading it costs more than checking one file.
            SpecFile piped = stdin == null ? null : parse(stdin, results);
            boolean needs = needsRegistry(files) || (piped != null && needsRegistry(piped));
            read = needs ? registry.load() : null;
            Validator validator = new Validator(read != null ? read : Registry.empty());
            if (piped != null) {
                results.add(validator.validate(piped));
            }
            for (Path file : files) {
                results.add(validator.validate(file));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (form) {
            case json -> out.print(Json.pretty(json(results, read)));
            case sarif -> out.print(Json.pretty(sarif(results)));
            default -> {
                text(results, out);
                if (read != null) {
                    out.println(RegistryOption.describe(read));
                }
            }
        }
        out.flush();
        if (missing) {
            return ExitCodes.USAGE;
        }
        return results.stream().allMatch(ValidationResult::valid) ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** The spec on standard input, or null when it is not strict JSON (then its result is added to {@code results}). */
    private SpecFile parse(byte[] bytes, List<ValidationResult> results) {
        Path name = Path.of(stdinName != null ? stdinName : "stdin.json");
        try {
            if (bytes.length > StrictJson.MAX_BYTES) {
                throw new JsonSyntaxException("json-limit", dev.targetspec.json.Location.START,
                        "The input is more than " + StrictJson.MAX_BYTES + " bytes; the limit is "
                                + StrictJson.MAX_BYTES + " bytes.");
            }
            SpecFile f = SpecLoader.parse(name, bytes);
            if (stdinName == null && f.kind() == SpecFile.Kind.REGISTRY && f.doc().path("triple").isString()
                    && f.triple().matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
                f = SpecLoader.parse(Path.of(f.triple() + ".json"), bytes);
            }
            return f;
        } catch (JsonSyntaxException e) {
            results.add(new ValidationResult(name, SpecFile.stemOf(name), List.of(new Diagnostic(e.rule(),
                    dev.targetspec.diag.Severity.ERROR, "", e.location().line(), e.location().column(),
                    e.getMessage()))));
            return null;
        }
    }

    /**
     * Whether checking {@code files} needs the registry: one of them is a registry file, inherits, or
     * has the name of a built-in (and so extends it). Other files are checked on their own.
     */
    private boolean needsRegistry(List<Path> files) {
        for (Path p : files) {
            if (inRegistry(p)) {
                return true;
            }
            try {
                if (needsRegistry(SpecLoader.load(p))) {
                    return true;
                }
            } catch (IOException | JsonSyntaxException e) {
                continue; // refused the same way with or without the registry
            }
        }
        return false;
    }

    private boolean needsRegistry(SpecFile f) {
        if (f.inherits().isPresent()) {
            return true;
        }
        if (!f.triple().matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            return false;
        }
        for (Path folder : folders()) {
            if (Files.exists(folder.resolve(Registry.IMPORTED).resolve(f.triple() + ".json"))) {
                return true;
            }
        }
        return false;
    }

    private boolean inRegistry(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return folders().stream().anyMatch(f -> abs.startsWith(f.toAbsolutePath().normalize()));
    }

    private List<Path> folders() {
        try {
            return registry.folders();
        } catch (CliException e) {
            return List.of();
        }
    }

    /**
     * Adds the spec files {@code p} names to {@code files}: the file itself, or every {@code *.json} in a
     * folder. Returns why it names none: it does not exist, or it is a folder without spec files.
     */
    private static Optional<String> expand(Path p, List<Path> files) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(p)) {
                // A registry folder's chip database holds no specs.
                Path chips = p.resolve(dev.targetspec.chip.ChipDatabase.FOLDER);
                found = walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f) && !f.startsWith(chips))
                        .sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (found.isEmpty()) {
                return Optional.of("no spec files in " + DisplayPath.of(p) + ": it holds no *.json file.");
            }
            files.addAll(found);
            return Optional.empty();
        }
        if (Files.exists(p)) {
            files.add(p);
            return Optional.empty();
        }
        return Optional.of("no such file or folder: " + p);
    }

    private static void text(List<ValidationResult> results, PrintWriter out) {
        int valid = 0;
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(DiagnosticLine.of(r.file(), d));
            }
            valid += r.valid() ? 1 : 0;
        }
        out.printf("%s: %d valid, %d invalid%n", Plural.of(results.size(), "file"), valid, results.size() - valid);
    }

    private static ObjectNode json(List<ValidationResult> results, Registry read) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode list = root.putArray("results");
        int valid = 0;
        for (ValidationResult r : results) {
            ObjectNode o = list.addObject();
            o.put("file", DisplayPath.of(r.file()));
            o.put("target", r.target());
            o.put("valid", r.valid());
            ArrayNode ds = o.putArray("diagnostics");
            for (Diagnostic d : r.diagnostics()) {
                ObjectNode dn = ds.addObject();
                dn.put("rule", d.rule());
                dn.put("severity", d.severity().label());
                dn.put("pointer", d.pointer());
                dn.put("line", d.line());
                dn.put("column", d.column());
                dn.put("message", d.message());
            }
            valid += r.valid() ? 1 : 0;
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", results.size());
        summary.put("valid", valid);
        summary.put("invalid", results.size() - valid);
        if (read != null) {
            ArrayNode folders = root.putArray("registry");
            read.folders().forEach(folder -> folders.add(DisplayPath.of(folder)));
        }
        return root;
    }

    /** SARIF 2.1.0, for code-scanning tools. */
    private static ObjectNode sarif(List<ValidationResult> results) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "targetspec");
        driver.put("version", VersionProvider.version());
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rules.all()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.putObject("shortDescription").put("text", rule.summary());
            VersionProvider.rulePage(rule.id()).ifPresent(uri -> r.put("helpUri", uri));
        }
        ArrayNode out = run.putArray("results");
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                ObjectNode res = out.addObject();
                String uri = DisplayPath.of(r.file()).replace('\\', '/');
                res.put("ruleId", d.rule());
                res.put("level", d.severity().label());
                res.putObject("message").put("text", d.message());
                ObjectNode loc = res.putArray("locations").addObject().putObject("physicalLocation");
                loc.putObject("artifactLocation").put("uri", uri);
                ObjectNode region = loc.putObject("region");
                region.put("startLine", d.line());
                region.put("startColumn", d.column());
                // The same finding keeps its fingerprint when lines move, so code scanning matches it across runs.
                res.putObject("partialFingerprints").put("targetspec/v1", Outputs.sha256(String.join("\u0000",
                        d.rule(), uri, d.pointer(), d.message()).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return root;
    }
}
