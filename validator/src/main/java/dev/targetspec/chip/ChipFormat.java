package dev.targetspec.chip;

import dev.targetspec.json.Json;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The database's file format: one JSON file per family, its header on the first line and one chip per
 * line after it, addresses and sizes as integers. A region's {@code access} is left out when it is
 * {@code rwx}, {@code boot} and {@code alias} when false, {@code cores} when every core sees it, and
 * {@code name} when the source gives none.
 */
public final class ChipFormat {
    /** The version of the format, the {@code format} field of every file. */
    public static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> CHIP_FIELDS = Set.of("name", "packages", "cores", "regions", "stm32-data");
    private static final Set<String> REGION_FIELDS = Set.of("name", "kind", "origin", "length", "access", "boot",
            "alias", "cores");

    private ChipFormat() {
    }

    /** {@code family} as the bytes of its database file. */
    public static byte[] write(ChipFamily family) {
        ObjectNode head = NODES.objectNode();
        head.put("format", VERSION);
        head.put("family", family.family());
        if (family.vendor().isPresent()) {
            head.put("vendor", family.vendor().get());
        } else {
            head.putNull("vendor");
        }
        ObjectNode source = head.putObject("source");
        source.put("repository", family.source().repository());
        source.put("commit", family.source().commit());
        source.put("path", family.source().path());
        String headText = Json.MAPPER.writeValueAsString(head);
        StringBuilder b = new StringBuilder(headText.substring(0, headText.length() - 1)).append(",\"chips\":[\n");
        for (int i = 0; i < family.chips().size(); i++) {
            b.append(Json.MAPPER.writeValueAsString(chip(family.chips().get(i))))
                    .append(i + 1 < family.chips().size() ? ",\n" : "\n");
        }
        return b.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode chip(Chip c) {
        ObjectNode o = NODES.objectNode();
        o.put("name", c.name());
        if (!c.packages().isEmpty()) {
            ArrayNode p = o.putArray("packages");
            c.packages().forEach(p::add);
        }
        ArrayNode cores = o.putArray("cores");
        for (Core core : c.cores()) {
            ObjectNode co = cores.addObject();
            co.put("name", core.name());
            co.put("type", core.type());
            core.fpu().ifPresent(f -> co.put("fpu", f));
        }
        c.checkedAgainst().ifPresent(s -> o.put("stm32-data", s));
        ArrayNode regions = o.putArray("regions");
        for (Region r : c.regions()) {
            ObjectNode ro = regions.addObject();
            if (r.name() != null) {
                ro.put("name", r.name());
            }
            ro.put("kind", r.kind().id());
            ro.put("origin", r.origin());
            ro.put("length", r.length());
            if (!r.access().equals("rwx")) {
                ro.put("access", r.access());
            }
            if (r.boot()) {
                ro.put("boot", true);
            }
            if (r.alias()) {
                ro.put("alias", true);
            }
            if (!r.cores().isEmpty()) {
                ArrayNode rc = ro.putArray("cores");
                r.cores().forEach(rc::add);
            }
        }
        return o;
    }

    /**
     * Reads a database file named {@code file} (for messages and {@link ChipFamily#file()}). A region
     * without a name keeps a null name here; {@link ChipDatabase} names it.
     */
    public static ChipFamily read(String file, byte[] bytes) throws ChipDataException {
        JsonNode root;
        try {
            root = StrictJson.parse(bytes).root();
        } catch (JsonSyntaxException e) {
            throw new ChipDataException(file + ".json:" + e.location().line() + ":" + e.location().column() + ": "
                    + e.getMessage());
        }
        Reader r = new Reader(file);
        r.object(root, "");
        if (!root.path("format").isIntegralNumber() || root.path("format").asInt() != VERSION) {
            throw r.fail("format", "must be " + VERSION + "; this file was written by another version of targetspec");
        }
        Source source = new Source(r.text(root.path("source"), "source/repository", "repository"),
                r.text(root.path("source"), "source/commit", "commit"), r.text(root.path("source"), "source/path", "path"));
        String family = r.text(root, "family", "family");
        Optional<String> vendor = root.path("vendor").isString() ? Optional.of(root.get("vendor").asString())
                : Optional.empty();
        JsonNode chips = r.array(root.path("chips"), "chips");
        List<Chip> out = new ArrayList<>();
        for (int i = 0; i < chips.size(); i++) {
            out.add(r.chip(chips.get(i), "chips/" + i, family, vendor, source));
        }
        return new ChipFamily(file, family, vendor, source, out);
    }

    /** Reads one file's fields, naming the field that is wrong. */
    private record Reader(String file) {
        ChipDataException fail(String field, String problem) {
            return new ChipDataException(file + ".json: field `" + field + "` " + problem + ".");
        }

        JsonNode object(JsonNode n, String field) throws ChipDataException {
            if (!n.isObject()) {
                throw fail(field.isEmpty() ? "(root)" : field, "must be an object");
            }
            return n;
        }

        JsonNode array(JsonNode n, String field) throws ChipDataException {
            if (!n.isArray()) {
                throw fail(field, "must be an array");
            }
            return n;
        }

        String text(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (!n.isString() || n.asString().isEmpty()) {
                throw fail(field, "must be a non-empty string");
            }
            return n.asString();
        }

        long address(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
                throw fail(field, "must be a non-negative integer below 2^63");
            }
            return n.asLong();
        }

        List<String> texts(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (n.isMissingNode()) {
                return List.of();
            }
            array(n, field);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isString() || n.get(i).asString().isBlank()) {
                    throw fail(field + "/" + i, "must be a non-empty string");
                }
                out.add(n.get(i).asString());
            }
            return out;
        }

        void known(JsonNode n, String field, Set<String> fields) throws ChipDataException {
            for (String key : n.propertyNames()) {
                if (!fields.contains(key)) {
                    throw fail(field + "/" + key, "is not a field of the chip data format");
                }
            }
        }

        Chip chip(JsonNode n, String field, String family, Optional<String> vendor, Source source)
                throws ChipDataException {
            object(n, field);
            known(n, field, CHIP_FIELDS);
            String name = text(n, field + "/name", "name");
            List<Core> cores = new ArrayList<>();
            JsonNode cs = array(n.path("cores"), field + "/cores");
            for (int i = 0; i < cs.size(); i++) {
                JsonNode c = object(cs.get(i), field + "/cores/" + i);
                JsonNode fpu = c.path("fpu");
                if (!fpu.isMissingNode() && !fpu.isBoolean()) {
                    throw fail(field + "/cores/" + i + "/fpu", "must be true or false");
                }
                cores.add(new Core(text(c, field + "/cores/" + i + "/name", "name"),
                        text(c, field + "/cores/" + i + "/type", "type"),
                        fpu.isBoolean() ? Optional.of(fpu.asBoolean()) : Optional.empty()));
            }
            if (cores.isEmpty()) {
                throw fail(field + "/cores", "must name at least one core");
            }
            List<Region> regions = new ArrayList<>();
            JsonNode rs = array(n.path("regions"), field + "/regions");
            for (int i = 0; i < rs.size(); i++) {
                String at = field + "/regions/" + i;
                JsonNode rn = object(rs.get(i), at);
                known(rn, at, REGION_FIELDS);
                String kindText = text(rn, at + "/kind", "kind");
                RegionKind kind = RegionKind.of(kindText).orElseThrow(() -> fail(at + "/kind",
                        "must be ram, nvm or generic, not `" + kindText + "`"));
                String access = rn.has("access") ? rn.get("access").asString("?") : "rwx";
                if (!rn.path("access").isMissingNode() && !rn.get("access").isString() || !access.matches("r?w?x?")) {
                    throw fail(at + "/access", "must be letters of `rwx` in that order");
                }
                long origin = address(rn, at + "/origin", "origin");
                long length = address(rn, at + "/length", "length");
                if (Long.MAX_VALUE - origin < length) {
                    throw fail(at + "/length", "runs past 2^63");
                }
                regions.add(new Region(rn.has("name") ? text(rn, at + "/name", "name") : null, kind, origin, length,
                        access, flag(rn, at, "boot"), flag(rn, at, "alias"), texts(rn, at + "/cores", "cores")));
            }
            Optional<String> checked = n.has("stm32-data") ? Optional.of(text(n, field + "/stm32-data", "stm32-data"))
                    : Optional.empty();
            return new Chip(name, vendor, family, texts(n, field + "/packages", "packages"), cores, regions, source,
                    checked, List.of());
        }

        boolean flag(JsonNode n, String at, String key) throws ChipDataException {
            JsonNode f = n.path(key);
            if (!f.isMissingNode() && !f.isBoolean()) {
                throw fail(at + "/" + key, "must be true or false");
            }
            return f.asBoolean(false);
        }
    }
}
