package dev.targetspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.targetspec.Repo;
import dev.targetspec.json.Json;
import dev.targetspec.registry.Registry;
import dev.targetspec.spec.SpecFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structure-aware inputs: a real registry spec with a few fuzzer-chosen edits (set, replace or
 * remove a member or element), so that the fuzzer spends its time in inheritance, the schema and
 * the rules rather than in JSON syntax.
 */
final class Mutator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Member names the rules and the schema read, and a few that nothing defines. */
    private static final String[] KEYS = {"arch", "os", "env", "abi", "vendor", "data-layout", "llvm-target",
        "target-endian", "target-pointer-width", "panic-strategy", "binary-format", "linker-flavor", "features",
        "cpu", "max-atomic-width", "metadata", "tier", "std", "host-tools", "status", "description", "boot",
        "protocol", "header-section", "layout", "load-base", "virtual-base", "page-size", "regions", "sections",
        "name", "origin", "length", "inputs", "align", "region", "stack", "size", "placement", "entry", "symbol",
        "inherits", "triple", "$comment", "rustc", "unknown-field"};
    /** Values that mean something somewhere. */
    private static final String[] WORDS = {"x86_64", "x86", "aarch64", "arm", "riscv64", "none", "linux", "gnu",
        "eabihf", "little", "big", "abort", "unwind", "elf", "multiboot", "multiboot2", "builtin", "custom",
        "x86_64-unknown-none", "x86_64-unknown-none-multiboot", "i686-unknown-linux-gnu", "E-p:32:32", "e-p:64:64",
        "p0:", "0x100000", "1M", "99999999999999999999", "0xffffffffffffffff", "16777216G", ".text", "} INCLUDE x {",
        "/*", "\u0445", "\u200d", "", "-", "a/../b", "<script>"};

    private Mutator() {
    }

    /** The registry the fuzz targets validate against. */
    static Registry registry() {
        return Repo.registry();
    }

    /** A registry file picked by the fuzzer, with its document edited by the fuzzer. */
    static Mutant mutate(FuzzedDataProvider data) {
        return mutate(data, registry().triples());
    }

    /** One of {@code triples} (registry files) picked by the fuzzer, with its document edited by the fuzzer. */
    static Mutant mutate(FuzzedDataProvider data, List<String> triples) {
        Registry reg = registry();
        SpecFile base = reg.file(triples.get(data.consumeInt(0, triples.size() - 1))).orElseThrow();
        ObjectNode doc = base.doc().deepCopy();
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(doc, data);
        }
        return new Mutant(base, doc, Json.pretty(doc));
    }

    /** The picked file, the edited document, and that document as file text. */
    record Mutant(SpecFile base, ObjectNode doc, String text) {
    }

    private static void edit(ObjectNode doc, FuzzedDataProvider data) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode at = containers.get(data.consumeInt(0, containers.size() - 1));
        int op = data.consumeInt(0, 2);
        if (at instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            if (op == 0 && !names.isEmpty()) {
                o.remove(names.get(data.consumeInt(0, names.size() - 1)));
            } else if (op == 1 && !names.isEmpty()) {
                o.set(names.get(data.consumeInt(0, names.size() - 1)), value(data, 0));
            } else {
                o.set(data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(20), value(data, 0));
            }
        } else if (at instanceof ArrayNode a) {
            if (op == 0 && !a.isEmpty()) {
                a.remove(data.consumeInt(0, a.size() - 1));
            } else if (op == 1 && !a.isEmpty()) {
                a.set(data.consumeInt(0, a.size() - 1), value(data, 0));
            } else {
                a.add(value(data, 0));
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer()) {
            out.add(n);
            n.values().forEach(c -> collect(c, out));
        }
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth > 3 ? 6 : 8)) {
            case 0:
                return F.stringNode(data.pickValue(WORDS));
            case 1:
                return F.stringNode(data.consumeString(40));
            case 2:
                return F.numberNode(data.consumeLong());
            case 3:
                return F.numberNode(new BigInteger(1, data.consumeBytes(12)).negate());
            case 4:
                return F.booleanNode(data.consumeBoolean());
            case 5:
                return F.nullNode();
            case 6:
                return F.numberNode(java.math.BigDecimal.valueOf(data.consumeRegularDouble()));
            case 7: {
                ObjectNode o = F.objectNode();
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    o.set(data.pickValue(KEYS), value(data, depth + 1));
                }
                return o;
            }
            default: {
                ArrayNode a = F.arrayNode();
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    a.add(value(data, depth + 1));
                }
                return a;
            }
        }
    }
}
