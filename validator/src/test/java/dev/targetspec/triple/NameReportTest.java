package dev.targetspec.triple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameReportTest {

    private static final List<String> EXISTING = List.of(
            "x86_64-unknown-linux-gnu", "riscv64gc-unknown-none-elf", "thumbv7em-none-eabihf",
            "wasm32-wasip1", "wasm32-wasip2", "aarch64-apple-darwin");

    private static Set<String> codes(NameReport r) {
        return r.findings().stream().map(NameReport.Finding::code).collect(Collectors.toSet());
    }

    @Test
    void explainsEachComponent() {
        NameReport r = NameReport.explain("thumbv7em-none-eabihf", List.of(), "thumbv7em-none-eabihf");
        assertEquals(3, r.components().size());
        assertEquals("architecture", r.components().get(0).role());
        assertTrue(r.components().get(0).meaning().contains("thumb"));
        assertEquals("operating system", r.components().get(1).role());
        assertEquals("environment", r.components().get(2).role());
        assertTrue(r.components().get(2).meaning().contains("hard float"));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertTrue(r.acceptable());
    }

    @Test
    void periodsAndOtherCharactersBreakTheNamingRule() {
        NameReport dotted = NameReport.explain("x86_64-unknown-linux-gnu2.17", List.of(), null);
        assertTrue(codes(dotted).contains("naming.period"));
        assertFalse(dotted.acceptable());

        NameReport plus = NameReport.explain("x86_64-unknown-linux-gnu+asan", List.of(), null);
        assertTrue(codes(plus).contains("naming.characters"));
        assertTrue(plus.findings().get(0).message().contains("'+'"));

        NameReport ok = NameReport.explain("x86_64-unknown-linux-gnu_ilp32", List.of(), null);
        assertFalse(codes(ok).contains("naming.characters"));
        assertFalse(codes(ok).contains("naming.period"));
    }

    @Test
    void findsCollisionsAndNearCollisions() {
        assertTrue(codes(NameReport.explain("x86_64-unknown-linux-gnu", EXISTING, null)).contains("collision.exact"));
        assertTrue(codes(NameReport.explain("X86_64-unknown-linux-gnu", EXISTING, null)).contains("collision.case"));
        assertTrue(codes(NameReport.explain("x86_64-unknown-linux_gnu", EXISTING, null)).contains("near.separator"));
        assertTrue(codes(NameReport.explain("x86_64-linux-gnu", EXISTING, null)).contains("near.llvm-equivalent"));
        assertTrue(codes(NameReport.explain("wasm32-wasip3", EXISTING, null)).contains("near.typo"));
        NameReport fresh = NameReport.explain("loongarch64-unknown-linux-ohos", EXISTING, null);
        assertTrue(fresh.findings().isEmpty(), fresh.findings().toString());
    }

    @Test
    void reportsSurprisingLlvmTargets() {
        NameReport r = NameReport.explain("riscv64gc-unknown-none-elf", List.of(), "riscv64");
        Set<String> c = codes(r);
        assertTrue(c.contains("llvm-target.arch"));
        assertTrue(c.contains("llvm-target.missing-os"));
        assertEquals("object format", r.components().get(3).role());

        NameReport mac = NameReport.explain("aarch64-apple-darwin", List.of(), "arm64-apple-macosx11.0.0");
        NameReport.Finding arch = mac.findings().stream()
                .filter(f -> f.code().equals("llvm-target.arch")).findFirst().orElseThrow();
        assertEquals(NameReport.Severity.NOTE, arch.severity());
        NameReport.Finding os = mac.findings().stream()
                .filter(f -> f.code().equals("llvm-target.os")).findFirst().orElseThrow();
        assertEquals(NameReport.Severity.WARNING, os.severity());
    }

    @Test
    void errorsComeFirst() {
        NameReport r = NameReport.explain("x86_64-unknown-linux-gnu.1", EXISTING, "riscv64");
        assertEquals(NameReport.Severity.ERROR, r.findings().get(0).severity());
    }

    @Test
    void mingwIsNotGlibc() {
        NameReport r = NameReport.explain("x86_64-pc-windows-gnu", List.of(), null);
        assertTrue(r.components().get(3).meaning().contains("MinGW"));
    }

    @Test
    void editDistance() {
        assertTrue(NameReport.editDistanceAtMostOne("abc", "abd"));
        assertTrue(NameReport.editDistanceAtMostOne("abc", "abcd"));
        assertTrue(NameReport.editDistanceAtMostOne("abc", "ac"));
        assertFalse(NameReport.editDistanceAtMostOne("abc", "acb"));
        assertFalse(NameReport.editDistanceAtMostOne("abc", "a"));
    }
}
