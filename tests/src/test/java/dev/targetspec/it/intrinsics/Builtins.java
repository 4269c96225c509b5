package dev.targetspec.it.intrinsics;

import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The local rustc's built-in targets, as {@link Target}s in the registry shape. */
final class Builtins {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Builtins() {
    }

    static List<String> targetList() throws IOException, InterruptedException {
        Probe.Run r = Probe.exec(List.of("rustc", "--print", "target-list"), Path.of("."));
        if (r.code() != 0) {
            throw new IOException("rustc --print target-list failed: " + r.output());
        }
        List<String> out = new ArrayList<>();
        for (String line : r.output().split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    static String rustcVersion() throws IOException, InterruptedException {
        return Probe.exec(List.of("rustc", "--version"), Path.of(".")).output().strip();
    }

    /** The LLVM version the local rustc was built with, from {@code rustc -vV}. */
    static String llvmVersion() throws IOException, InterruptedException {
        for (String line : Probe.exec(List.of("rustc", "-vV"), Path.of(".")).output().split("\n")) {
            if (line.startsWith("LLVM version:")) {
                return line.substring("LLVM version:".length()).strip();
            }
        }
        return "";
    }

    /** rustc's own JSON for a built-in target, without its metadata. */
    static ObjectNode rustcSpec(String triple) throws IOException, InterruptedException {
        Probe.Run r = Probe.exec(List.of("rustc", "-Z", "unstable-options", "--print", "target-spec-json", "--target",
                triple), Path.of("."), false);
        if (r.code() != 0) {
            throw new IOException("rustc --print target-spec-json --target " + triple + " failed: " + r.output());
        }
        ObjectNode spec = (ObjectNode) JSON.readTree(r.output());
        spec.remove("metadata");
        return spec;
    }

    /** The registry document for a built-in, resolved into a {@link Target}. */
    static Target target(String triple, JsonNode rustcSpec) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("$schema", "x");
        doc.put("triple", triple);
        doc.putObject("metadata").put("status", "builtin");
        doc.set("rustc", rustcSpec.deepCopy());
        try {
            byte[] bytes = JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
            return Inheritance.resolve(List.of(SpecLoader.parse(Path.of(triple + ".json"), bytes)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the spec of " + triple, e);
        }
    }

    static Target target(String triple) throws IOException, InterruptedException {
        return target(triple, rustcSpec(triple));
    }
}
