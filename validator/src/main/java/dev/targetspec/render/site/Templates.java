package dev.targetspec.render.site;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The site's Mustache templates, read from the classpath. The HTML compiler escapes every
 * {@code {{value}}} for HTML (including quotes, so values are safe in attributes); the Markdown
 * compiler escapes for Markdown. Only {@code {{{value}}}} is raw, and the model builds those values
 * itself (fences, escaped Markdown, file names restricted to a safe alphabet).
 */
final class Templates {
    static final String BASE = "/dev/targetspec/site/";

    private Templates() {
    }

    static Mustache.Compiler html() {
        return Mustache.compiler().withEscaper(Escapers.HTML).nullValue("").withLoader(Templates::partial);
    }

    static Mustache.Compiler markdown() {
        return Mustache.compiler().withEscaper(Markdown.ESCAPER).nullValue("").withLoader(Templates::partial);
    }

    static Template compile(Mustache.Compiler compiler, String name) {
        return compiler.compile(read(name));
    }

    static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        return read(name).getBytes(StandardCharsets.UTF_8);
    }

    private static Reader partial(String name) {
        return new StringReader(read(name + ".mustache"));
    }

    static Reader reader(String name) {
        return new InputStreamReader(Templates.class.getResourceAsStream(BASE + name), StandardCharsets.UTF_8);
    }
}
