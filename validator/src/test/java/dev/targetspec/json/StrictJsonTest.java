package dev.targetspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    static JsonSyntaxException fail(String text) {
        return assertThrows(JsonSyntaxException.class, () -> StrictJson.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recordsTheLineAndColumnOfEveryValueAndKey() throws Exception {
        JsonSource s = StrictJson.parse("{\n  \"a\": {\n    \"b\": [1, \"x\"]\n  }\n}".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Location(1, 1), s.locate(""));
        assertEquals(new Location(2, 3), s.locate("/a"));
        assertEquals(new Location(3, 5), s.locate("/a/b"));
        assertEquals(new Location(3, 14), s.locate("/a/b/1"));
        assertEquals(new Location(3, 5), s.locate("/a/b/7"), "a missing element falls back to its parent");
    }

    @Test
    void locatesValuesInAFileWithAByteOrderMarkAndNonAsciiText() throws Exception {
        // Columns count characters, not bytes: `é` is two bytes in UTF-8.
        JsonSource s = StrictJson.parse("\uFEFF{\"é\": \"ü\",\n \"b\": [true, {\"c\": null}]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Location(1, 2), s.locate("/é"));
        assertEquals(new Location(2, 2), s.locate("/b"));
        assertEquals(new Location(2, 15), s.locate("/b/1/c"));
        assertEquals(s.locate("/b/1/c"), s.locate("/b/1/c"), "asked again, the same answer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment         | {\"a\": 1 /* no */}               | json-syntax        | 1 | 9  | Comments are not allowed in JSON.",
        "NaN             | {\"a\": NaN}                      | json-syntax        | 1 | 10 | NaN and Infinity are not JSON numbers.",
        "trailing        | {\"a\": 1} {}                     | json-syntax        | 1 | 10 | Unexpected content after the end of the JSON value.",
        "truncated       | {\"a\": [1, 2                     | json-syntax        | 1 | 12 | The JSON ends early: a value, `]` or `}` is missing.",
        "duplicate       | {\"a\": {\"b\": 1, \"b\": 2}}     | json-duplicate-key | 1 | 16 | Field `a/b` appears more than once.",
        "duplicate in array | {\"a\": [0, {\"x/y~\": 1, \"x/y~\": 2}]} | json-duplicate-key | 1 | 23 | Field `a/1/x~1y~0` appears more than once.",
        "empty           | '   '                             | json-syntax        | 1 | 1  | The file is empty; it must hold a JSON object.",
        "long number     | {\"a\": 12345678901234567890123456789012345678901} | json-limit | 1 | 7 | A number is longer than 40 characters.",
        "huge exponent   | {\"a\": 1e999999999}              | json-limit         | 1 | 7  | A number's exponent is beyond ±1000.",
        "tiny exponent   | {\"a\": 1e-1001}                  | json-limit         | 1 | 7  | A number's exponent is beyond ±1000.",
        "past BigDecimal | {\"a\": -2.5e666666666666666}     | json-limit         | 1 | 7  | A number's exponent is beyond ±1000.",
        "control in token| {\"a\": tr\u0000ue}               | json-syntax        | 1 | 7  | Invalid JSON: Unrecognized token 'tr\\u0000ue': was expecting a JSON value.",
    })
    void rejectsWithARuleALocationAndOneSentence(String name, String text, String rule, int line, int column, String message) {
        JsonSyntaxException e = fail(text);
        assertEquals(rule, e.rule());
        assertEquals(message, e.getMessage());
        assertEquals(new Location(line, column), e.location());
    }

    @Test
    void rejectsDeepNestingWithoutOverflowingTheStack() {
        JsonSyntaxException e = fail("[".repeat(200_000));
        assertEquals("json-limit", e.rule());
        assertEquals("The JSON nests deeper than 64 levels.", e.getMessage());
    }

    @Test
    void rejectsInvalidUtf8AndNamesTheOffset() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> StrictJson.parse(bytes));
        assertEquals("The file is not valid UTF-8 (bad byte at offset 6).", e.getMessage());
        assertEquals(new Location(1, 7), e.location());
    }

    @Test
    void acceptsALeadingByteOrderMarkButNotALoneOne() throws Exception {
        assertTrue(StrictJson.parse("\uFEFF{}".getBytes(StandardCharsets.UTF_8)).root().isObject());
        assertEquals("json-syntax", fail("\uFEFF").rule());
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeParsing() {
        byte[] big = new byte[StrictJson.MAX_BYTES + 1];
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> StrictJson.parse(big));
        assertEquals("json-limit", e.rule());
    }
}
