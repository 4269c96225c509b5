package dev.targetspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.Registry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's diagnostics are those of the rustc it was started for ({@code targetspec lsp --rustc}). */
class CheckerTest {
    private static final Path ROOT = Path.of(System.getProperty("targetspec.root", "..")).toAbsolutePath().normalize();
    // An ARM soft-float target whose `abi` says hard-float: rustc 1.95 builds it, rustc 1.96 and later refuse it.
    private static final String TEXT = """
            {
              "$schema": "../schema/target-spec.schema.json",
              "triple": "thumbv7em-none-eabi-lsp",
              "inherits": "thumbv7em-none-eabi",
              "metadata": {"description": "An ARM soft-float target", "status": "custom"},
              "rustc": {"abi": "eabihf"}
            }
            """;
    private static Registry registry;

    @BeforeAll
    static void load() throws Exception {
        registry = Registry.load(ROOT.resolve("targets"));
    }

    @Test
    void theProfileDecidesTheVerdict() {
        assertEquals(List.of(), rules("1.95"), "rustc 1.95 builds it");
        assertEquals(List.of("rustc-abi-combination"), rules("1.97"), "the 1.97 nightly refuses it");
    }

    private static List<String> rules(String version) {
        Checker checker = new Checker(registry, Profiles.named(version).orElseThrow());
        return checker.check("file:///work/thumbv7em-none-eabi-lsp.json", TEXT, false).diagnostics().stream()
                .map(Diagnostic::rule).toList();
    }
}
