package dev.targetspec.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar that are older than Java 6 (major version below 50) as Java 8
 * class files with stack map frames, computed by ASM. Such old class files (picocli ships them) are
 * checked by the old verifier on every start, and neither a class-data archive nor an AOT cache can
 * hold them; once rewritten, both can. The code itself is not changed.
 *
 * <p>Usage: {@code ModernClassFiles JAR}; the jar is replaced in place, its entries kept in order.
 */
public final class ModernClassFiles {
    /** The first class-file version that the type-checking verifier, CDS and the AOT cache accept. */
    static final int FIRST_WITH_FRAMES = Opcodes.V1_6 & 0xFFFF;

    private ModernClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModernClassFiles JAR");
        }
        int n = rewrite(Path.of(args[0]));
        System.out.println("ModernClassFiles: " + n + " class files rewritten as Java 8 class files in " + args[0]);
    }

    /** Rewrites {@code jar} in place; returns how many class files were rewritten. */
    static int rewrite(Path jar) throws IOException {
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        int count = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/") && major(bytes) < FIRST_WITH_FRAMES) {
                    bytes = modern(bytes, loader);
                    count++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return count;
    }

    /** The major version of a class file. */
    static int major(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    /**
     * The same class as a Java 8 class file. Frames are computed from scratch, which needs the common
     * superclass of two types: they are looked up in the jar itself, then in the JDK.
     */
    static byte[] modern(byte[] classFile, ClassLoader loader) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
