package dev.targetspec.it.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.triple.GnuConfig;
import dev.targetspec.triple.InvalidTripleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The GNU-style normalizer against GNU config's own test data
 * (testsuite/config-sub.data, copied with its source in README.md): each line
 * is an alias and the canonical name config.sub must print for it.
 */
class ConfigSubAgreementTest {

    private static final double REQUIRED_AGREEMENT = 0.995;

    @Test
    void agreesWithConfigSubTestData() throws Exception {
        List<String> data = Corpus.lines(Corpus.resource("config-sub.data"));
        assertTrue(data.size() >= 1000, "config-sub.data has only " + data.size() + " cases");
        Map<String, Corpus.Difference> documented =
                Corpus.differences(Corpus.resource("gnu-deliberate-differences.tsv"));

        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : data) {
            String[] f = line.strip().split("\\s+");
            assertEquals(2, f.length, "malformed line: " + line);
            expected.put(f[0], f[1]);
        }
        Corpus.Comparison c = Corpus.compare(expected, alias -> {
            try {
                return GnuConfig.normalize(alias);
            } catch (InvalidTripleException e) {
                return "error: " + e.getMessage();
            }
        }, documented, "config.sub");
        int agree = c.agree();
        List<String> undocumented = c.undocumented();
        List<String> documentedSeen = c.documentedSeen();
        double rate = (double) agree / data.size();
        System.out.printf("GNU style vs config-sub.data: %d of %d agree (%.2f%%); %d documented differences%n",
                agree, data.size(), 100 * rate, documentedSeen.size());

        assertEquals(List.of(), undocumented, "differences from config.sub that are not documented");
        assertTrue(rate >= REQUIRED_AGREEMENT, String.format("agreement %.3f%% is below 99.5%%", 100 * rate));
        String docs = Corpus.docs();
        for (String alias : documentedSeen) {
            assertTrue(docs.contains("`" + alias + "`"), "docs/triples.md does not list " + alias);
        }
    }
}
