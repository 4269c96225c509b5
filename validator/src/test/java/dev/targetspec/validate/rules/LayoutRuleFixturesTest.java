package dev.targetspec.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each layout rule against its fixtures in {@code src/test/resources/rules/<id>/}: nothing on
 * {@code valid.json}, exactly the lines of {@code invalid.expected} (pointer, tab, message) on
 * {@code invalid.json}.
 */
class LayoutRuleFixturesTest {
    static Stream<Rule> rules() {
        return Rules.all().stream().filter(r -> r instanceof LayoutRule);
    }

    private static Path fixtures(Rule rule) {
        String root = System.getProperty("targetspec.root", "..");
        Path p = Path.of(root, "validator/src/test/resources/rules", rule.id());
        return Files.isDirectory(p) ? p : Path.of("src/test/resources/rules", rule.id());
    }

    private static List<String> findings(Rule rule, Path file) throws Exception {
        Target t = Inheritance.resolve(List.of(SpecLoader.load(file)));
        List<String> out = new ArrayList<>();
        rule.check(t, (pointer, message) -> out.add(pointer + "\t" + message));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void validFixtureHasNoFindings(Rule rule) throws Exception {
        assertEquals(List.of(), findings(rule, fixtures(rule).resolve("valid.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void invalidFixtureHasExactlyTheExpectedFindings(Rule rule) throws Exception {
        Path dir = fixtures(rule);
        List<String> expected = Files.readAllLines(dir.resolve("invalid.expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> actual = findings(rule, dir.resolve("invalid.json"));
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasItsPage(Rule rule) throws Exception {
        Path page = fixtures(rule).resolve("../../../../../../docs/rules/" + rule.id() + ".md").normalize();
        String text = Files.readString(page);
        for (String heading : List.of("## Problem", "## Why it matters", "## How to fix it")) {
            assertEquals(true, text.contains(heading), page + " lacks " + heading);
        }
    }
}
