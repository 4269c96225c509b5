package dev.targetspec.lsp;

import dev.targetspec.profile.Profile;
import dev.targetspec.registry.Registry;
import java.util.List;

/** What the server keeps warm between requests: the checker with its registry, the schemas, the rule pages. */
final class Engine {
    private static final String WARM_UP = "{\"arch\": \"x86_64\", \"llvm-target\": \"x86_64-unknown-none\","
            + " \"target-pointer-width\": 64, \"data-layout\": \"e-m:e-i64:64-n8:16:32:64-S128\"}";

    final Checker checker;
    final Schemas schemas;
    final Hovers hovers;
    final Completions completions;

    Engine(Registry registry, Profile profile) {
        checker = new Checker(registry, profile);
        schemas = new Schemas();
        hovers = new Hovers(schemas, new RulePages());
        completions = new Completions(schemas);
    }

    /** One check of a small file: builds the schema and loads every rule's tables before the first real file. */
    void warmUp() {
        Checked c = checker.check("file:///warm-up/custom-warm-up.json", WARM_UP, true);
        hovers.hover(c, 3);
        completions.complete(c, 1);
    }
}
