package dev.targetspec.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.registry.Resolution;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule against its two fixtures in {@code src/test/resources/rules/<id>/}: the file in
 * {@code valid/} draws nothing from the rule, and the file in {@code invalid/} draws exactly the
 * diagnostics listed in {@code expected.txt} (one per line: pointer, a tab, the message). A rule
 * that only a later rustc applies has a file {@code rustc} naming the release its fixtures are judged for.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyRuleAgainstItsFixtures() {
        return Rules.all(dev.targetspec.profile.Profiles.standard()).stream().map(RuleFixturesTest::forFixtures)
                .flatMap(rule -> Stream.of(
                DynamicTest.dynamicTest(rule.id() + " accepts its valid fixture",
                        () -> assertEquals(List.of(), findings(rule, only(rule, "valid")))),
                DynamicTest.dynamicTest(rule.id() + " reports its invalid fixture", () -> {
                    List<String> expected = Files.readAllLines(FIXTURES.resolve(rule.id()).resolve("expected.txt"));
                    assertTrue(!expected.isEmpty(), "expected.txt lists at least one diagnostic");
                    assertEquals(expected, findings(rule, only(rule, "invalid")));
                })));
    }

    /** The rule as the rustc its fixtures name judges, if they name one. */
    static Rule forFixtures(Rule rule) {
        Path release = FIXTURES.resolve(rule.id()).resolve("rustc");
        if (!Files.exists(release)) {
            return rule;
        }
        try {
            var profile = dev.targetspec.profile.Profiles.named(Files.readString(release).strip()).orElseThrow();
            return Rules.all(profile).stream().filter(r -> r.id().equals(rule.id())).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path only(Rule rule, String kind) throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(rule.id()).resolve(kind))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(1, all.size(), rule.id() + "/" + kind + " holds exactly one fixture");
            return all.get(0);
        }
    }

    static List<String> findings(Rule rule, Path fixture) throws Exception {
        Resolution r = Repo.registry().resolve(SpecLoader.parse(fixture, Files.readAllBytes(fixture)));
        assertEquals(List.of(), r.problems(), "the fixture resolves");
        Target target = r.target().orElseThrow();
        List<String> out = new ArrayList<>();
        rule.check(target, (pointer, message, fix) -> out.add(pointer + "\t" + message));
        return out;
    }
}
