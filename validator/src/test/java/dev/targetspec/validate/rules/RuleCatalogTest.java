package dev.targetspec.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.Repo;
import dev.targetspec.validate.Rule;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every check has a stable id, a severity, a summary, a documentation page and fixtures. */
class RuleCatalogTest {
    @Test
    void everyRuleIsASmallFinalClassWithAnIdSeverityAndSummary() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rules.all(dev.targetspec.profile.Profiles.standard())) {
            assertTrue(rule.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.id() + " is kebab-case");
            assertTrue(ids.add(rule.id()), rule.id() + " is unique");
            assertNotNull(rule.severity(), rule.id() + " has a severity");
            assertTrue(rule.summary().endsWith("."), rule.id() + " has a one-sentence summary");
            assertTrue(Modifier.isFinal(rule.getClass().getModifiers()), rule.id() + " is a final class");
        }
        assertTrue(ids.stream().noneMatch(Rules.PRE_RULE_IDS::contains), "rule ids differ from the pre-rule ids");
    }

    @Test
    void everyIdHasADocumentationPage() throws Exception {
        List<String> all = Stream.concat(Rules.all(dev.targetspec.profile.Profiles.standard()).stream().map(Rule::id), Rules.PRE_RULE_IDS.stream()).toList();
        for (String id : all) {
            Path page = Repo.root().resolve("docs/rules/" + id + ".md");
            assertTrue(Files.isRegularFile(page), "docs/rules/" + id + ".md exists");
            String text = Files.readString(page);
            assertTrue(text.startsWith("# `" + id + "`"), id + " page starts with its id as the title");
            for (String heading : List.of("## Problem", "## Why it matters", "## How to fix it")) {
                assertTrue(text.contains("\n" + heading + "\n"), id + " page has " + heading);
            }
        }
        try (Stream<Path> pages = Files.list(Repo.root().resolve("docs/rules"))) {
            Set<String> documented = new HashSet<>();
            pages.forEach(p -> documented.add(p.getFileName().toString().replaceFirst("\\.md$", "")));
            assertEquals(Set.copyOf(all), documented, "every page documents a live id");
        }
    }

    @Test
    void everyRuleHasAValidAndAnInvalidFixture() {
        for (Rule rule : Rules.all(dev.targetspec.profile.Profiles.standard())) {
            Path dir = RuleFixturesTest.FIXTURES.resolve(rule.id());
            assertTrue(Files.isDirectory(dir.resolve("valid")), rule.id() + " has a valid fixture");
            assertTrue(Files.isDirectory(dir.resolve("invalid")), rule.id() + " has an invalid fixture");
            assertTrue(Files.isRegularFile(dir.resolve("expected.txt")), rule.id() + " lists its expected diagnostics");
        }
    }
}
