package dev.targetspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonPointerTest {
    @Test
    void atFindsWhatJacksonFinds() throws Exception {
        JsonNode doc = StrictJson.parse(("{\"a\": {\"b/c\": [10, {\"d~e\": true}], \"0\": \"zero\", \"\": 1},"
                + " \"s\": \"text\", \"n\": null}").getBytes(java.nio.charset.StandardCharsets.UTF_8)).root();
        for (String p : new String[] {"", "/a", "/a/b~1c", "/a/b~1c/0", "/a/b~1c/1/d~0e", "/a/b~1c/01", "/a/b~1c/2",
                "/a/b~1c/-1", "/a/0", "/a/", "/s", "/s/x", "/n", "/n/x", "/missing", "/a/b~1c/1/x", "/a/b~1c/99999999999"}) {
            assertEquals(doc.at(p), JsonPointer.at(doc, p), p);
        }
    }
}
