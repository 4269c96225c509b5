package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "With no PATH, validates the whole registry. A PATH may be a file or a folder (every *.json in it). "
                    + "A file may be a registry spec or a plain rustc target JSON file, as "
                    + "`rustc --print target-spec-json` prints it.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec validate                           # the whole registry",
            "  targetspec validate my-target.json            # a plain rustc target JSON file",
            "  targetspec validate --format json targets/x86_64",
            "  targetspec validate --format sarif > results.sarif",
            "",
            "Exit codes: 0 all valid, 1 some spec invalid (an error diagnostic), 2 usage or I/O error.",
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check. Default: the registry.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Format form = format.require(Format.text, Format.json, Format.sarif);
        List<ValidationResult> results = new ArrayList<>();
        if (paths.isEmpty()) {
            results.addAll(new Validator(registry.load()).validateRegistry());
        } else {
            List<Path> files = expand(paths);
            if (registry.dir != null && !Files.isDirectory(registry.dir)) {
                throw CliException.usage("cannot read registry " + registry.dir + ": Registry folder not found: "
                        + registry.dir);
            }
            // The registry is read only when a file needs it: reading it costs more than checking one file.
            Registry reg = !needsRegistry(files) ? Registry.empty() : registry.dir != null ? registry.load() : loadQuietly();
            Validator validator = new Validator(reg);
            for (Path file : files) {
                results.add(validator.validate(file));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (form) {
            case json -> out.print(Json.pretty(json(results)));
            case sarif -> out.print(Json.pretty(sarif(results)));
            default -> text(results, out);
        }
        out.flush();
        return results.stream().allMatch(ValidationResult::valid) ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /**
     * Whether checking {@code files} needs the registry: one of them is a registry file, inherits, or
     * has the name of a built-in (and so extends it). Other files are checked on their own.
     */
    private boolean needsRegistry(List<Path> files) {
        Path root;
        try {
            root = registry.resolve().toAbsolutePath().normalize();
        } catch (CliException e) {
            return false;
        }
        for (Path p : files) {
            if (p.toAbsolutePath().normalize().startsWith(root)) {
                return true;
            }
            SpecFile f;
            try {
                f = SpecLoader.load(p);
            } catch (IOException | JsonSyntaxException e) {
                continue; // refused the same way with or without the registry
            }
            if (f.inherits().isPresent() || (f.triple().matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")
                    && Files.exists(root.resolve(Registry.IMPORTED).resolve(f.triple() + ".json")))) {
                return true;
            }
        }
        return false;
    }

    /** Files given on their own may inherit from the registry, if there is one. */
    private Registry loadQuietly() {
        try {
            return registry.load();
        } catch (CliException e) {
            return Registry.empty();
        }
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // A registry folder's chip database holds no specs.
                    Path chips = p.resolve(dev.targetspec.chip.ChipDatabase.FOLDER);
                    walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f) && !f.startsWith(chips))
                            .sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw CliException.usage("no such file or folder: " + p);
            }
        }
        return files;
    }

    private static void text(List<ValidationResult> results, PrintWriter out) {
        int valid = 0;
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                out.println(DiagnosticLine.of(r.file(), d));
            }
            valid += r.valid() ? 1 : 0;
        }
        out.printf("%d files: %d valid, %d invalid%n", results.size(), valid, results.size() - valid);
    }

    private static ObjectNode json(List<ValidationResult> results) {
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
        }
        ArrayNode out = run.putArray("results");
        for (ValidationResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                ObjectNode res = out.addObject();
                res.put("ruleId", d.rule());
                res.put("level", d.severity().label());
                res.putObject("message").put("text", d.message());
                ObjectNode loc = res.putArray("locations").addObject().putObject("physicalLocation");
                loc.putObject("artifactLocation").put("uri", DisplayPath.of(r.file()).replace('\\', '/'));
                ObjectNode region = loc.putObject("region");
                region.put("startLine", d.line());
                region.put("startColumn", d.column());
            }
        }
        return root;
    }
}
