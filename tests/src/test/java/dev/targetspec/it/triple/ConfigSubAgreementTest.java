package dev.targetspec.it.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.triple.GnuConfig;
import dev.targetspec.triple.InvalidTripleException;
import java.util.ArrayList;
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

        int agree = 0;
        List<String> undocumented = new ArrayList<>();
        List<String> documentedSeen = new ArrayList<>();
        for (String line : data) {
            String[] f = line.strip().split("\\s+");
            assertEquals(2, f.length, "malformed line: " + line);
            String ours;
            try {
                ours = GnuConfig.normalize(f[0]);
            } catch (InvalidTripleException e) {
                ours = "error: " + e.getMessage();
            }
            if (ours.equals(f[1])) {
                agree++;
                continue;
            }
            Corpus.Difference d = documented.get(f[0]);
            if (d != null && d.reference().equals(f[1]) && d.ours().equals(ours)) {
                documentedSeen.add(f[0]);
            } else {
                undocumented.add(f[0] + "\texpected=" + f[1] + "\tours=" + ours);
            }
        }
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
