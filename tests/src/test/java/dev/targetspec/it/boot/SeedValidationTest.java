package dev.targetspec.it.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.entry.Entries;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.validate.ValidationResult;
import dev.targetspec.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed targets with layouts validate without errors against the built-ins the local rustc
 * prints, and every renderer that applies to a seed renders it.
 */
class SeedValidationTest {
    private static final List<String> SEEDS = List.of(
            "x86_64/x86_64-unknown-none.json",
            "x86_64/x86_64-unknown-none-elf.json",
            "x86_64/x86_64-unknown-none-multiboot.json",
            "x86_64/x86_64-unknown-none-multiboot2.json",
            "x86_64/x86_64-unknown-linux-none.json",
            "x86/i686-unknown-none-multiboot.json",
            "aarch64/aarch64-unknown-none.json",
            "riscv64/riscv64gc-unknown-none-elf.json",
            "arm/thumbv7em-none-eabihf.json");

    @Test
    void seedsValidateWithoutErrors() throws Exception {
        Path targets = Tools.root().resolve("targets");
        Registry registry = Tools.registry();
        assertEquals(List.of(), registry.failures());
        Validator validator = new Validator(registry);
        for (String seed : SEEDS) {
            ValidationResult r = validator.validate(targets.resolve(seed));
            List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, seed);
            var target = registry.resolve(registry.fileAt(targets.resolve(seed)).orElseThrow()).target().orElseThrow();
            assertTrue(LayoutReader.read(target).layout().isPresent(), seed + " has no layout");
            // The script's entry is the symbol the entry-point artifact tells the program to define.
            String symbol = Entries.derive(target).symbol();
            assertTrue(Tools.text(Artifacts.named("linker-script").orElseThrow(), target)
                    .contains("ENTRY(" + symbol + ")"), seed + " enters at " + symbol);
            if (Stream.of("multiboot.json", "multiboot2.json").anyMatch(seed::endsWith)) {
                Tools.text(Artifacts.named("boot-header").orElseThrow(), target);
                Tools.text(Artifacts.named("boot-stub").orElseThrow(), target);
            }
        }
    }
}
