package dev.targetspec.it.rustc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.targetspec.registry.RustcDataImport;

/** The committed data tables are what {@link RustcDataImport} produces from the local rustc. */
class RustcDataTablesFreshTest {

    @Test
    void tablesMatchLocalRustc(@TempDir Path tmp) throws IOException {
        Rustc rustc = Rustc.locate().orElseThrow(() -> new AssertionError(
                "rustc is required for this test but was not found: install rustc 1.95 or set $RUSTC"));
        List<Path> written = RustcDataImport.importAll(rustc.command(), tmp, line -> { });
        assertEquals(2, written.size());
        Path committed = Path.of(System.getProperty("targetspec.root"),
                "validator/src/main/resources/dev/targetspec/data");
        List<String> stale = new ArrayList<>();
        for (Path fresh : written) {
            Path old = committed.resolve(fresh.getFileName().toString());
            if (!Files.exists(old) || !Files.readString(old).equals(Files.readString(fresh))) {
                stale.add(fresh.getFileName().toString());
            }
        }
        if (!stale.isEmpty()) {
            fail("data tables differ from what " + rustc.version() + " gives: " + stale
                    + " (regenerate them with RustcDataImport)");
        }
    }
}
