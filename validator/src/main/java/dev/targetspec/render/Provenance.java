package dev.targetspec.render;

/**
 * What a generated file says about where it came from.
 *
 * @param source the spec it was rendered from (a path or a triple)
 * @param tool the name and version of the tool that rendered it, for example {@code targetspec 0.1.0}
 */
public record Provenance(String source, String tool) {
}
