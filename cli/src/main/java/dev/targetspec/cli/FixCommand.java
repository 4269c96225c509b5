package dev.targetspec.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Severity;
import dev.targetspec.fix.Fixer;
import dev.targetspec.io.AtomicFile;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.profile.Profile;
import dev.targetspec.registry.Registry;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code targetspec fix}: applies every mechanical fix, validates again, and repeats. */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Bring target files to the rustc in use: apply the fix of every error that has a mechanical one "
                    + "(a renamed field, a number written as a string, a layout from an older LLVM, soft-float "
                    + "that needs `rustc-abi`, ...), validate again, and repeat until nothing changes.",
            "",
            "Each file is rewritten in place, atomically, keeping its key order, indentation and final "
                    + "newline; lines no fix touches stay byte for byte. Each change is printed with its reason "
                    + "and, where known, the rustc release that made it necessary. A fix never changes what the "
                    + "target is (arch, OS, environment, vendor, pointer width, endianness, panic strategy); "
                    + "what is a choice (which ABI, which CPU) is listed for you to decide. A FILE may be a plain "
                    + "rustc target JSON file or a registry spec, or a folder (every *.json in it).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec fix my-kernel.json               # fix for the default rustc",
            "  targetspec fix --rustc 1.97 my-kernel.json  # for the 1.97 nightly",
            "  targetspec fix --dry-run my-kernel.json     # print a diff, write nothing",
            "",
            "Exit codes: 0 every file valid afterwards, 1 problems remain (listed, each",
            "needing a decision), 2 usage or I/O error.",
        })
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    RegistryOption registry;

    @Mixin
    RustcOption rustc;

    @Option(names = "--dry-run", description = "Print a unified diff of what would change; write nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Target files, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Format form = format.require(Format.text, Format.json);
        Profile profile = rustc.profile();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            Optional<String> problem = SpecFiles.expand(p, files);
            if (problem.isPresent()) {
                throw CliException.usage(problem.get());
            }
        }
        Registry read = registry.load();
        Fixer fixer = new Fixer(read, new Validator(read, profile));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Fixer.Result> results = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                err.println("error: " + DisplayPath.of(file) + " is not UTF-8 text; it was left as it is.");
                unreadable.add(file);
                continue;
            }
            Fixer.Result r;
            try {
                r = fixer.fix(file, text);
            } catch (JsonSyntaxException e) {
                err.println(Messages.oneLine(DisplayPath.of(file)) + ":" + e.location().line() + ":"
                        + e.location().column() + ": error[" + e.rule() + "]: " + e.getMessage()
                        + " No fix applies to a file that is not strict JSON; it was left as it is.");
                unreadable.add(file);
                continue;
            }
            results.add(r);
            if (r.changed() && !dryRun) {
                if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
                    throw CliException.usage(DisplayPath.of(file) + " changed while it was being fixed; it was"
                            + " left as it is. Run fix again.");
                }
                AtomicFile.write(file, r.after().getBytes(StandardCharsets.UTF_8));
            }
            if (form == Format.text) {
                text(r, profile, out);
            }
        }
        if (form == Format.json) {
            out.print(Json.pretty(json(results)));
        }
        out.flush();
        err.flush();
        if (!unreadable.isEmpty() || results.stream().anyMatch(r -> !r.valid())) {
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    private void text(Fixer.Result r, Profile profile, PrintWriter out) {
        String name = Messages.oneLine(DisplayPath.of(r.file()));
        if (dryRun && r.changed()) {
            List<String> before = r.before().lines().toList();
            List<String> after = r.after().lines().toList();
            UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, DiffUtils.diff(before, after), 3)
                    .forEach(out::println);
        }
        String verb = dryRun ? "would change" : "changed";
        if (!r.changes().isEmpty()) {
            out.println(name + ": " + verb + " " + Plural.of(r.changes().size(), "thing") + ":");
        }
        for (Fixer.Change c : r.changes()) {
            out.println("  line " + c.line() + ": " + c.description() + c.since().map(v -> " (needed since rustc " + v
                    + ")").orElse("") + " [" + c.rule() + "]");
            out.println("    because: " + c.problem());
        }
        for (String refused : r.refused()) {
            out.println("  not applied: " + refused);
        }
        List<Diagnostic> errors = r.remaining().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .sorted(Diagnostic.ORDER).toList();
        if (errors.isEmpty()) {
            out.println(name + ": valid for rustc " + profile.release() + (r.changed() ? "" : "; nothing to change")
                    + (dryRun && r.changed() ? " once changed" : "") + ".");
        } else {
            out.println(name + ": " + Plural.of(errors.size(), "problem") + " left for you to decide:");
            for (Diagnostic d : errors) {
                out.println("  " + DiagnosticLine.of(r.file(), d));
            }
        }
    }

    private ArrayNode json(List<Fixer.Result> results) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Fixer.Result r : results) {
            ObjectNode o = arr.addObject();
            o.put("file", DisplayPath.of(r.file()));
            o.put("changed", r.changed());
            o.put("valid", r.valid());
            ArrayNode changes = o.putArray("changes");
            for (Fixer.Change c : r.changes()) {
                ObjectNode n = changes.addObject();
                n.put("rule", c.rule());
                n.put("line", c.line());
                n.put("problem", c.problem());
                n.put("description", c.description());
                c.since().ifPresent(v -> n.put("since", v));
            }
            ArrayNode refused = o.putArray("refused");
            r.refused().forEach(refused::add);
            ArrayNode remaining = o.putArray("remaining");
            for (Diagnostic d : r.remaining().diagnostics()) {
                ObjectNode n = remaining.addObject();
                n.put("rule", d.rule());
                n.put("severity", d.severity().label());
                n.put("pointer", d.pointer());
                n.put("line", d.line());
                n.put("column", d.column());
                n.put("message", d.message());
            }
        }
        return arr;
    }
}
