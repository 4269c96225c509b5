package dev.targetspec.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InheritanceTest {
    static SpecFile file(String name, String json) throws Exception {
        return SpecLoader.parse(Path.of(name + ".json"), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void deepMergesObjectsReplacesArraysAndNullRemoves() throws Exception {
        SpecFile base = file("base", """
                {"triple": "base", "metadata": {"status": "custom", "description": "base"},
                 "rustc": {"arch": "x86_64", "features": "+a", "pre-link-args": {"gnu": ["-x"], "gnu-lld": ["-y"]},
                           "cpu": "generic", "stack-probes": {"kind": "inline"}}}""");
        SpecFile child = file("child", """
                {"triple": "child", "inherits": "base", "metadata": {"status": "proposed"},
                 "rustc": {"pre-link-args": {"gnu": ["-z", "-w"]}, "cpu": null, "stack-probes": {"kind": "call"}}}""");
        Target t = Inheritance.resolve(List.of(child, base));
        assertEquals("x86_64", t.text("/rustc/arch").orElseThrow());
        assertEquals("[\"-z\",\"-w\"]", t.at("/rustc/pre-link-args/gnu").toString(), "arrays are replaced");
        assertEquals("[\"-y\"]", t.at("/rustc/pre-link-args/gnu-lld").toString(), "objects are merged");
        assertFalse(t.rustc().has("cpu"), "null removes the inherited key");
        assertEquals("call", t.text("/rustc/stack-probes/kind").orElseThrow());
        assertSame(child, t.origin("/rustc/stack-probes/kind"));
        assertSame(base, t.origin("/rustc/arch"));
        assertSame(base, t.origin("/rustc/pre-link-args/gnu-lld"));
    }

    @Test
    void metadataAndFileMembersAreNotInheritedAcrossTriples() throws Exception {
        SpecFile base = file("base", """
                {"$comment": "base", "triple": "base", "metadata": {"status": "builtin", "tier": 2},
                 "rustc": {"arch": "x86_64"}}""");
        SpecFile child = file("child", """
                {"triple": "child", "inherits": "base", "metadata": {"status": "proposed"}}""");
        Target t = Inheritance.resolve(List.of(child, base));
        assertEquals("{\"status\":\"proposed\"}", t.at("/metadata").toString());
        assertFalse(t.doc().has("$comment"));
        assertEquals("child", t.triple());
    }

    @Test
    void anOverlayMergesMetadataOntoItsBuiltin() throws Exception {
        SpecFile builtin = file("x", """
                {"triple": "x", "metadata": {"status": "builtin", "tier": 2}, "rustc": {"arch": "x86_64"}}""");
        SpecFile overlay = file("x", """
                {"triple": "x", "metadata": {"status": "builtin", "maintainers": ["@a"]}}""");
        Target t = Inheritance.resolve(List.of(overlay, builtin));
        assertEquals(2, t.integer("/metadata/tier").orElseThrow());
        assertEquals("@a", t.at("/metadata/maintainers/0").asString());
    }

    @Test
    void aPlainRustcFileIsLiftedIntoTheRegistryShape() throws Exception {
        SpecFile plain = file("my-target", """
                {"arch": "x86_64", "llvm-target": "x86_64-unknown-none-elf",
                 "metadata": {"description": "mine", "tier": 7, "host_tools": false, "extra": 1}}""");
        assertEquals(SpecFile.Kind.RUSTC, plain.kind());
        assertEquals("my-target", plain.triple());
        assertEquals("x86_64", plain.doc().at("/rustc/arch").asString());
        assertFalse(plain.doc().at("/rustc").has("metadata"));
        assertEquals("mine", plain.doc().at("/metadata/description").asString());
        assertEquals(false, plain.doc().at("/metadata/host-tools").asBoolean());
        assertEquals(true, plain.doc().at("/metadata/tier").isNull(), "rustc turns an out-of-range tier into none");
        assertFalse(plain.doc().at("/metadata").has("extra"), "rustc ignores unknown metadata, and so do we");
        assertEquals("/arch", plain.filePointer("/rustc/arch"));
        assertEquals("/metadata/host_tools", plain.filePointer("/metadata/host-tools"));
    }
}
