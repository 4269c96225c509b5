package dev.targetspec.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModernClassFilesTest {
    @Test
    void picocliBecomesJava8ClassFilesThatVerifyAndRun(@TempDir Path dir) throws Exception {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("picocli.jar");
        Files.copy(original, jar);
        List<String> before = names(jar);
        assertEquals(49, major(jar, "picocli/CommandLine.class"), "picocli is expected to ship Java 5 class files");

        int rewritten = ModernClassFiles.rewrite(jar);

        assertTrue(rewritten > 100, "rewritten: " + rewritten);
        assertEquals(before, names(jar), "entries and their order are kept");
        for (String name : before) {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                assertEquals(52, major(jar, name), name);
            }
        }
        // Loading and initialising every class runs the type-checking verifier on the computed frames.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : before) {
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), true, loader);
                }
            }
            Class<?> cl = Class.forName("picocli.CommandLine", true, loader);
            Object range = Class.forName("picocli.CommandLine$Range", true, loader).getMethod("valueOf", String.class)
                    .invoke(null, "1..*");
            assertEquals("1..*", range.toString());
            assertEquals(52, major(jar, cl.getName().replace('.', '/') + ".class"));
        }
    }

    @Test
    void aJarWithNothingOldIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path original = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("junit.jar");
        Files.copy(original, jar);
        assertEquals(0, ModernClassFiles.rewrite(jar));
        assertEquals(names(original), names(jar));
    }

    private static List<String> names(Path jar) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                out.add(e.nextElement().getName());
            }
        }
        return out;
    }

    private static int major(Path jar, String entry) throws Exception {
        try (ZipFile z = new ZipFile(jar.toFile()); InputStream in = z.getInputStream(z.getEntry(entry))) {
            return ModernClassFiles.major(in.readNBytes(8));
        }
    }
}
