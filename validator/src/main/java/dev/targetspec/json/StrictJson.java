package dev.targetspec.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict JSON: no comments, no NaN, no duplicate keys, no trailing content, valid UTF-8, and hard
 * limits on size, nesting, string and number length. Where each value stands is worked out only when
 * asked (see {@link JsonSource#locate}): most files are read, checked and found valid, and a registry
 * of thousands would otherwise hold a location for every value of every file.
 */
public final class StrictJson {
    /** The largest file read, in bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 64;
    /** The longest string value or key, in characters. */
    public static final int MAX_STRING = 1024 * 1024;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER = 40;
    /** The largest exponent of a number, in either direction. */
    public static final int MAX_EXPONENT = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictJson() {
    }

    /**
     * A JSON file that ships inside the jar, such as {@code /dev/targetspec/schema/rustc-history.json}.
     * Such a file is part of the build, so a missing or broken one is a bug, not an input error.
     */
    public static JsonNode bundled(String resource) {
        try (InputStream in = StrictJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return parse(in.readAllBytes()).root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException(resource + " in the jar is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Parses {@code bytes}, which must be UTF-8 JSON within the limits; the source keeps them, unchanged. */
    public static JsonSource parse(byte[] bytes) throws JsonSyntaxException {
        if (bytes.length > MAX_BYTES) {
            throw new JsonSyntaxException("json-limit", Location.START,
                    "The file is " + bytes.length + " bytes; the limit is " + MAX_BYTES + " bytes.");
        }
        // Most spec files are ASCII: those are parsed from their bytes, with no decoded copy. Columns
        // agree either way, since in ASCII a byte is a character.
        boolean ascii = isAscii(bytes);
        String text = ascii ? null : withoutBom(decode(bytes));
        if (ascii ? isBlank(bytes) : text.isBlank()) {
            throw new JsonSyntaxException("json-syntax", Location.START, "The file is empty; it must hold a JSON object.");
        }
        JsonNode root = read(bytes, ascii, text, null);
        return new JsonSource(root, bytes, ascii);
    }

    /**
     * Parses text already known to be valid (it was parsed once by {@link #parse}) and records where
     * every value starts, keyed by JSON pointer: a member's location is that of its name.
     */
    static Map<String, Location> locations(byte[] bytes, boolean ascii) {
        Map<String, Location> locations = new HashMap<>();
        try {
            read(bytes, ascii, ascii ? null : withoutBom(decode(bytes)), locations);
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("text that parsed once no longer parses: " + e.getMessage(), e);
        }
        return locations;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads the one value in the input; records locations when {@code locations} is not null. */
    private static JsonNode read(byte[] bytes, boolean ascii, String text, Map<String, Location> locations)
            throws JsonSyntaxException {
        JsonParser p = ascii ? FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes)
                : FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), text);
        try (p) {
            JsonToken first = p.nextToken();
            JsonNode root = read(p, first, "", locations);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new JsonSyntaxException("json-syntax", location(p.currentTokenLocation()),
                        "Unexpected content after the end of the JSON value.");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // A limit is found mid-token, where the exception may carry no location; the parser's is close.
            Location at = e.getLocation() != null ? location(e.getLocation()) : location(p.currentTokenLocation());
            throw new JsonSyntaxException("json-limit", at, limitMessage(e));
        } catch (JacksonException e) {
            throw new JsonSyntaxException("json-syntax", location(e.getLocation()), syntaxMessage(e));
        }
    }

    /** Reads one value; {@code pointer} is its JSON pointer, kept up only when locations are recorded. */
    private static JsonNode read(JsonParser p, JsonToken token, String pointer, Map<String, Location> locations)
            throws JsonSyntaxException {
        if (locations != null) {
            locations.put(pointer, location(p.currentTokenLocation()));
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        throw new JsonSyntaxException("json-duplicate-key", location(p.currentTokenLocation()),
                                "Field `" + JsonPointer.display(p.streamReadContext().pathAsPointer().toString())
                                        + "` appears more than once.");
                    }
                    if (locations == null) {
                        object.set(name, read(p, p.nextToken(), null, null));
                    } else {
                        Location keyAt = location(p.currentTokenLocation());
                        String child = JsonPointer.child(pointer, name);
                        object.set(name, read(p, p.nextToken(), child, locations));
                        locations.put(child, keyAt);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(read(p, t, locations == null ? null : JsonPointer.child(pointer, i++), locations));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getString());
            case VALUE_NUMBER_INT:
                number(p);
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(decimal(p));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonSyntaxException("json-syntax", location(p.currentTokenLocation()),
                        "Unexpected token " + token + ".");
        }
    }

    /**
     * Applies {@link #MAX_NUMBER} to the number's text as written, sign, point and exponent included,
     * so that a number is accepted or refused the same way wherever it stands (Jackson's own limit
     * counts differently at the end of the input).
     */
    private static void number(JsonParser p) throws JsonSyntaxException {
        if (p.getStringLength() > MAX_NUMBER) {
            throw new JsonSyntaxException("json-limit", location(p.currentTokenLocation()),
                    "A number is longer than " + MAX_NUMBER + " characters.");
        }
    }

    /**
     * A number with a fraction or exponent. Its exponent is bounded: {@code 1e999999999} is short
     * text but a value that later arithmetic (is it an integer? does it fit a long?) would spend
     * minutes and gigabytes on.
     */
    private static java.math.BigDecimal decimal(JsonParser p) throws JsonSyntaxException {
        number(p);
        java.math.BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            d = null;
        }
        if (d == null || Math.abs((long) d.scale()) > MAX_EXPONENT || Math.abs((long) d.precision() - d.scale()) > MAX_EXPONENT) {
            throw new JsonSyntaxException("json-limit", location(p.currentTokenLocation()),
                    "A number's exponent is beyond ±" + MAX_EXPONENT + ".");
        }
        return d;
    }

    /** ASCII without NUL: Jackson reads NUL bytes as a sign of UTF-16 or UTF-32, so those take the decoded path. */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace((char) b)) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes) throws JsonSyntaxException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new JsonSyntaxException("json-syntax", new Location(line, column),
                    "The file is not valid UTF-8 (bad byte at offset " + bad + ").");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static Location location(TokenStreamLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = firstLine(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "The JSON nests deeper than " + MAX_DEPTH + " levels.";
        }
        if (m.contains("Number value length")) {
            return "A number is longer than " + MAX_NUMBER + " characters.";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "A string is longer than " + MAX_STRING + " characters.";
        }
        return "The JSON exceeds a size limit: " + m + (m.endsWith(".") ? "" : ".");
    }

    private static String syntaxMessage(JacksonException e) {
        String m = firstLine(e.getOriginalMessage());
        if (m.contains("JSON comments") || m.contains("ALLOW_COMMENTS") || m.contains("character ('/'")) {
            return "Comments are not allowed in JSON.";
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers.";
        }
        if (m.contains("end-of-input") || m.contains("Unexpected end")) {
            return "The JSON ends early: a value, `]` or `}` is missing.";
        }
        // Jackson's own sentence names the character; its list of what may follow is shortened.
        int hint = m.indexOf(" (JSON String, Number");
        if (hint > 0) {
            m = m.substring(0, hint) + " a JSON value";
        }
        return "Invalid JSON: " + m + (m.endsWith(".") ? "" : ".");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
