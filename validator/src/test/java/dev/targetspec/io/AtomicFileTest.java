package dev.targetspec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheModeOfAnyNewFileUnderTheUmask() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path written = dir.resolve("index.html");
        AtomicFile.write(written, "<html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(written));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFile.write(script, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(script));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        AtomicFile.write(dir.resolve("a.txt"), new byte[] {1});
        AtomicFile.write(dir.resolve("a.txt"), new byte[] {2});
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("a.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
