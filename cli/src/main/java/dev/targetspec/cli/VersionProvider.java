package dev.targetspec.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads what Maven wrote into the jar: the version, and where the rule pages are published. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        return properties().getProperty("version", "unknown");
    }

    /**
     * The published page of rule {@code id}: {@code <id>.md} under the build's {@code targetspec.rules.url}
     * (the root POM's), or empty in a build that did not set it.
     */
    static java.util.Optional<String> rulePage(String id) {
        String base = properties().getProperty("rules.url", "");
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(base + (base.endsWith("/") ? "" : "/") + id + ".md");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return p;
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"targetspec " + version(), "rustc target-spec schema 1.95"};
    }
}
