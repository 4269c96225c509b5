package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.io.AtomicFile;
import dev.targetspec.registry.Registry;
import dev.targetspec.registry.Resolution;
import dev.targetspec.render.rfc.RfcDraft;
import dev.targetspec.render.rfc.RfcProse;
import dev.targetspec.render.rfc.RustcCheck;
import dev.targetspec.render.rfc.Tier3Checklist;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.site.Site;
import dev.targetspec.render.Validity;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec rfc TARGET... -o FILE [--prose FILE]}. */
@Command(name = "rfc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Write an RFC draft for one or more proposed targets (status `proposed` in their metadata), in the "
                    + "sections of the Rust RFC template.",
            "",
            "The reference-level explanation is generated from the specs: a table of each target's main values, "
                    + "its diff against its base, its artifacts, and the tier-3 checklist of rustc's target tier "
                    + "policy answered from the spec. The other sections come from --prose, a Markdown file with "
                    + "an optional `# Title`, the RFC header lines, and `## Summary`, `## Motivation`, ... sections; "
                    + "a section it leaves out is marked as still to write.",
            "",
            "Checklist item 10 runs rustc (unless --no-rustc): rustc must load the exported JSON and compile a "
                    + "`#![no_core]` crate to assembly for it (with RUSTC_BOOTSTRAP=1 and -Z unstable-options). "
                    + "The draft is written either way; the exit code is 1 when a checked requirement is not met.",
            "",
            "A target the validator rejects gets each error as a requirement not met, and no artifacts; the exit "
                    + "code is 1.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec rfc i686-unknown-none-multiboot \\",
            "      -o rfc-drafts/i686-unknown-none-multiboot.md",
            "  targetspec rfc x86_64-unknown-none-elf x86_64-unknown-none-multiboot \\",
            "      x86_64-unknown-none-multiboot2 \\",
            "      --prose rfc-drafts/prose/x86_64-boot-variants.md \\",
            "      -o rfc-drafts/x86_64-boot-variants.md",
        })
final class RfcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    @Parameters(paramLabel = "TARGET", arity = "1..*",
            description = "The proposed targets the RFC adds: triples in the registry, or spec files (ending in .json).")
    List<String> triples;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The Markdown file to write.")
    Path output;

    @Option(names = "--prose", paramLabel = "FILE", description = "The written sections, in Markdown.")
    Path prose;

    @Option(names = "--rustc", paramLabel = "RUSTC", description = "The rustc to check with. Default: rustc on PATH.")
    String rustc = "rustc";

    @Option(names = "--no-rustc", description = "Do not run rustc; checklist item 10 is left to confirm.")
    boolean noRustc;

    @Override
    public Integer call() throws IOException {
        RfcProse written = RfcProse.empty();
        if (prose != null) {
            if (!Files.isRegularFile(prose)) {
                throw CliException.usage("no such file: " + prose);
            }
            try {
                written = RfcProse.parse(Files.readString(prose, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(DisplayPath.of(prose) + ": " + e.getMessage());
            }
        }
        Registry reg = registry.load();
        Site site = new Site(reg, Artifacts.all(), "targetspec " + VersionProvider.version());
        List<RfcDraft.Entry> entries = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        boolean notMet = false;
        for (String name : triples) {
            SpecFile file = SpecFiles.named(reg, name);
            Resolution r = reg.resolve(file);
            Target t = r.target().orElseThrow(() -> new CliException(ExitCodes.INVALID, name + ": "
                    + r.problems().get(0).message()));
            String triple = t.triple();
            if (!t.text("/metadata/status").filter("proposed"::equals).isPresent()) {
                throw CliException.usage("`" + triple + "` is not a proposal; an RFC draft is for targets whose "
                        + "`metadata.status` is `proposed`.");
            }
            RustcCheck.Outcome outcome = noRustc ? RustcCheck.skipped("--no-rustc was given")
                    : RustcCheck.check(t, rustc);
            Validity.Verdict verdict = site.verdict(t);
            List<Tier3Checklist.Item> checklist = new ArrayList<>(Tier3Checklist.validation(verdict.diagnostics()));
            checklist.addAll(Tier3Checklist.of(t, verdict.diagnostics(), outcome));
            // Only a valid target has artifacts: an invalid one's would describe a target that cannot be built.
            entries.add(new RfcDraft.Entry(t, site.base(t), verdict.valid() ? site.artifacts(t) : List.of(),
                    checklist));
            long met = checklist.stream().filter(i -> i.status() == Tier3Checklist.Status.MET).count();
            long missing = checklist.stream().filter(i -> i.status() == Tier3Checklist.Status.NOT_MET).count();
            out.printf("%s: tier-3 checklist %d met, %d not met, %d to confirm; rustc: %s%s%n", triple, met, missing,
                    checklist.size() - met - missing, outcome.verdict().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '), verdict.valid() ? "" : "; invalid, so the draft has no artifacts");
            for (Tier3Checklist.Item i : checklist) {
                if (i.status() == Tier3Checklist.Status.NOT_MET) {
                    out.printf("  not met: %s. %s%n", i.number() == 0 ? "validation" : String.valueOf(i.number()),
                            i.answer());
                }
            }
            notMet |= Tier3Checklist.anyNotMet(checklist);
        }
        AtomicFile.write(output, RfcDraft.render(written, entries).getBytes(StandardCharsets.UTF_8));
        out.printf("wrote %s%n", DisplayPath.of(output));
        out.flush();
        return notMet ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
