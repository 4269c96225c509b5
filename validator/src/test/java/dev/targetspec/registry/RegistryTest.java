package dev.targetspec.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {
    @TempDir
    Path dir;

    void write(String rel, String json) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, json);
    }

    Diagnostic onlyProblem(Registry r, String triple) {
        List<Diagnostic> problems = r.resolve(triple).orElseThrow().problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void reportsACycleWithTheWholeChain() throws Exception {
        write("a/a.json", "{\"triple\": \"a\", \"inherits\": \"b\"}");
        write("a/b.json", "{\"triple\": \"b\",\n \"inherits\": \"c\"}");
        write("a/c.json", "{\"triple\": \"c\", \"inherits\": \"a\"}");
        Diagnostic d = onlyProblem(Registry.load(dir), "a");
        assertEquals("inherits-cycle", d.rule());
        assertEquals("`inherits` forms a cycle: a → b → c → a.", d.message());
        assertEquals("/inherits", d.pointer());
        assertEquals(1, d.line());
        assertEquals(17, d.column());
    }

    @Test
    void theChipDatabaseIsNotReadAsSpecs() throws Exception {
        write("a/a.json", "{\"triple\": \"a\"}");
        write("chips/probe-rs/F.json", "{\"format\":1,\"chips\":[\n]}");
        write("chips/corrections.json", "{}");
        Registry r = Registry.load(dir);
        assertEquals(List.of(), r.failures());
        assertEquals(List.of("a"), r.triples());
    }

    @Test
    void reportsSelfInheritanceAsACycle() throws Exception {
        write("x.json", "{\"triple\": \"x\", \"inherits\": \"x\"}");
        assertEquals("`inherits` forms a cycle: x → x.", onlyProblem(Registry.load(dir), "x").message());
    }

    @Test
    void reportsAMissingBaseWithTheChain() throws Exception {
        write("a.json", "{\"triple\": \"a\", \"inherits\": \"b\"}");
        write("b.json", "{\"triple\": \"b\", \"inherits\": \"nowhere\"}");
        Diagnostic d = onlyProblem(Registry.load(dir), "a");
        assertEquals("inherits-missing", d.rule());
        assertEquals("`inherits` names `nowhere`, which is not in the registry (chain: a → b → nowhere).", d.message());
    }

    @Test
    void aHandWrittenFileWithABuiltinsTripleIsOneEntryThatExtendsIt() throws Exception {
        write("rustc/x.json", "{\"triple\": \"x\", \"metadata\": {\"status\": \"builtin\"}, \"rustc\": {\"arch\": \"x86_64\"}}");
        write("hand/x.json", "{\"triple\": \"x\", \"metadata\": {\"status\": \"builtin\"}, \"boot\": {\"protocol\": \"none\"}}");
        Registry r = Registry.load(dir);
        assertEquals(List.of("x"), r.triples());
        assertTrue(r.file("x").orElseThrow().path().endsWith("hand/x.json"));
        var t = r.resolve("x").orElseThrow().target().orElseThrow();
        assertEquals("x86_64", t.text("/rustc/arch").orElseThrow());
        assertEquals("none", t.text("/boot/protocol").orElseThrow());
    }

    @Test
    void anOverlayMustNotInherit() throws Exception {
        write("rustc/x.json", "{\"triple\": \"x\", \"metadata\": {\"status\": \"builtin\"}, \"rustc\": {}}");
        write("y.json", "{\"triple\": \"y\", \"metadata\": {\"status\": \"custom\"}}");
        write("hand/x.json", "{\"triple\": \"x\", \"inherits\": \"y\"}");
        assertEquals("inherits-overlay", onlyProblem(Registry.load(dir), "x").rule());
    }

    @Test
    void twoHandWrittenFilesForOneTripleAreRefused() throws Exception {
        write("a/x.json", "{\"triple\": \"x\"}");
        write("b/x.json", "{\"triple\": \"x\"}");
        Registry r = Registry.load(dir);
        assertEquals(1, r.failures().size());
        assertEquals("registry-duplicate-triple", r.failures().get(0).diagnostic().rule());
        assertEquals("Target `x` is already defined by `a/x.json`; each triple must have one hand-written file.",
                r.failures().get(0).diagnostic().message());
    }

    @Test
    void malformedFilesAreReportedAndTheRestStillLoad() throws Exception {
        write("good.json", "{\"triple\": \"good\"}");
        write("bad.json", "{\"triple\": ");
        Registry r = Registry.load(dir);
        assertEquals(List.of("good"), r.triples());
        assertEquals("json-syntax", r.failures().get(0).diagnostic().rule());
    }

    @Test
    void aLaterFolderAddsToTheBundledOneAndMayInheritFromAndOverlayIt() throws Exception {
        write("bundled/rustc/x.json", "{\"triple\": \"x\", \"metadata\": {\"status\": \"builtin\"}, \"rustc\": {\"arch\": \"x86_64\"}}");
        write("bundled/hand/y.json", "{\"triple\": \"y\", \"inherits\": \"x\", \"metadata\": {\"description\": \"bundled\"}}");
        write("project/mine.json", "{\"triple\": \"mine\", \"inherits\": \"y\"}");
        write("project/x.json", "{\"triple\": \"x\", \"boot\": {\"protocol\": \"bare-metal\"}}");
        Registry r = Registry.load(List.of(dir.resolve("bundled"), dir.resolve("project")));
        assertEquals(List.of("mine", "x", "y"), r.triples());
        assertEquals(List.of(dir.resolve("bundled"), dir.resolve("project")), r.folders());
        var mine = r.resolve("mine").orElseThrow().target().orElseThrow();
        assertEquals("x86_64", mine.text("/rustc/arch").orElseThrow());
        assertEquals("bare-metal", mine.text("/boot/protocol").orElseThrow(), "the overlay of the built-in applies");
        assertEquals(2, r.count(dir.resolve("project")));
        assertEquals(1, r.count(dir.resolve("bundled")));
        assertEquals("mine.json", r.nameOf(dir.resolve("project/mine.json")));
        assertEquals("hand/y.json", r.nameOf(dir.resolve("bundled/hand/y.json")));
        assertEquals("elsewhere.json", r.nameOf(dir.resolve("elsewhere.json")));
    }

    @Test
    void aProjectFileReplacesTheBundledFileOfItsTriple() throws Exception {
        write("bundled/y.json", "{\"triple\": \"y\", \"metadata\": {\"description\": \"bundled\"}}");
        write("project/y.json", "{\"triple\": \"y\", \"metadata\": {\"description\": \"mine\"}}");
        Registry r = Registry.load(List.of(dir.resolve("bundled"), dir.resolve("project")));
        assertEquals(List.of(), r.failures(), "two folders may each define a triple");
        assertEquals("mine", r.resolve("y").orElseThrow().target().orElseThrow().text("/metadata/description").orElseThrow());
    }

    @Test
    void aFolderNamedTwiceIsReadOnce() throws Exception {
        write("reg/a.json", "{\"triple\": \"a\"}");
        Registry r = Registry.load(List.of(dir.resolve("reg"), dir.resolve("reg/../reg")));
        assertEquals(List.of(dir.resolve("reg")), r.folders());
        assertEquals(List.of(), r.failures());
    }

    @Test
    void aMistypedTripleGetsTheNearMisses() throws Exception {
        write("x86_64-unknown-none-multiboot2.json", "{\"triple\": \"x86_64-unknown-none-multiboot2\"}");
        write("a.json", "{\"triple\": \"a\", \"inherits\": \"x86_64-unknown-none-multiboo2\"}");
        Registry r = Registry.load(dir);
        Lookup.NotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(Lookup.NotFoundException.class,
                () -> Lookup.spec(r, "x86-64-unknown-none-multiboot2"));
        assertEquals("no target `x86-64-unknown-none-multiboot2` in the registry; did you mean"
                + " `x86_64-unknown-none-multiboot2`?", e.getMessage());
        Lookup.NotFoundException far = org.junit.jupiter.api.Assertions.assertThrows(Lookup.NotFoundException.class,
                () -> Lookup.spec(r, "nothing-like-it"));
        assertTrue(far.getMessage().contains("`targetspec list` shows what there is"), far.getMessage());
        assertTrue(onlyProblem(r, "a").message().endsWith("; did you mean `x86_64-unknown-none-multiboot2`?"),
                onlyProblem(r, "a").message());
    }

    @Test
    void aTargetArgumentWithASlashOrJsonIsAFile() {
        assertTrue(Lookup.isPath("my-target.json"));
        assertTrue(Lookup.isPath("targets/my-board"));
        assertTrue(!Lookup.isPath("thumbv7em-none-eabihf"));
    }
}
