package dev.targetspec.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `targetspec import rustc` against the local rustc: it writes one file per built-in, matches the
 * committed registry, removes targets rustc no longer has, and leaves hand-written files alone.
 */
class ImportEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aReimportMatchesTheRegistryAndNeverTouchesHandWrittenFiles() throws Exception {
        Proc.require("rustc", "rustc");
        Path targets = dir.resolve("targets");
        Path overlay = targets.resolve("x86_64/x86_64-unknown-none.json");
        Files.createDirectories(overlay.getParent());
        Files.copy(Proc.root().resolve("targets/x86_64/x86_64-unknown-none.json"), overlay);
        byte[] handWritten = Files.readAllBytes(overlay);
        Path stale = targets.resolve("rustc/retired-unknown-none.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}");

        Proc.Result r = Proc.targetspec(dir, "import", "rustc", "--only", "targets", "--registry", targets.toString(), "--schema-dir",
                dir.resolve("schema").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("imported 320 targets from rustc 1.95"), r.out());
        assertTrue(r.err().contains("importing: 320/320"), "progress is shown: " + r.err());
        assertFalse(Files.exists(stale), "a target rustc no longer has is removed");
        assertTrue(r.out().contains("removed "), r.out());
        assertEquals(new String(handWritten), Files.readString(overlay), "the hand-written overlay is untouched");

        List<String> differing = new ArrayList<>();
        try (Stream<Path> files = Files.list(targets.resolve("rustc"))) {
            for (Path p : files.sorted().toList()) {
                Path committed = Proc.root().resolve("targets/rustc").resolve(p.getFileName());
                if (!Files.exists(committed) || !Files.readString(committed).equals(Files.readString(p))) {
                    differing.add(p.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), differing, "the committed registry is what the local rustc imports");
        assertEquals(Files.readString(Proc.root().resolve("schema/rustc-1.95.schema.json")),
                Files.readString(dir.resolve("schema/rustc-1.95.schema.json")));

        Proc.Result v = Proc.targetspec(dir, "validate", "--registry", targets.toString(), "--format", "json");
        assertEquals(0, v.code(), v.out());
    }
}
