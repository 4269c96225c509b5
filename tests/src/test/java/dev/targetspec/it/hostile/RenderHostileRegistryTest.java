package dev.targetspec.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code render --all} over the repository's registry with the hostile corpus added: the valid
 * targets are rendered, every invalid file is reported, the exit code is 1, nothing is written
 * outside {@code -o}, and files that targetspec did not write are never overwritten without --force.
 */
class RenderHostileRegistryTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;

    static Path registry;
    static Path work;

    @BeforeAll
    static void buildAHostileRegistry() throws Exception {
        registry = tmp.resolve("registry");
        copy(Proc.root().resolve("targets"), registry);
        copy(HostileInputTest.CORPUS.resolve("files"), registry.resolve("hostile"));
        Path generated = tmp.resolve("generated");
        for (Case c : Generated.write(generated)) {
            if (!c.registry() && Files.isRegularFile(c.path(), LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(c.path(), registry.resolve("hostile").resolve(c.path().getFileName()));
            }
        }
        work = Files.createDirectories(tmp.resolve("work"));
    }

    @Test
    void rendersTheValidReportsTheInvalidAndWritesOnlyIntoTheOutputFolder() throws Exception {
        Map<Path, String> before = snapshot(tmp);
        Proc.Result r = Jar.run(work, "render", "--registry", registry.toString(), "--all", "--artifact", "rustc-json",
                "-o", "out");
        assertEquals(1, r.code(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"),
                r.err());
        Map<Path, String> after = snapshot(tmp);
        after.keySet().removeIf(p -> p.startsWith(work.resolve("out")));
        assertEquals(before, after, "nothing changed outside -o");

        Proc.Result v = Jar.run(work, "validate", "--registry", registry.toString(), "--format", "json");
        JsonNode results = JSON.readTree(v.out()).get("results");
        Set<String> valid = new TreeSet<>();
        Set<String> invalidFiles = new TreeSet<>();
        for (JsonNode res : results) {
            if (res.get("valid").asBoolean()) {
                valid.add(res.get("target").asString() + ".json");
            } else {
                invalidFiles.add(Path.of(res.get("file").asString()).getFileName().toString());
            }
        }
        assertTrue(valid.size() >= 300, valid.size() + " valid targets");
        Set<String> written;
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            written = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(written.remove(".targetspec-outputs"), "the folder records what was written");
        assertEquals(valid, written, "exactly the valid targets are rendered");
        assertTrue(r.out().contains("wrote " + valid.size() + " rustc-json files"), r.out());
        for (String file : invalidFiles) {
            String shown = file.replace("\n", "\\u000a");
            assertTrue(r.err().contains(shown), file + " is reported");
        }
        assertTrue(invalidFiles.size() >= 150, invalidFiles.size() + " invalid files reported");
    }

    @Test
    void neverOverwritesAFileItDidNotWriteWithoutForce() throws Exception {
        Path out = tmp.resolve("guarded");
        String[] render = {"render", "--registry", Proc.root().resolve("targets").toString(), "--all", "--artifact",
            "rustc-json", "-o", out.toString()};
        Proc.Result first = Jar.run(work, render);
        assertEquals(0, first.code(), first.err());
        Proc.Result again = Jar.run(work, render);
        assertEquals(0, again.code(), "files it wrote, unchanged, are replaced: " + again.err());

        Path mine = out.resolve("x86_64-unknown-none.json");
        Files.writeString(mine, "{\"edited\": true}\n");
        Path hand = out.resolve("x86_64-unknown-none-multiboot.json");
        Files.delete(hand);
        Files.writeString(hand, "hand-written\n");
        Map<Path, String> before = snapshot(out);
        Proc.Result refused = Jar.run(work, render);
        assertEquals(2, refused.code(), refused.err());
        String error = refused.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
        assertTrue(error.contains("2 files not overwritten") && error.contains("x86_64-unknown-none.json was changed after "
                + "targetspec wrote it") && error.contains("pass --force"), refused.err());
        assertEquals(before, snapshot(out), "nothing was written");

        Proc.Result forced = Jar.run(work, Stream.concat(Stream.of(render), Stream.of("--force")).toArray(String[]::new));
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(mine).contains("\"llvm-target\""), "overwritten with --force");
        assertFalse(Files.readString(hand).startsWith("hand-written"));

        Path single = work.resolve("single.json");
        Files.writeString(single, "mine\n");
        Proc.Result one = Jar.run(work, "render", "--registry", Proc.root().resolve("targets").toString(),
                "x86_64-unknown-none", "--artifact", "rustc-json", "-o", "single.json");
        assertEquals(2, one.code(), one.err());
        assertEquals("mine\n", Files.readString(single));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** Every file under {@code root} (links not followed) with the SHA-256 of its contents. */
    static Map<Path, String> snapshot(Path root) throws Exception {
        Map<Path, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(p, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(p, "special");
                }
            }
        }
        return out;
    }
}
