package dev.targetspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the README shows is what the repository holds. */
class ReadmeTest {
    static Path root() {
        return Path.of(System.getProperty("targetspec.root", ".."));
    }

    @Test
    void theSpecFormatExampleIsTheRealFile() throws Exception {
        String readme = Files.readString(root().resolve("README.md"));
        assertTrue(readme.contains("`targets/x86_64/x86_64-unknown-none-multiboot.json`:\n\n```jsonc\n"),
                "the README names the file it shows, just before it");
        int start = readme.indexOf("```jsonc\n") + "```jsonc\n".length();
        String block = readme.substring(start, readme.indexOf("```\n", start));
        String json = block.lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
        JsonNode shown = Json.MAPPER.readTree(json);
        JsonNode real = Json.MAPPER.readTree(Files.readString(
                root().resolve("targets/x86_64/x86_64-unknown-none-multiboot.json")));
        List<String> differences = new ArrayList<>();
        compare("", shown, real, differences);
        assertEquals(List.of(), differences);
    }

    /** Equal, but for strings the README ends with `…`, which must begin the real string. */
    static void compare(String at, JsonNode shown, JsonNode real, List<String> out) {
        if (shown.isString() && real.isString() && shown.asString().endsWith(" …")) {
            String prefix = shown.asString().substring(0, shown.asString().length() - 2);
            if (!real.asString().startsWith(prefix)) {
                out.add(at + ": the real text does not begin with `" + prefix + "`");
            }
            return;
        }
        if (shown.isObject() && real.isObject()) {
            if (!new ArrayList<>(shown.propertyNames()).equals(new ArrayList<>(real.propertyNames()))) {
                out.add(at + ": fields " + shown.propertyNames() + " but the file has " + real.propertyNames());
                return;
            }
            shown.properties().forEach(e -> compare(at + "/" + e.getKey(), e.getValue(), real.get(e.getKey()), out));
            return;
        }
        if (!shown.equals(real)) {
            out.add(at + ": " + shown + " but the file has " + real);
        }
    }
}
