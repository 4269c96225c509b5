package dev.targetspec.chip.imports;

import dev.targetspec.chip.ChipDataException;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML document as a JSON tree that keeps the tag of each tagged mapping (probe-rs writes a region as
 * {@code !Ram}, {@code !Nvm} or {@code !Generic}) as the member {@value #TAG}. Integers written in hex
 * are integers.
 */
final class YamlTree {
    /** The member that holds a mapping's tag, without its {@code !}. */
    static final String TAG = "!";
    /** The largest file read, in bytes. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_BYTES).setAllowDuplicateKeys(false).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {
    }

    /** Parses {@code bytes}, naming {@code file} in errors. */
    static JsonNode parse(String file, byte[] bytes) throws ChipDataException {
        if (bytes.length > MAX_BYTES) {
            throw new ChipDataException(file + " is larger than " + MAX_BYTES + " bytes.");
        }
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ChipDataException(file + " is empty.");
            }
            return read(p, t, 0);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new ChipDataException(file + where + ": not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static JsonNode read(JsonParser p, JsonToken t, int depth) throws ChipDataException {
        if (depth > 64) {
            throw new ChipDataException("YAML nests deeper than 64 levels.");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                String tag = p.getTypeId() instanceof String s ? s.replaceFirst("^!+", "") : null;
                if (tag != null) {
                    o.put(TAG, tag);
                }
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, read(p, p.nextToken(), depth + 1));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(read(p, k, depth + 1));
                }
                return a;
            }
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_STRING: {
                String s = p.getString();
                if (s.matches("0[xX][0-9a-fA-F_]{1,20}")) {
                    return NODES.numberNode(new BigInteger(s.substring(2).replace("_", ""), 16));
                }
                return NODES.textNode(s);
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(p.getString());
        }
    }
}
