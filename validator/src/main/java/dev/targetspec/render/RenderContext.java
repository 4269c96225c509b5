package dev.targetspec.render;

/**
 * What a rendering needs besides the target.
 *
 * @param provenance what the generated file's header says it comes from
 * @param embedLinkScript for the rustc JSON: put the rendered linker script in its {@code link-script} field
 */
public record RenderContext(Provenance provenance, boolean embedLinkScript) {
    public RenderContext(Provenance provenance) {
        this(provenance, false);
    }
}
