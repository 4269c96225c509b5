package dev.targetspec.chip.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The commit a git checkout has checked out, read from its {@code .git} folder without running git. */
final class GitHead {
    private GitHead() {
    }

    /**
     * The commit of the checkout whose top folder is {@code dir}, if it is one. Folders above are not
     * searched: a copy of the files inside some other repository is not a checkout of their source.
     */
    static Optional<String> of(Path dir) {
        Path git = dir.resolve(".git");
        try {
            if (Files.isRegularFile(git)) {
                // A worktree or submodule: `gitdir: PATH`.
                String text = read(git);
                if (!text.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                git = dir.resolve(text.substring(7).strip());
            }
            return Files.isDirectory(git) ? commit(git) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> commit(Path git) throws IOException {
        String head = read(git.resolve("HEAD"));
        if (!head.startsWith("ref:")) {
            return sha(head);
        }
        String ref = head.substring(4).strip();
        Path common = git;
        if (Files.isRegularFile(git.resolve("commondir"))) {
            common = git.resolve(read(git.resolve("commondir"))).normalize();
        }
        for (Path base : new Path[] {git, common}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return sha(read(loose));
            }
            Path packed = base.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : read(packed).split("\n")) {
                    if (line.endsWith(" " + ref)) {
                        return sha(line.substring(0, line.indexOf(' ')));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sha(String text) {
        String s = text.strip();
        return s.matches("[0-9a-f]{40}") ? Optional.of(s) : Optional.empty();
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).strip();
    }
}
