package dev.targetspec.render;

import java.util.regex.Pattern;

/**
 * One rendered artifact as a page shows it: a heading, the file name it downloads as, and its text.
 *
 * @param name     what the artifact is, e.g. {@code rustc-json} or {@code linker script}
 * @param fileName the file it is saved as, e.g. {@code x86_64-unknown-none.json}; a plain name with
 *                 no folder, since pages link to it beside themselves
 * @param text     the artifact's full text
 */
public record ArtifactView(String name, String fileName, String text) {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ArtifactView {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an artifact needs a name");
        }
        if (fileName == null || !PLAIN_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            throw new IllegalArgumentException("artifact file name must be a plain file name: " + fileName);
        }
        if (text == null) {
            throw new IllegalArgumentException("artifact " + name + " has no text");
        }
    }
}
