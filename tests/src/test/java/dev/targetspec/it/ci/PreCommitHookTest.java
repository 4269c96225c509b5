package dev.targetspec.it.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook ({@code .pre-commit-hooks.yaml}) as a project uses it, with Debian's pre-commit:
 * a hook repository holding this checkout's hook definition, launcher and registry, and a scratch
 * project whose config names it. The hook runs the packaged jar ({@code TARGETSPEC_JAR}) instead of
 * building one in pre-commit's clone.
 */
class PreCommitHookTest {
    @TempDir
    Path dir;

    @Test
    void preCommitFailsOnABadTargetFileAndPassesOnAGoodOne() throws Exception {
        Proc.require("pre-commit", "pre-commit");
        Proc.require("git", "git");
        Map<String, String> env = env();
        Path hooks = dir.resolve("hooks");
        copy(Proc.root().resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        copy(Proc.root().resolve("bin"), hooks.resolve("bin"));
        copy(Proc.root().resolve("targets"), hooks.resolve("targets"));
        git(hooks, env, "init", "-q");
        git(hooks, env, "add", "-A");
        git(hooks, env, "commit", "-q", "-m", "hooks");
        String rev = git(hooks, env, "rev-parse", "HEAD").out().strip();

        Path project = dir.resolve("project");
        Files.createDirectories(project);
        git(project, env, "init", "-q");
        Files.writeString(project.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks.toUri()
                + "\n    rev: " + rev + "\n    hooks:\n      - id: targetspec\n");
        String bad = resource("/editor/my-kernel.json");
        Files.writeString(project.resolve("x86_64-unknown-mykernel.json"), bad);
        // Not a target file: the hook's default file pattern leaves it alone.
        Files.writeString(project.resolve("package.json"), "{ not json");
        git(project, env, "add", "-A");

        Proc.Result failed = preCommit(project, env);
        assertEquals(1, failed.code(), failed.out() + failed.err());
        assertTrue(failed.out().contains("x86_64-unknown-mykernel.json:7:3: error[schema]: `disable_redzone` is not a field"),
                failed.out());
        assertFalse(failed.out().contains("package.json"), failed.out());

        Files.writeString(project.resolve("x86_64-unknown-mykernel.json"), bad.replace("disable_redzone", "disable-redzone"));
        git(project, env, "add", "-A");
        Proc.Result passed = preCommit(project, env);
        assertEquals(0, passed.code(), passed.out() + passed.err());
        assertTrue(passed.out().contains("targetspec validate") && passed.out().contains("Passed"), passed.out());
    }

    private Proc.Result preCommit(Path project, Map<String, String> env) {
        return Proc.run(project, env, 300, List.of("pre-commit", "run", "--all-files"));
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString());
        env.put("TARGETSPEC_JAR", Proc.root().resolve("cli/target/targetspec.jar").toAbsolutePath().toString());
        env.put("GIT_AUTHOR_NAME", "test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        return env;
    }

    private static Proc.Result git(Path dir, Map<String, String> env, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Proc.Result r = Proc.run(dir, env, 60, cmd);
        assertEquals(0, r.code(), "git " + String.join(" ", args) + ": " + r.err());
        return r;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PreCommitHookTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
