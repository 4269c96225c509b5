package dev.targetspec.io;

import dev.targetspec.diag.Refused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What targetspec has written into one folder, so that it never overwrites a file it did not write.
 * The record is {@value #MANIFEST} in that folder, in the format of {@code sha256sum} (one line per
 * file: the SHA-256 of its contents, two spaces, its path in the folder with {@code /} between
 * sub-folders), so {@code sha256sum -c .targetspec-outputs} checks it. A file may be replaced when it
 * does not exist, when it already holds exactly the new contents, or when it still holds what
 * targetspec recorded writing; anything else needs {@code --force}. A file in the record that a run
 * no longer writes can be removed the same way: only while it still holds what was recorded.
 */
public final class Outputs {
    public static final String MANIFEST = ".targetspec-outputs";
    /** A manifest larger than this is not one targetspec wrote. */
    private static final int MAX_MANIFEST = 8 * 1024 * 1024;
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *]([^\\\\\\x00-\\x1f]+)");

    private final Path dir;
    private final Map<String, String> recorded;

    private Outputs(Path dir, Map<String, String> recorded) {
        this.dir = dir;
        this.recorded = recorded;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The record of {@code dir}; empty when there is none. Lines that are not entries are ignored. */
    public static Outputs in(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(DisplayPath.of(dir) + " is a file; the outputs go into a folder.");
        }
        Map<String, String> recorded = new TreeMap<>();
        Path manifest = dir.resolve(MANIFEST);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(manifest)) {
                bytes = in.readNBytes(MAX_MANIFEST + 1);
            }
            if (bytes.length > MAX_MANIFEST) {
                throw new IOException(manifest + " is larger than " + MAX_MANIFEST + " bytes; it is not a targetspec record");
            }
            new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> {
                Matcher m = LINE.matcher(line);
                if (m.matches() && plainPath(m.group(2))) {
                    recorded.put(m.group(2), m.group(1));
                }
            });
        }
        return new Outputs(dir, recorded);
    }

    /**
     * The file {@code name} in this folder, or empty when {@code name} is not a plain file name and
     * so would put the file somewhere else.
     */
    public Optional<Path> file(String name) {
        if (!plainName(name) || name.equals(MANIFEST)) {
            return Optional.empty();
        }
        Path p;
        try {
            p = dir.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // not a name this file system (or locale) can hold
        }
        return p.normalize().getParent() != null && p.getParent().normalize().equals(dir.normalize())
                ? Optional.of(p) : Optional.empty();
    }

    /**
     * The file at {@code relative} (plain names joined with {@code /}) under this folder, or empty when
     * the path would leave the folder: it is absolute, names {@code .} or {@code ..}, or passes through
     * a link.
     */
    public Optional<Path> path(String relative) {
        if (!plainPath(relative) || relative.equals(MANIFEST)) {
            return Optional.empty();
        }
        Path p;
        try {
            p = dir.resolve(relative);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        for (Path at = p.getParent(); at != null && !at.equals(dir); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return Optional.empty();
            }
        }
        return p.normalize().startsWith(dir.normalize()) ? Optional.of(p) : Optional.empty();
    }

    /** Whether the record lists {@code relative}. */
    public boolean records(String relative) {
        return recorded.containsKey(relative);
    }

    /** Whether the record lists any file. */
    public boolean isEmpty() {
        return recorded.isEmpty();
    }

    /** Whether {@code file} is in the record and was changed after targetspec wrote it. */
    public boolean edited(Path file) throws IOException {
        String had = recorded.get(key(file));
        return had != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !had.equals(sha256(Files.readAllBytes(file)));
    }

    /** Why writing {@code bytes} to {@code file} would lose something, or empty when it would not. */
    public Optional<String> conflict(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is not a regular file");
        }
        String had = recorded.get(key(file));
        if (had == null) {
            return Files.size(file) == bytes.length && sha256(Files.readAllBytes(file)).equals(sha256(bytes))
                    ? Optional.empty() : Optional.of("was not written by targetspec");
        }
        return had.equals(sha256(Files.readAllBytes(file))) ? Optional.empty()
                : Optional.of("was changed after targetspec wrote it");
    }

    /**
     * Writes {@code files} (each in this folder) and the record. Unless {@code force}, every file is
     * checked first, and nothing is written when one would lose something.
     */
    public void writeAll(Map<Path, byte[]> files, boolean force) throws RefusedException, IOException {
        if (!force) {
            refuseConflicts(files);
        }
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            write(e.getKey(), e.getValue());
        }
        save();
    }

    /**
     * Writes {@code bytes} to the file {@code path} and records it in its folder's record, refusing as
     * {@link #writeAll} does, and refusing a folder or a path that names no file.
     */
    public static void writeOne(Path path, byte[] bytes, boolean force) throws RefusedException, IOException {
        if (Files.isDirectory(path)) {
            throw new RefusedException(path + " is a folder; name the file to write.");
        }
        Outputs outputs = in(path.toAbsolutePath().normalize().getParent());
        Path file = outputs.file(path.getFileName() == null ? "" : path.getFileName().toString())
                .orElseThrow(() -> new RefusedException(path + " is not a file name."));
        outputs.writeAll(Map.of(file, bytes), force);
    }

    /** Throws, naming the first three, when writing any of {@code files} would lose something. */
    private void refuseConflicts(Map<Path, byte[]> files) throws RefusedException, IOException {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Optional<String> why = conflict(e.getKey(), e.getValue());
            if (why.isPresent()) {
                refused.add(DisplayPath.of(e.getKey()) + " " + why.get());
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused.size() + " file" + (refused.size() == 1 ? "" : "s")
                    + " not overwritten: " + String.join("; ", refused.subList(0, Math.min(3, refused.size())))
                    + (refused.size() > 3 ? "; and " + (refused.size() - 3) + " more" : "")
                    + ". Nothing was written; pass --force to overwrite.");
        }
    }

    /** A write that was refused, because a file would be lost or a path is not a file's; nothing was written. */
    public static final class RefusedException extends Refused {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Writes {@code bytes} to {@code file} atomically and records it; call {@link #save()} after. */
    public void write(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, bytes);
        recorded.put(key(file), sha256(bytes));
    }

    /**
     * What {@link #removeStale} did.
     *
     * @param removed the recorded files it removed
     * @param kept recorded files it left because they changed after targetspec wrote them
     */
    public record Cleanup(List<Path> removed, List<Path> kept) {
        public Cleanup {
            removed = List.copyOf(removed);
            kept = List.copyOf(kept);
        }
    }

    /**
     * Removes the files of the record that are not in {@code keep} and still hold what was recorded,
     * with the folders that leaves empty; call {@link #save()} after. A changed file is left in place.
     */
    public Cleanup removeStale(Set<Path> keep) throws IOException {
        Set<String> keys = new HashSet<>();
        keep.forEach(p -> keys.add(key(p)));
        List<Path> removed = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : new ArrayList<>(recorded.entrySet())) {
            Optional<Path> file = path(e.getKey());
            if (keys.contains(e.getKey()) || file.isEmpty()) {
                continue;
            }
            Path f = file.get();
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                recorded.remove(e.getKey());
            } else if (sha256(Files.readAllBytes(f)).equals(e.getValue())) {
                Files.delete(f);
                recorded.remove(e.getKey());
                removed.add(f);
                for (Path at = f.getParent(); at != null && !at.equals(dir) && at.startsWith(dir); at = at.getParent()) {
                    try (var entries = Files.list(at)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(at);
                }
            } else {
                kept.add(f);
            }
        }
        return new Cleanup(removed, kept);
    }

    /** Writes the record atomically, keeping the entries of files that still exist. */
    public void save() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            if (Files.exists(dir.resolve(e.getKey()), LinkOption.NOFOLLOW_LINKS)) {
                b.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
            }
        }
        AtomicFile.write(dir.resolve(MANIFEST), b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code file}'s path in this folder, with {@code /} between sub-folders: its key in the record. */
    private String key(Path file) {
        Path rel = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            b.append(b.length() == 0 ? "" : "/").append(part);
        }
        return b.toString();
    }

    /** Plain names joined with {@code /}: no empty part, no {@code .} or {@code ..}, no leading {@code /}. */
    private static boolean plainPath(String path) {
        for (String part : path.split("/", -1)) {
            if (!plainName(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.chars().noneMatch(c -> c == '/'
                || c == '\\' || c < 0x20 || c == 0x7f);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
