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
import dev.targetspec.profile.Profile;
import java.util.Map;
import java.util.LinkedHashMap;
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
            "  targetspec validate --rustc all my-target.json  # one verdict per rustc",
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

    @Mixin
    RustcOption rustc;

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
        List<Profile> profiles = rustc.profiles();
        boolean missing = false;
        Registry read = null;
        List<Path> files = new ArrayList<>();
        SpecFile piped = null;
        if (paths.isEmpty()) {
            read = registry.load();
        } else {
            byte[] stdin = null;
            for (String p : paths) {
                if (p.equals("-")) {
                    if (stdin != null) {
                        throw CliException.usage("- is named twice; standard input can be read once.");
                    }
                    stdin = System.in.readNBytes(StrictJson.MAX_BYTES + 1);
                    continue;
                }
                Optional<String> problem = SpecFiles.expand(Path.of(p), files);
                if (problem.isPresent()) {
                    err.println("error: " + Messages.oneLine(problem.get()));
                    missing = true;
                }
            }
            err.flush();
            // The registry is read only when a file needs it: reading it costs more than checking one file.
            piped = stdin == null ? null : parse(stdin, results);
            boolean needs = needsRegistry(files) || (piped != null && needsRegistry(piped));
            read = needs ? registry.load() : null;
        }
        List<ValidationResult> unreadable = List.copyOf(results);
        Map<Profile, List<ValidationResult>> byProfile = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            List<ValidationResult> these = new ArrayList<>(unreadable);
            if (paths.isEmpty()) {
                these.addAll(new Validator(read, profile).validateRegistry());
            } else {
                Validator validator = new Validator(read != null ? read : Registry.empty(), profile);
                if (piped != null) {
                    these.add(validator.validate(piped));
                }
                for (Path file : files) {
                    these.add(validator.validate(file));
                }
            }
            byProfile.put(profile, these);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (form) {
            case json -> out.print(Json.pretty(byProfile.size() == 1
                    ? json(byProfile.keySet().iterator().next(), byProfile.values().iterator().next(), read)
                    : jsonAll(byProfile, read)));
            case sarif -> {
                ObjectNode root = null;
                for (Map.Entry<Profile, List<ValidationResult>> e : byProfile.entrySet()) {
                    ObjectNode one = sarif(e.getKey(), e.getValue());
                    if (root == null) {
                        root = one;
                    } else {
                        ((ArrayNode) root.get("runs")).addAll((ArrayNode) one.get("runs"));
                    }
                }
                out.print(Json.pretty(root));
            }
            default -> {
                for (Map.Entry<Profile, List<ValidationResult>> e : byProfile.entrySet()) {
                    if (byProfile.size() > 1) {
                        out.println("== rustc " + e.getKey().release());
                    }
                    text(e.getKey(), e.getValue(), out);
                }
                if (byProfile.size() > 1) {
                    out.println("== verdicts");
                    for (Verdicts v : verdicts(byProfile)) {
                        out.println(v.line());
                    }
                }
                if (read != null) {
                    out.println(RegistryOption.describe(read));
                }
            }
        }
        out.flush();
        if (missing) {
            return ExitCodes.USAGE;
        }
        return byProfile.values().stream().flatMap(List::stream).allMatch(ValidationResult::valid) ? ExitCodes.OK
                : ExitCodes.INVALID;
    }

    /** One file's verdict under each profile, in profile order. */
    private record Verdicts(Path file, Map<String, Boolean> valid) {
        Optional<String> firstRejecting() {
            return valid.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst();
        }

        String line() {
            List<String> each = new ArrayList<>();
            valid.forEach((release, ok) -> each.add("rustc " + release + " " + (ok ? "valid" : "invalid")));
            return Messages.oneLine(DisplayPath.of(file)) + ": " + String.join(", ", each)
                    + firstRejecting().map(r -> "; the first rustc that rejects it is " + r).orElse("") + ".";
        }
    }

    private static List<Verdicts> verdicts(Map<Profile, List<ValidationResult>> byProfile) {
        Map<Path, Map<String, Boolean>> out = new LinkedHashMap<>();
        byProfile.forEach((profile, results) -> results.forEach(r -> out.computeIfAbsent(r.file(),
                k -> new LinkedHashMap<>()).put(profile.release(), r.valid())));
        return out.entrySet().stream().map(e -> new Verdicts(e.getKey(), e.getValue())).toList();
    }

    private static ObjectNode jsonAll(Map<Profile, List<ValidationResult>> byProfile, Registry read) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = root.putArray("runs");
        byProfile.forEach((profile, results) -> runs.add(json(profile, results, read)));
        ArrayNode verdicts = root.putArray("verdicts");
        for (Verdicts v : verdicts(byProfile)) {
            ObjectNode o = verdicts.addObject();
            o.put("file", DisplayPath.of(v.file()));
            ObjectNode valid = o.putObject("valid");
            v.valid().forEach(valid::put);
            v.firstRejecting().ifPresentOrElse(r -> o.put("first-rejected-by", r), () -> o.putNull("first-rejected-by"));
        }
        return root;
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

    private static void text(Profile profile, List<ValidationResult> results, PrintWriter out) {
        int valid = 0;
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(DiagnosticLine.of(r.file(), d));
                d.fix().ifPresent(fix -> out.println("  help: " + fix.description()
                        + fix.since().map(v -> " Needed since rustc " + v + ";").orElse("")
                        + " `targetspec fix` applies it."));
            }
            valid += r.valid() ? 1 : 0;
        }
        out.printf("%s: %d valid, %d invalid, for rustc %s%n", Plural.of(results.size(), "file"), valid,
                results.size() - valid, profile.release());
    }

    private static ObjectNode json(Profile profile, List<ValidationResult> results, Registry read) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("rustc", profile.release());
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
                d.fix().ifPresent(fix -> dn.set("fix", FixJson.of(fix)));
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
    private static ObjectNode sarif(Profile profile, List<ValidationResult> results) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.putObject("properties").put("rustc", profile.release());
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "targetspec");
        driver.put("version", VersionProvider.version());
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rules.all(dev.targetspec.profile.Profiles.standard())) {
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
                d.fix().flatMap(fix -> FixJson.sarif(r.file(), fix)).ifPresent(fix -> res.putArray("fixes").add(fix));
            }
        }
        return root;
    }
}
