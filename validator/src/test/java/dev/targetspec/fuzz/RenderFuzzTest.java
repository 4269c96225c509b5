package dev.targetspec.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import dev.targetspec.registry.Registry;
import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.entry.Entries;
import dev.targetspec.render.entry.EntryFormat;
import dev.targetspec.render.entry.EntryPoint;
import dev.targetspec.render.intrinsics.Intrinsic;
import dev.targetspec.render.intrinsics.IntrinsicList;
import dev.targetspec.render.intrinsics.Intrinsics;
import dev.targetspec.render.intrinsics.IntrinsicsFormat;
import dev.targetspec.spec.SpecFile;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every renderer, on registry specs with fuzzer-chosen edits. Renderers are defined on valid targets
 * (the CLI and the site render nothing else), so each input is validated first; on a valid target a
 * renderer returns the same text every time or says, with {@link RenderException}, that it does not
 * apply or why the layout cannot be rendered, and never throws anything else. Generated linker
 * scripts and assembly must keep their shape whatever the spec says: comments and strings close on
 * the line or block they open, braces balance, and no spec text reaches the code as an {@code INCLUDE}.
 * Regression inputs: {@code RenderFuzzTestInputs/<method>/}.
 */
class RenderFuzzTest {
    private static final Registry REGISTRY = Mutator.registry();
    private static final Validator VALIDATOR = new Validator(REGISTRY);
    /** The specs with a layout or a boot protocol: the hand-written ones. */
    private static final List<String> HAND_WRITTEN = REGISTRY.triples().stream()
            .filter(t -> !REGISTRY.isImported(t)).toList();
    private static final Provenance PROVENANCE = new Provenance("fuzz-target.json", "targetspec fuzz");
    /** A symbol name, such as `_start`, `__aeabi_memcpy`, PowerPC's `.TOC.` or Arm64EC's `#memcmp`. */
    private static final Pattern SYMBOL = Pattern.compile("#?[A-Za-z_.][A-Za-z0-9_.$]*");

    @FuzzTest(maxDuration = "10m")
    void linkerScript(FuzzedDataProvider data) {
        renderer("linker-script", data);
    }

    @FuzzTest(maxDuration = "10m")
    void bootHeader(FuzzedDataProvider data) {
        renderer("boot-header", data);
    }

    @FuzzTest(maxDuration = "10m")
    void bootStub(FuzzedDataProvider data) {
        renderer("boot-stub", data);
    }

    @FuzzTest(maxDuration = "10m")
    void entry(FuzzedDataProvider data) throws JsonSyntaxException {
        Optional<Target> target = validTarget(Mutator.mutate(data));
        if (target.isEmpty()) {
            return;
        }
        EntryPoint e = Entries.derive(target.get());
        assertEquals(e, Entries.derive(target.get()), "deriving again agrees");
        assertTrue(SYMBOL.matcher(e.symbol()).matches(), e.symbol());
        String json = EntryFormat.json(e);
        assertEquals(e.symbol(), StrictJson.parse(json.getBytes(StandardCharsets.UTF_8)).root().get("symbol").asString());
        noControlCharacters(EntryFormat.markdown(e));
        noControlCharacters(EntryFormat.text(e));
    }

    @FuzzTest(maxDuration = "10m")
    void intrinsics(FuzzedDataProvider data) throws JsonSyntaxException {
        Optional<Target> target = validTarget(Mutator.mutate(data));
        if (target.isEmpty()) {
            return;
        }
        IntrinsicList list = Intrinsics.derive(target.get());
        assertEquals(list, Intrinsics.derive(target.get()), "deriving again agrees");
        Set<String> names = new HashSet<>();
        for (Intrinsic i : list.symbols()) {
            assertTrue(SYMBOL.matcher(i.name()).matches(), i.name());
            assertTrue(names.add(i.name()), () -> "listed twice: " + i.name());
        }
        var tree = StrictJson.parse(IntrinsicsFormat.json(list).getBytes(StandardCharsets.UTF_8)).root();
        assertEquals(list.target(), tree.get("target").asString());
        noControlCharacters(IntrinsicsFormat.text(list));
        for (boolean longForm : new boolean[] {false, true}) {
            String ld = IntrinsicsFormat.ld(list, longForm);
            noControlCharacters(ld);
            GeneratedText.check(ld);
        }
    }

    private static void renderer(String name, FuzzedDataProvider data) {
        Optional<Target> target = validTarget(Mutator.mutate(data, HAND_WRITTEN));
        if (target.isEmpty()) {
            return;
        }
        Artifact r = Artifacts.named(name).orElseThrow();
        Format format = r.formats().get(0);
        RenderContext context = new RenderContext(PROVENANCE);
        String text;
        try {
            text = r.render(target.get(), format, context);
        } catch (RenderException e) {
            Invariants.oneLine(e.getMessage());
            e.problems().forEach(p -> Invariants.oneLine(p.message()));
            return;
        }
        try {
            assertEquals(text, r.render(target.get(), format, context), "rendering again agrees");
        } catch (RenderException e) {
            throw new AssertionError("rendered once, then refused: " + e.getMessage(), e);
        }
        assertTrue(text.startsWith("/*"), "a provenance header comes first");
        assertTrue(text.contains("do not edit"), "the header says not to edit");
        assertTrue(text.contains(PROVENANCE.source()), "the header names the source");
        noControlCharacters(text);
        GeneratedText.check(text);
        assertFalse(r.fileName(target.get(), format).contains("/"), r.fileName(target.get(), format));
    }

    /** The mutant as a valid resolved target, or nothing when it is not valid. */
    private static Optional<Target> validTarget(Mutator.Mutant m) {
        SpecFile file;
        try {
            file = SpecLoader.parse(m.base().path(), m.text().getBytes(StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            return Optional.empty();
        }
        if (!VALIDATOR.validate(file).valid()) {
            return Optional.empty();
        }
        return REGISTRY.resolve(file).target();
    }

    private static void noControlCharacters(String text) {
        assertTrue(text.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f || c == 0x2028 || c == 0x2029),
                () -> "control character in output: " + text.replaceAll("[\\p{Cntrl}&&[^\n]]", "?"));
    }

    /** The shape of generated linker scripts and GNU assembly, read the way their tools read them. */
    static final class GeneratedText {
        private GeneratedText() {
        }

        static void check(String text) {
            boolean comment = false;
            boolean string = false;
            int depth = 0;
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (comment) {
                    if (c == '*' && next == '/') {
                        comment = false;
                        i++;
                    }
                } else if (string) {
                    int at = i;
                    assertTrue(c != '\n', () -> "a string runs past the end of its line: " + excerpt(text, at));
                    if (c == '"') {
                        string = false;
                    }
                } else if (c == '/' && next == '*') {
                    comment = true;
                    i++;
                } else if (c == '"') {
                    string = true;
                } else {
                    code.append(c);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        int at = i;
                        assertTrue(--depth >= 0, () -> "a `}` closes nothing: " + excerpt(text, at));
                    }
                }
            }
            assertFalse(comment, "a comment is never closed");
            assertFalse(string, "a string is never closed");
            assertEquals(0, depth, "braces do not balance");
            assertFalse(code.toString().contains("*/"), "a `*/` outside any comment");
            assertFalse(Pattern.compile("\\b(INCLUDE|INPUT|GROUP)\\b").matcher(code).find(),
                    "spec text reached the code as a file command");
        }

        private static String excerpt(String text, int at) {
            int from = Math.max(0, at - 40);
            return text.substring(from, Math.min(text.length(), at + 40)).replace('\n', ' ');
        }
    }
}
