package dev.targetspec.it.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `targetspec lsp` in a real editor: neovim's built-in LSP client, driven headless by
 * {@code editor/nvim-lsp.lua}, opens a target file with a misspelled field, receives targetspec's
 * diagnostic, hovers, completes, applies the preferred quick fix and sees the diagnostic go.
 */
class NeovimLspTest {
    @TempDir
    Path dir;

    @Test
    void neovimGetsTheDiagnosticAndTheQuickFixRemovesIt() throws Exception {
        Proc.require("nvim", "neovim");
        Path file = dir.resolve("my-kernel.json");
        String original = resource("my-kernel.json");
        Files.writeString(file, original);
        Path script = dir.resolve("nvim-lsp.lua");
        Files.writeString(script, resource("nvim-lsp.lua"));
        Path jar = Proc.root().resolve("cli/target/targetspec.jar").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.json");

        Proc.Result r = Proc.run(dir, Map.of(
                "TS_CMD", String.join("\t", java, "-jar", jar.toString(), "lsp", "--registry",
                        Proc.root().resolve("targets").toAbsolutePath().toString()),
                "TS_FILE", file.toString(),
                "TS_HOVER", "2:5",
                "TS_COMPLETE", "6:3",
                "TS_OUT", out.toString(),
                "HOME", dir.toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()), 240,
                List.of("nvim", "--headless", "--clean", "-c", "luafile " + script));
        assertTrue(Files.exists(out), "neovim wrote no result: " + r.out() + r.err());
        JsonNode seen = JsonMapper.builder().build().readTree(Files.readString(out));
        assertFalse(seen.has("error"), seen.path("error").asString());

        JsonNode diagnostics = seen.get("diagnostics");
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        JsonNode d = diagnostics.get(0);
        assertEquals("`disable_redzone` is not a field: rustc spells its fields with hyphens, `disable-redzone`; rename it.",
                d.get("message").asString());
        assertEquals("schema", d.get("code").asString());
        assertEquals(6, d.get("line").asInt());
        assertEquals(2, d.get("col").asInt());

        String hover = seen.get("hover").asString();
        assertTrue(hover.contains("`code-model`") && hover.contains("`\"kernel\"`") && hover.contains("llvm-code-model"), hover);
        List<String> labels = new ArrayList<>();
        seen.get("completion").forEach(n -> labels.add(n.asString()));
        assertTrue(labels.contains("disable-redzone") && labels.contains("relocation-model"), labels.toString());
        assertFalse(labels.contains("arch"), "a field the file has is not offered");

        assertEquals("Rename `disable_redzone` to `disable-redzone`.", seen.get("applied").asString());
        assertEquals(0, seen.get("after").size(), "the quick fix removes the diagnostic: " + seen.get("after"));
        assertEquals(original.replace("\"disable_redzone\"", "\"disable-redzone\""), Files.readString(file),
                "neovim saved the file with only the key changed");
        assertEquals(0, Proc.targetspec(dir, "validate", file.toString()).code(), "the fixed file is valid");
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = NeovimLspTest.class.getResourceAsStream("/editor/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
