package dev.targetspec.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * bin/targetspec picks the JVM and the start-up cache: a JDK 25's AOT cache only for the jar and the
 * JDK it was recorded with (the JVM itself does not reject a cache recorded for another jar), and
 * JVM messages on standard error only, so that they never corrupt {@code --format json}.
 */
class LauncherTest {
    private static final Path BUILT = Proc.root().resolve("cli/target").toAbsolutePath();

    @TempDir
    Path dir;

    Path jar;

    @BeforeEach
    void copyTheJarAndItsCaches() throws Exception {
        assumeTrue(Files.exists(BUILT.resolve("targetspec.aot")), "the build recorded no AOT cache (no JDK 25 here)");
        for (String name : List.of("targetspec.jar", "targetspec.aot", "targetspec.aot.stamp", "targetspec.jsa")) {
            Files.copy(BUILT.resolve(name), dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        jar = dir.resolve("targetspec.jar");
        Files.writeString(dir.resolve("my-target.json"), "{\"arch\": \"x86_64\", \"llvm-target\": \"x86_64-unknown-none\", "
                + "\"target-pointer-width\": 64, \"data-layout\": \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128\"}\n");
    }

    private Proc.Result launch(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Proc.root().resolve("bin/targetspec").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return Proc.run(dir, Map.of("TARGETSPEC_JAR", jar.toString(), "TARGETSPEC_SHOW_JVM", "1"), 120, cmd);
    }

    @Test
    void theAotCacheRecordedForThisJarAndJdkIsUsed() throws Exception {
        Proc.Result r = launch("validate", "my-target.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("-XX:AOTCache=" + dir.resolve("targetspec.aot")), r.err());
        String jdk = Files.readAllLines(dir.resolve("targetspec.aot.stamp")).get(0);
        assertTrue(r.err().startsWith("targetspec: " + jdk + "/bin/java "), r.err());
    }

    @Test
    void aCacheForAnotherJarIsNotUsed() throws Exception {
        // The jar rebuilt after its cache: another modification time.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        Proc.Result r = launch("validate", "my-target.json");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("AOTCache"), r.err());
        assertTrue(r.out().contains("\n1 file: 1 valid, 0 invalid"), r.out());
    }

    @Test
    void aCacheForAnotherBuildOfTheJdkIsNotUsed() throws Exception {
        List<String> stamp = Files.readAllLines(dir.resolve("targetspec.aot.stamp"));
        Files.write(dir.resolve("targetspec.aot.stamp"), List.of(stamp.get(0), "25.0.0+1-other"));
        Proc.Result r = launch("validate", "my-target.json");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("AOTCache"), r.err());
    }

    @Test
    void aJvmWarningGoesToStandardErrorAndJsonStaysJson() throws Exception {
        // A damaged cache that passes the launcher's checks: the JVM warns and runs without it.
        Path aot = dir.resolve("targetspec.aot");
        FileTime time = Files.getLastModifiedTime(aot);
        byte[] head = new byte[1 << 20];
        try (var in = Files.newInputStream(aot)) {
            in.readNBytes(head, 0, head.length);
        }
        Files.write(aot, head);
        Files.setLastModifiedTime(aot, time);
        Proc.Result r = launch("validate", "--format", "json", "my-target.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("[aot]"), "the JVM's warning is on standard error: " + r.err());
        assertTrue(JsonMapper.builder().build().readTree(r.out()).at("/summary/valid").asInt() == 1, r.out());
    }
}
