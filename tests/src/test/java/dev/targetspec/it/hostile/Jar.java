package dev.targetspec.it.hostile;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the packaged jar the way {@code bin/targetspec} does: the same JVM flags and class-data archive. */
final class Jar {
    private Jar() {
    }

    static Proc.Result run(Path dir, String... args) {
        Path jar = Proc.root().resolve("cli/target/targetspec.jar").toAbsolutePath();
        Path archive = Proc.root().resolve("cli/target/targetspec.jsa").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        if (Files.isRegularFile(archive)) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xshare:auto");
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return Proc.run(dir, Map.of(), 120, cmd);
    }
}
