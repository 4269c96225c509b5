package dev.targetspec.cli;

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

    @Override
    public Integer call() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw CliException.usage("-o " + output + " is a file; docs writes a folder.");
        }
        Registry reg = registry.load();
        Site site = new Site(reg, Artifacts.all(), "targetspec " + VersionProvider.version());
        SiteReport report = site.write(output, format == Form.html ? SiteFormat.HTML : SiteFormat.MARKDOWN);
        PrintWriter out = spec.commandLine().getOut();
        for (String s : report.skipped()) {
            spec.commandLine().getErr().println("warning: no page for " + s);
        }
        spec.commandLine().getErr().flush();
        out.printf("wrote %d target pages and %d artifacts to %s (open %s)%n", report.targetPages(),
                report.artifacts(), DisplayPath.of(output), format == Form.html ? "index.html" : "SUMMARY.md");
        out.flush();
        return ExitCodes.OK;
    }
}
