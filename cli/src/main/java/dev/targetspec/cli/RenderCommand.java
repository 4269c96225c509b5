package dev.targetspec.cli;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.Json;
import dev.targetspec.registry.LoadFailure;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Renderer;
import dev.targetspec.render.Renderers;
import dev.targetspec.render.RustcJson;
import dev.targetspec.render.entry.EntryFormat;
import dev.targetspec.render.entry.Entries;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.render.intrinsics.IntrinsicsFormat;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec render TRIPLE --artifact A [-o FILE]} and {@code render --all --artifact A -o DIR}. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Render what a downstream toolchain consumes from a target.",
            "",
            "Artifacts:",
            "  rustc-json     the rustc target JSON, registry extensions stripped; load it with",
            "                 `rustc -Z unstable-options --target FILE.json` (--embed-link-script puts the",
            "                 linker script into its `link-script` field)",
            "  linker-script  a GNU ld script that GNU ld and LLD accept, from `layout` and `boot`",
            "  boot-header    the Multiboot 1 or 2 header, as GNU assembler source",
            "  boot-stub      the 32-bit Multiboot entry that enters long mode and calls kernel_main",
            "  entry          what the entry point must be (--format text|json|markdown)",
            "  intrinsics     the runtime routines a freestanding program must link (--format text|json|ld)",
            "",
            "Only valid targets are rendered; an invalid one is reported and the exit code is 1. With --all, "
                    + "targets an artifact does not apply to (no layout, no Multiboot) are skipped. "
                    + "Files are written atomically (a temporary file, then a rename).",
            "",
            "Each folder written to gets a record, .targetspec-outputs (sha256sum format), of the files targetspec "
                    + "wrote there. An existing file is replaced only if it is in that record and unchanged since, "
                    + "or already holds the new contents; otherwise nothing is written and the exit code is 2, "
                    + "unless --force is given.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec render x86_64-unknown-none-multiboot2 --artifact rustc-json -o mb2.json",
            "  targetspec render --all --artifact rustc-json -o out/",
            "  targetspec render ./my-target.json --artifact rustc-json",
            "  targetspec render x86_64-unknown-none-multiboot2 --artifact linker-script -o kernel.ld",
            "  targetspec render thumbv7em-none-eabihf --artifact intrinsics --format ld",
        })
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "TARGET", arity = "0..1",
            description = "A triple in the registry, or a path to a spec file (ending in .json).")
    String target;

    @Option(names = "--all", description = "Render every target of the registry into the folder given by -o.")
    boolean all;

    @Option(names = "--artifact", required = true, paramLabel = "ARTIFACT",
            description = "What to render: ${COMPLETION-CANDIDATES}.")
    Artifact artifact;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The file to write (a folder with --all). Default: standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite files that targetspec did not write, or that were changed "
            + "since it wrote them.")
    boolean force;

    @Option(names = "--embed-link-script",
            description = "With rustc-json: put the rendered linker script in the `link-script` field, so that a "
                    + "plain `rustc --target FILE.json` links with it.")
    boolean embedLinkScript;

    /** What {@code render} can produce, and the forms each offers (the first is the default). */
    enum Artifact {
        rustc_json("rustc-json", Format.text),
        linker_script("linker-script", Format.text),
        boot_header("boot-header", Format.text),
        boot_stub("boot-stub", Format.text),
        entry("entry", Format.text, Format.json, Format.markdown),
        intrinsics("intrinsics", Format.text, Format.json, Format.ld);

        final String label;
        final Format[] formats;

        Artifact(String label, Format... formats) {
            this.label = label;
            this.formats = formats;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A target the artifact does not apply to, or whose layout cannot be rendered. */
    private static final class NotRendered extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean invalid;

        NotRendered(String message, boolean invalid) {
            super(message, null, false, false);
            this.invalid = invalid;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (all == (target != null)) {
            throw CliException.usage("name one TARGET, or pass --all.");
        }
        if (all && output == null) {
            throw CliException.usage("--all writes one file per target; name the folder with -o DIR.");
        }
        Format form = format.require(artifact.formats);
        if (embedLinkScript && artifact != Artifact.rustc_json) {
            throw CliException.usage("--embed-link-script goes with --artifact rustc-json.");
        }
        Registry reg = registry.load();
        Validator validator = new Validator(reg);
        PrintWriter err = spec.commandLine().getErr();
        if (!all) {
            SpecFile file = file(reg);
            Target t = renderable(reg, validator, file, err);
            if (t == null) {
                return ExitCodes.INVALID;
            }
            byte[] bytes;
            try {
                bytes = render(t, form).getBytes(StandardCharsets.UTF_8);
            } catch (NotRendered e) {
                throw new CliException(e.invalid ? ExitCodes.INVALID : ExitCodes.USAGE, e.getMessage());
            }
            if (output == null) {
                spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            if (Files.isDirectory(output)) {
                throw CliException.usage("-o " + output + " is a folder; name the file to write.");
            }
            Path parent = output.toAbsolutePath().normalize().getParent();
            Outputs outputs = Outputs.in(parent);
            Path target2 = outputs.file(output.getFileName().toString()).orElseThrow(() ->
                    CliException.usage("-o " + output + " is not a file name."));
            refuseConflicts(outputs, Map.of(target2, bytes));
            outputs.write(target2, bytes);
            outputs.save();
            return ExitCodes.OK;
        }
        Path dir = output.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.usage("-o " + output + " is a file; --all needs a folder.");
        }
        Outputs outputs = Outputs.in(dir);
        int invalid = 0;
        int skipped = 0;
        for (LoadFailure f : reg.failures()) {
            Diagnostic d = f.diagnostic();
            err.printf("%s:%d:%d: error[%s]: %s%n", Messages.oneLine(Paths.show(f.file())), d.line(), d.column(), d.rule(), d.message());
            invalid++;
        }
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        List<String> triples = reg.triples();
        Progress progress = new Progress(err, "rendering");
        int done = 0;
        for (String triple : triples) {
            Target t = renderable(reg, validator, reg.file(triple).orElseThrow(), err);
            Optional<Path> file = t == null ? Optional.empty() : outputs.file(fileName(t, form));
            if (t != null && file.isEmpty()) {
                err.printf("error: target `%s` cannot be written as a file in %s; skipped%n", Messages.oneLine(triple),
                        Paths.show(dir));
                t = null;
            }
            if (t == null) {
                invalid++;
            } else {
                try {
                    rendered.put(file.get(), render(t, form).getBytes(StandardCharsets.UTF_8));
                } catch (NotRendered e) {
                    if (e.invalid) {
                        err.println("error: " + Messages.oneLine(e.getMessage()));
                        invalid++;
                    } else {
                        skipped++;
                    }
                }
            }
            progress.update(++done, triples.size(), triple);
        }
        progress.finish();
        refuseConflicts(outputs, rendered);
        for (Map.Entry<Path, byte[]> e : rendered.entrySet()) {
            outputs.write(e.getKey(), e.getValue());
        }
        outputs.save();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote %d %s files to %s; %d targets it does not apply to; %d invalid%n", rendered.size(), artifact,
                Paths.show(dir), skipped, invalid);
        out.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Stops before anything is written when a file to replace was not written by targetspec, unless --force. */
    private void refuseConflicts(Outputs outputs, Map<Path, byte[]> files) throws IOException {
        if (force) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Optional<String> why = outputs.conflict(e.getKey(), e.getValue());
            if (why.isPresent()) {
                refused.add(Paths.show(e.getKey()) + " " + why.get());
            }
        }
        if (!refused.isEmpty()) {
            throw CliException.usage(refused.size() + " file" + (refused.size() == 1 ? "" : "s")
                    + " not overwritten: " + String.join("; ", refused.subList(0, Math.min(3, refused.size())))
                    + (refused.size() > 3 ? "; and " + (refused.size() - 3) + " more" : "")
                    + ". Nothing was written; pass --force to overwrite.");
        }
    }

    private SpecFile file(Registry reg) {
        if (target.endsWith(".json")) {
            Path p = Path.of(target);
            if (!Files.isRegularFile(p)) {
                throw CliException.usage("no such file: " + target);
            }
            return reg.fileAt(p).orElseGet(() -> {
                try {
                    return dev.targetspec.spec.SpecLoader.load(p);
                } catch (IOException e) {
                    throw CliException.usage("cannot read " + target + ": " + e.getMessage());
                } catch (dev.targetspec.json.JsonSyntaxException e) {
                    throw new CliException(ExitCodes.INVALID, target + ":" + e.location().line() + ":"
                            + e.location().column() + ": " + e.getMessage());
                }
            });
        }
        return reg.file(target).orElseThrow(() -> CliException.usage("no target `" + target
                + "` in the registry; `targetspec list` shows what there is."));
    }

    /** The resolved target when it has no error; otherwise its errors go to {@code err} and the result is null. */
    static Target renderable(Registry reg, Validator validator, SpecFile file, PrintWriter err) {
        ValidationResult result = validator.validate(file);
        if (!result.valid()) {
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    err.printf("%s:%d:%d: error[%s]: %s%n", Messages.oneLine(Paths.show(result.file())), d.line(), d.column(), d.rule(),
                            d.message());
                }
            }
            err.flush();
            return null;
        }
        Resolution r = reg.resolve(file);
        return r.target().orElseThrow();
    }

    private String render(Target t, Format form) throws NotRendered {
        return switch (artifact) {
            case rustc_json -> {
                var json = RustcJson.export(t);
                if (embedLinkScript) {
                    json.put("link-script", renderer(t, "linker-script"));
                }
                yield Json.pretty(json);
            }
            case linker_script, boot_header, boot_stub -> renderer(t, artifact.label);
            case entry -> {
                var e = Entries.derive(t);
                yield switch (form) {
                    case json -> EntryFormat.json(e);
                    case markdown -> EntryFormat.markdown(e);
                    default -> EntryFormat.text(e);
                };
            }
            case intrinsics -> {
                var list = Intrinsics.derive(t);
                yield switch (form) {
                    case json -> IntrinsicsFormat.json(list);
                    case ld -> IntrinsicsFormat.ld(list, false);
                    default -> IntrinsicsFormat.text(list);
                };
            }
        };
    }

    private static String renderer(Target t, String name) throws NotRendered {
        Renderer r = Renderers.named(name).orElseThrow();
        try {
            return r.render(t, new Provenance(Paths.show(t.file().path()), "targetspec " + VersionProvider.version()));
        } catch (RenderException e) {
            boolean invalid = !e.problems().isEmpty();
            String detail = e.problems().stream().map(p -> p.message() + " [" + p.rule() + "]")
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage());
            throw new NotRendered(t.triple() + ": " + detail, invalid);
        }
    }

    private String fileName(Target t, Format form) {
        String triple = t.triple();
        return switch (artifact) {
            case rustc_json -> triple + ".json";
            case linker_script, boot_header, boot_stub -> Renderers.named(artifact.label).orElseThrow().fileName(t);
            case entry -> triple + "-entry" + (form == Format.json ? ".json" : form == Format.markdown ? ".md" : ".txt");
            case intrinsics -> triple + "-intrinsics" + (form == Format.json ? ".json" : form == Format.ld ? ".ld-args" : ".txt");
        };
    }
}
