package dev.targetspec.render;

import dev.targetspec.spec.Target;

/** Turns a resolved target into the text of one generated file. Renderers never print. */
public interface Renderer {
    /** The name the command line uses: {@code linker-script}, {@code boot-header}, {@code boot-stub}. */
    String name();

    /** A conventional file name for the output, such as {@code x86_64-unknown-none.ld}. */
    String fileName(Target target);

    /** Renders {@code target}; the text carries {@code provenance} in its header. */
    String render(Target target, Provenance provenance) throws RenderException;
}
