package dev.targetspec.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes files so that a reader sees the old contents or the new, never a torn mix. A new file gets
 * the permissions any program's new file gets under the user's umask; a replaced file keeps its own.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, then renames it over {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = create(dir, "." + target.getFileName());
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            keepMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file in {@code dir} named {@code prefix} and a random suffix. It is created without
     * file attributes, so the operating system applies the umask as for any new file (where
     * {@link Files#createTempFile} would make it readable by its owner alone).
     */
    private static Path create(Path dir, String prefix) throws IOException {
        for (int tries = 0; ; tries++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path tmp = dir.resolve(prefix + "." + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                Files.createFile(tmp);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (tries > 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code tmp} the permissions of {@code target} when it replaces an existing regular file. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
    }
}
