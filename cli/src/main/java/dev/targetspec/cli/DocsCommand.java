package dev.targetspec.cli;

import dev.targetspec.diag.Refused;
import dev.targetspec.io.DisplayPath;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.site.Site;
import dev.targetspec.render.site.SiteFormat;
import dev.targetspec.render.site.SiteReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec docs -o DIR [--format html|markdown]}. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Write the target documentation site: an index of every target (filter by tier, arch, OS and status, "
                    + "or search), and one page per target with the sections of rustc's platform-support template, "
                    + "the resolved spec with where each value comes from, the changes from its base, and its "
                    + "artifacts to copy or download.",
            "",
            "The HTML site needs no server: open DIR/index.html, or put DIR on any static host. Pages load one "
                    + "script and one stylesheet from DIR/assets and set a Content-Security-Policy. "
                    + "--format markdown writes the same pages as Markdown with a SUMMARY.md, for an mdBook.",
            "",
            "Only valid targets get artifacts; an invalid target's page says why it has none, and the exit code "
                    + "is 1. DIR gets the record .targetspec-outputs, as with render: a file targetspec did not "
                    + "write, or that changed since, is not overwritten, and a folder that holds anything but a "
                    + "site targetspec wrote is refused (exit code 2), unless --force is given. Pages written "
                    + "earlier for targets that are gone are removed.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec docs -o site/ && xdg-open site/index.html",
            "  targetspec docs --format markdown -o book/src/",
        })
final class DocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    /** The forms {@code docs} writes. */
    enum Form {
        html, markdown
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "html (default) or markdown.")
    Form format = Form.html;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write.")
    Path output;

    @Option(names = "--force", description = "Write into a folder that holds other files, and overwrite files that "
            + "targetspec did not write, or that were changed since it wrote them.")
    boolean force;

    @Override
    public Integer call() throws IOException, Refused {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw CliException.usage("-o " + output + " is a file; docs writes a folder.");
        }
        Registry reg = registry.load();
        Site site = new Site(reg, Artifacts.all(), "targetspec " + VersionProvider.version());
        SiteReport report = site.write(output, format == Form.html ? SiteFormat.HTML : SiteFormat.MARKDOWN, force);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        reg.failures().forEach(f -> err.println(DiagnosticLine.of(f.file(), f.diagnostic())));
        for (String s : report.skipped()) {
            err.println("error: no page for " + s);
        }
        for (String triple : report.invalid()) {
            err.println("error: " + triple + " is invalid, so its page has no artifacts; `targetspec validate "
                    + triple + "` lists its errors.");
        }
        for (Path kept : report.kept()) {
            err.println("warning: " + DisplayPath.of(kept) + " is no longer part of the site but was changed after "
                    + "targetspec wrote it; it was left in place.");
        }
        err.flush();
        out.printf("wrote %s and %s to %s%s (open %s)%n", Plural.of(report.targetPages(), "target page"),
                Plural.of(report.artifacts(), "artifact"), DisplayPath.of(output),
                report.removed().isEmpty() ? "" : "; removed " + Plural.of(report.removed().size(), "old file"),
                format == Form.html ? "index.html" : "SUMMARY.md");
        out.flush();
        int problems = reg.failures().size() + report.skipped().size() + report.invalid().size();
        return problems == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
