package dev.targetspec.render;

import dev.targetspec.render.boot.BootHeader;
import dev.targetspec.render.boot.BootStub;
import dev.targetspec.render.linker.LinkerScript;
import java.util.List;
import java.util.Optional;

/** Every renderer, by name. */
public final class Renderers {
    private Renderers() {
    }

    public static List<Renderer> all() {
        return List.of(new LinkerScript(), new BootHeader(), new BootStub());
    }

    public static Optional<Renderer> named(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
