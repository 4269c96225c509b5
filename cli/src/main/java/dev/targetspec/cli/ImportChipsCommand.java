package dev.targetspec.cli;

import dev.targetspec.io.DisplayPath;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.chip.imports.ChipImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code targetspec import chips}. */
@Command(name = "chips", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Refresh the chip database, REGISTRY/chips/, from a checkout of probe-rs (its probe-rs/targets/*.yaml), "
                    + "and compare it with a checkout of stm32-data-generated (its data/chips/*.json) when one is given.",
            "Writes one file per probe-rs family to REGISTRY/chips/probe-rs/, the sources and their commits to "
                    + "REGISTRY/chips/sources.json, and every disagreement with stm32-data to "
                    + "REGISTRY/chips/stm32-data-crosscheck.md. The hand-written REGISTRY/chips/corrections.json is kept. "
                    + "Reads only the local folders; a folder's commit is read from its .git, or given with the "
                    + "--*-commit options.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  git clone https://github.com/probe-rs/probe-rs ~/src/probe-rs",
            "  git clone https://github.com/embassy-rs/stm32-data-generated \\",
            "      ~/src/stm32-data-generated",
            "  targetspec import chips --probe-rs ~/src/probe-rs \\",
            "      --stm32-data ~/src/stm32-data-generated",
            "  targetspec import chips --probe-rs /tmp/targets \\",
            "      --probe-rs-commit 67993c4b6f3fcbabfc811d1df334acfe66cef150",
        })
final class ImportChipsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOption registry;

    @Option(names = "--probe-rs", paramLabel = "DIR", required = true,
            description = "A checkout of probe-rs/probe-rs, or its probe-rs/targets folder.")
    Path probeRs;

    @Option(names = "--stm32-data", paramLabel = "DIR",
            description = "A checkout of embassy-rs/stm32-data-generated, or its data/chips folder.")
    Path stm32Data;

    @Option(names = "--probe-rs-commit", paramLabel = "SHA",
            description = "The probe-rs commit the files come from. Default: read from the checkout's .git.")
    String probeRsCommit;

    @Option(names = "--stm32-data-commit", paramLabel = "SHA",
            description = "The stm32-data-generated commit the files come from. Default: read from the checkout's .git.")
    String stm32DataCommit;

    @Override
    public Integer call() throws IOException {
        Path out = registry.importInto().resolve(ChipDatabase.FOLDER);
        ChipImport.Result r;
        try {
            r = ChipImport.run(probeRs, Optional.ofNullable(probeRsCommit), Optional.ofNullable(stm32Data),
                    Optional.ofNullable(stm32DataCommit), out);
        } catch (ChipDataException e) {
            throw CliException.usage(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("imported %d chips of %d families from %d vendors into %s%n", r.chips(), r.families(), r.vendors(),
                DisplayPath.of(out.resolve(ChipDatabase.FAMILIES)));
        r.crossCheck().ifPresent(c -> o.printf("compared %d pairs with %d stm32-data chips: %d agree, %d region and "
                + "%d core disagreements in %s%n", c.pairs(), c.stm32Chips(), c.agreeing(), c.regionDisagreements(),
                c.coreDisagreements(), DisplayPath.of(out.resolve(ChipDatabase.REPORT))));
        r.removed().forEach(p -> o.println("removed " + DisplayPath.of(p)));
        o.flush();
        return ExitCodes.OK;
    }
}
