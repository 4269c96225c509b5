package dev.targetspec.it.rustc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic generator of custom target specs derived from rustc's built-in specs.
 *
 * <p>The same built-in specs and the same seed always give the same list of mutants, in the
 * same order and with the same ids, so that a recorded corpus can be re-checked mutant by mutant.
 * Every kind draws from its own {@link Random}, seeded from the run seed and the kind's name, so
 * adding a kind does not disturb the others.
 */
final class Mutants {

    /** The seed of the committed corpus. */
    static final long CORPUS_SEED = 1_950_000L;

    /** One generated spec. */
    record Mutant(String id, String base, String mutation, ObjectNode spec) {
        String kind() {
            int colon = mutation.indexOf(':');
            return colon < 0 ? mutation : mutation.substring(0, colon);
        }
    }

    static final List<String> REQUIRED = List.of("llvm-target", "target-pointer-width", "data-layout", "arch");

    private static final JsonNodeFactory NF = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static final List<String> ENTRY_ABIS = List.of("C", "C-unwind", "Rust", "aapcs", "aapcs-unwind",
            "avr-interrupt", "avr-non-blocking-interrupt", "cdecl", "cdecl-unwind", "cmse-nonsecure-call",
            "cmse-nonsecure-entry", "custom", "efiapi", "fastcall", "fastcall-unwind", "gpu-kernel",
            "msp430-interrupt", "ptx-kernel", "riscv-interrupt-m", "riscv-interrupt-s", "rust-call", "rust-cold",
            "rust-invalid", "rust-preserve-none", "unadjusted", "stdcall", "stdcall-unwind", "system", "system-unwind", "sysv64", "sysv64-unwind", "thiscall",
            "thiscall-unwind", "vectorcall", "vectorcall-unwind", "win64", "win64-unwind", "x86-interrupt");

    /** Enumerated string fields and the values rustc 1.95's schema lists for them. */
    static final Map<String, List<String>> ENUMS = enums();

    private static Map<String, List<String>> enums() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("binary-format", List.of("coff", "elf", "mach-o", "wasm", "xcoff"));
        m.put("code-model", List.of("tiny", "small", "kernel", "medium", "large"));
        m.put("debuginfo-kind", List.of("dwarf", "dwarf-dsym", "pdb"));
        m.put("target-endian", List.of("big", "little"));
        m.put("llvm-floatabi", List.of("soft", "hard"));
        m.put("frame-pointer", List.of("always", "non-leaf", "may-omit"));
        m.put("crt-objects-fallback", List.of("false", "true", "wasm", "musl", "mingw"));
        m.put("linker-flavor", List.of("gnu", "gnu-lld", "gnu-cc", "gnu-lld-cc", "darwin", "darwin-lld",
                "darwin-cc", "darwin-lld-cc", "wasm-lld", "wasm-lld-cc", "unix", "unix-cc", "msvc-lld", "msvc",
                "em-cc", "bpf", "llbc", "ptx", "gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "em"));
        m.put("lld-flavor", List.of("wasm", "darwin", "gnu", "link"));
        m.put("merge-functions", List.of("disabled", "trampolines", "aliases"));
        m.put("panic-strategy", List.of("unwind", "abort", "immediate-abort"));
        m.put("relocation-model", List.of("static", "pic", "pie", "dynamic-no-pic", "ropi", "rwpi", "ropi-rwpi"));
        m.put("relro-level", List.of("full", "partial", "off", "none"));
        m.put("rustc-abi", List.of("x86-sse2", "softfloat"));
        m.put("split-debuginfo", List.of("off", "packed", "unpacked"));
        m.put("default-visibility", List.of("hidden", "protected", "interposable"));
        m.put("tls-model", List.of("global-dynamic", "local-dynamic", "initial-exec", "local-exec", "emulated"));
        m.put("entry-abi", ENTRY_ABIS);
        return Collections.unmodifiableMap(m);
    }


    private static final List<String> FLAVORS = ENUMS.get("linker-flavor");
    private static final List<String> LINK_ARG_KEYS = List.of("pre-link-args", "late-link-args",
            "late-link-args-dynamic", "late-link-args-static", "post-link-args");
    private static final List<String> IS_LIKE = List.of("is-like-darwin", "is-like-solaris", "is-like-gpu",
            "is-like-windows", "is-like-wasm", "is-like-msvc", "is-like-aix", "is-like-android", "is-like-vexos");
    private static final List<String> BOOLEANS = List.of("abi-return-struct-as-int", "allow-asm",
            "allows-weak-linkage", "atomic-cas", "crt-static-allows-dylibs", "crt-static-default",
            "crt-static-respected", "default-uwtable", "direct-access-external-data", "disable-redzone",
            "dll-tls-export", "dynamic-linking", "eh-frame-header", "emit-debug-gdb-scripts", "executables",
            "function-sections", "generate-arange-section", "has-rpath", "has-thread-local",
            "has-thumb-interworking", "is-like-aix", "is-like-android", "is-like-darwin", "is-like-gpu",
            "is-like-msvc", "is-like-solaris", "is-like-vexos", "is-like-wasm", "is-like-windows",
            "limit-rdylib-exports", "linker-is-gnu", "main-needs-argc-argv", "need-explicit-cpu", "no-builtins",
            "no-default-libraries", "obj-is-bitcode", "only-cdylib", "plt-by-default",
            "position-independent-executables", "relax-elf-relocations", "requires-lto", "requires-uwtable",
            "simd-types-indirect", "singlethread", "static-initializer-must-be-acyclic",
            "static-position-independent-executables", "supports-stack-protector", "supports-xray",
            "trap-unreachable", "use-ctors-section");
    private static final List<String> STRINGS = List.of("llvm-target", "data-layout", "arch", "os", "env", "abi",
            "vendor", "cpu", "features", "linker", "dll-prefix", "dll-suffix", "exe-suffix", "archive-format",
            "llvm-abiname", "entry-name", "target-mcount", "staticlib-suffix");
    private static final List<String> INTEGERS = List.of("target-pointer-width", "max-atomic-width",
            "min-atomic-width", "c-enum-min-bits", "target-c-int-width", "default-dwarf-version",
            "default-codegen-units", "min-global-align");
    private static final List<String> ARRAYS = List.of("llvm-args", "link-env", "link-env-remove", "asm-args",
            "override-export-symbols", "supported-sanitizers", "supported-split-debuginfo", "default-sanitizers");
    private static final List<String> OBJECTS = List.of("pre-link-args", "post-link-args", "late-link-args",
            "pre-link-objects", "post-link-objects", "pre-link-objects-fallback", "link-self-contained",
            "stack-probes", "metadata");

    private final SortedMap<String, ObjectNode> builtins;
    private final List<String> names;
    private final List<String> pool;
    private final long seed;
    private final List<Mutant> out = new ArrayList<>();
    private final Map<String, Integer> counters = new TreeMap<>();
    private Random rnd;

    private Mutants(Map<String, ObjectNode> builtins, long seed) {
        this.builtins = Collections.unmodifiableSortedMap(new TreeMap<>(builtins));
        this.names = List.copyOf(this.builtins.keySet());
        this.pool = names.stream().filter(n -> usableBase(this.builtins.get(n))).toList();
        this.seed = seed;
    }

    /**
     * Whether a built-in spec is a useful base for random mutants. Two groups are left out (they
     * still get a {@code roundtrip} mutant): specs that set {@code need-explicit-cpu}, for which no
     * library compiles without {@code -C target-cpu}, and xtensa specs, whose built-in data-layout
     * LLVM rejects for a custom target of the same llvm-target. Mutants of either would only
     * measure that.
     */
    static boolean usableBase(ObjectNode spec) {
        return !spec.path("need-explicit-cpu").asBoolean(false) && !"xtensa".equals(spec.path("arch").asString(""));
    }

    /** Parses rustc's printed built-in spec. */
    static ObjectNode parse(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }

    static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** All mutants for the given built-in specs (target name to printed spec) and seed. */
    static List<Mutant> generate(Map<String, ObjectNode> builtins, long seed) {
        Mutants m = new Mutants(builtins, seed);
        m.all();
        return List.copyOf(m.out);
    }

    /**
     * {@code size} of the mutants, taken from every kind in turn (each kind's in an order drawn from
     * the seed), in their original order; all of them when {@code size} is not smaller.
     */
    static List<Mutant> subset(List<Mutant> all, int size, long seed) {
        if (size >= all.size()) {
            return all;
        }
        Map<String, List<Mutant>> byKind = new LinkedHashMap<>();
        all.forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        Random r = new Random(seed);
        byKind.values().forEach(l -> Collections.shuffle(l, r));
        java.util.Set<Mutant> chosen = new java.util.HashSet<>();
        for (int i = 0; chosen.size() < size; i++) {
            for (List<Mutant> l : byKind.values()) {
                if (i < l.size() && chosen.size() < size) {
                    chosen.add(l.get(i));
                }
            }
        }
        return all.stream().filter(chosen::contains).toList();
    }

    private void all() {
        kind("roundtrip", () -> names.forEach(n -> emit(n, "roundtrip", base(n))));
        kind("unknown-field", () -> repeat(40, this::unknownField));
        kind("misspelled-field", () -> repeat(60, this::misspelledField));
        kind("wrong-type", () -> repeat(100, this::wrongType));
        kind("null-value", () -> repeat(25, this::nullValue));
        kind("drop-required", () -> repeat(24, this::dropRequired));
        kind("drop-optional", () -> repeat(50, this::dropOptional));
        kind("enum-invalid", () -> repeat(50, this::enumInvalid));
        kind("enum-other-valid", () -> repeat(100, this::enumOtherValid));
        kind("endian-flip", () -> repeat(25, this::endianFlip));
        kind("pointer-width", () -> repeat(40, this::pointerWidth));
        kind("atomic-width", () -> repeat(40, this::atomicWidth));
        kind("bool-flip", () -> repeat(100, this::boolFlip));
        kind("int-range", () -> repeat(60, this::intRange));
        kind("data-layout-garbage", () -> repeat(45, this::dataLayoutGarbage));
        kind("data-layout-swap", () -> repeat(40, this::dataLayoutSwap));
        kind("harmless", () -> repeat(70, this::harmless));
        kind("is-like", () -> repeat(50, this::isLike));
        kind("linker-flavor", () -> repeat(50, this::linkerFlavor));
        kind("link-args", () -> repeat(50, this::linkArgs));
        kind("crt-objects-fallback", () -> repeat(30, this::crtObjectsFallback));
        kind("vendor-os", () -> repeat(30, this::vendorOs));
        kind("crt-static", () -> repeat(25, this::crtStatic));
        kind("llvm-abiname", () -> repeat(60, this::llvmAbiname));
        kind("arm-floatabi", () -> repeat(20, this::armFloatabi));
        kind("rustc-abi", () -> repeat(30, this::rustcAbi));
        kind("cfg-abi", () -> repeat(25, this::cfgAbi));
        kind("features", () -> repeat(60, this::features));
        kind("link-env", () -> repeat(20, this::linkEnv));
        kind("min-global-align", () -> repeat(20, this::minGlobalAlign));
        kind("entry-abi", () -> repeat(40, this::entryAbi));
        kind("serde", this::serde);
    }

    // ---------------------------------------------------------------- plumbing

    private void kind(String name, Runnable body) {
        rnd = new Random(seed ^ (long) name.hashCode() * 0x9E3779B97F4A7C15L);
        body.run();
    }

    private static void repeat(int n, Runnable r) {
        for (int i = 0; i < n; i++) {
            r.run();
        }
    }

    private void emit(String base, String mutation, ObjectNode spec) {
        String kind = mutation.contains(":") ? mutation.substring(0, mutation.indexOf(':')) : mutation;
        int n = counters.merge(kind, 1, Integer::sum);
        out.add(new Mutant(String.format("%s-%04d", kind, n), base, mutation, spec));
    }

    private ObjectNode base(String name) {
        return builtins.get(name).deepCopy();
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private String anyBase() {
        return pick(pool);
    }

    private String baseWhere(Predicate<ObjectNode> p) {
        List<String> ok = names.stream().filter(n -> p.test(builtins.get(n))).toList();
        if (ok.isEmpty()) {
            throw new IllegalStateException("no built-in target matches");
        }
        return pick(ok);
    }

    private String baseOfArch(String... arches) {
        List<String> a = List.of(arches);
        return baseWhere(s -> a.contains(s.path("arch").asString("")));
    }

    private static String str(ObjectNode s, String key, String dflt) {
        JsonNode v = s.get(key);
        return v != null && v.isString() ? v.asString() : dflt;
    }

    private List<String> keysOf(ObjectNode s, List<String> candidates) {
        return candidates.stream().filter(s::has).toList();
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = NF.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    // ---------------------------------------------------------------- generic mutations

    private void unknownField() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> existing = new ArrayList<>(s.propertyNames());
        String key = switch (rnd.nextInt(6)) {
            case 0 -> "x-custom-" + rnd.nextInt(1000);
            case 1 -> pick(existing).replace('-', '_');
            case 2 -> pick(List.of("target-abi", "cfg-abi", "target-os", "target-arch", "target-vendor",
                    "target-env", "target-family-name", "is-builtin", "pointer-width", "description"));
            case 3 -> pick(List.of("tier", "std", "host_tools", "host-tools"));
            case 4 -> "$comment";
            default -> pick(existing).toUpperCase(java.util.Locale.ROOT);
        };
        if (s.has(key)) {
            key = key + "-extra";
        }
        JsonNode value = switch (rnd.nextInt(4)) {
            case 0 -> NF.numberNode(1);
            case 1 -> NF.stringNode("x");
            case 2 -> NF.booleanNode(true);
            default -> NF.nullNode();
        };
        s.set(key, value);
        emit(b, "unknown-field:" + key + "=" + compact(value), s);
    }

    private void misspelledField() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> existing = new ArrayList<>(s.propertyNames());
        String key = rnd.nextInt(3) == 0 ? pick(REQUIRED) : pick(existing);
        String typo = typo(key);
        JsonNode v = s.remove(key);
        s.set(typo, v);
        emit(b, "misspelled-field:" + key + "->" + typo, s);
    }

    private String typo(String key) {
        for (;;) {
            String t;
            int i = rnd.nextInt(key.length());
            switch (rnd.nextInt(4)) {
                case 0 -> t = key.substring(0, i) + key.substring(i + 1);
                case 1 -> {
                    int j = Math.min(i + 1, key.length() - 1);
                    char[] c = key.toCharArray();
                    char tmp = c[i];
                    c[i] = c[j];
                    c[j] = tmp;
                    t = new String(c);
                }
                case 2 -> t = key.substring(0, i) + (char) ('a' + rnd.nextInt(26)) + key.substring(i);
                default -> t = key.endsWith("s") ? key.substring(0, key.length() - 1) : key + "s";
            }
            if (!t.equals(key) && !t.isEmpty()) {
                return t;
            }
        }
    }

    private void wrongType() {
        String b = anyBase();
        ObjectNode s = base(b);
        int family = rnd.nextInt(5);
        String key;
        JsonNode value;
        switch (family) {
            case 0 -> {
                key = pick(BOOLEANS);
                value = pick(List.of(NF.stringNode("true"), NF.stringNode("false"), NF.stringNode("yes"),
                        NF.numberNode(1), NF.numberNode(0), NF.arrayNode()));
            }
            case 1 -> {
                key = pick(INTEGERS);
                long cur = s.path(key).asLong(32);
                value = pick(List.of(NF.stringNode(Long.toString(cur)), NF.numberNode(cur + 0.5),
                        NF.numberNode((double) cur), NF.booleanNode(true), NF.arrayNode().add(cur)));
            }
            case 2 -> {
                key = pick(STRINGS);
                value = pick(List.of(NF.numberNode(1), NF.booleanNode(false), strings(str(s, key, "x")),
                        NF.objectNode()));
            }
            case 3 -> {
                key = pick(ARRAYS);
                value = pick(List.of(NF.stringNode("x"), NF.objectNode(), NF.arrayNode().add(1),
                        NF.stringNode("address,leak")));
            }
            default -> {
                key = pick(OBJECTS);
                value = pick(List.of(NF.arrayNode(), NF.stringNode("inline"), NF.numberNode(3),
                        strings("gnu-cc", "-m64")));
            }
        }
        s.set(key, value);
        emit(b, "wrong-type:" + key + "=" + compact(value), s);
    }

    private void nullValue() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> optional = s.propertyNames().stream().filter(k -> !REQUIRED.contains(k)).toList();
        String key = rnd.nextInt(4) == 0 ? pick(REQUIRED) : pick(optional);
        s.set(key, NF.nullNode());
        emit(b, "null-value:" + key, s);
    }

    private void dropRequired() {
        String b = anyBase();
        ObjectNode s = base(b);
        String key = pick(REQUIRED);
        s.remove(key);
        emit(b, "drop-required:" + key, s);
    }

    private void dropOptional() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> optional = s.propertyNames().stream().filter(k -> !REQUIRED.contains(k)).toList();
        String key = pick(optional);
        s.remove(key);
        emit(b, "drop-optional:" + key, s);
    }

    private void enumInvalid() {
        String b = anyBase();
        ObjectNode s = base(b);
        String key = pick(new ArrayList<>(ENUMS.keySet()));
        List<String> valid = ENUMS.get(key);
        String v = switch (rnd.nextInt(5)) {
            case 0 -> pick(valid).toUpperCase(java.util.Locale.ROOT);
            case 1 -> pick(valid).replace('-', '_') + (rnd.nextBoolean() ? "" : "x");
            case 2 -> "";
            case 3 -> pick(List.of("x86-softfloat", "soft-float", "hardfloat", "default", "lld", "clang", "pe"));
            default -> typo(pick(valid));
        };
        if (valid.contains(v)) {
            v = v + "?";
        }
        s.put(key, v);
        emit(b, "enum-invalid:" + key + "=" + v, s);
    }

    private void enumOtherValid() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> keys = new ArrayList<>(ENUMS.keySet());
        keys.remove("target-endian");
        keys.remove("entry-abi");
        String key = pick(keys);
        List<String> others = ENUMS.get(key).stream().filter(x -> !x.equals(str(s, key, null))).toList();
        String v = pick(others);
        s.put(key, v);
        emit(b, "enum-other-valid:" + key + "=" + v, s);
    }

    private void endianFlip() {
        String b = anyBase();
        ObjectNode s = base(b);
        String cur = str(s, "target-endian", "little");
        String flipped = cur.equals("big") ? "little" : "big";
        s.put("target-endian", flipped);
        boolean alsoLayout = rnd.nextInt(3) == 0;
        if (alsoLayout) {
            String dl = s.get("data-layout").asString();
            String fdl = (dl.startsWith("e") ? "E" : "e") + dl.substring(1);
            s.put("data-layout", fdl);
        }
        emit(b, "endian-flip:" + flipped + (alsoLayout ? "+data-layout" : ""), s);
    }

    private void pointerWidth() {
        String b = anyBase();
        ObjectNode s = base(b);
        int cur = s.get("target-pointer-width").asInt();
        List<Integer> candidates = new ArrayList<>(List.of(16, 32, 64, 0, 8, 128, 65535, 24));
        candidates.remove(Integer.valueOf(cur));
        int v = pick(candidates);
        s.put("target-pointer-width", v);
        emit(b, "pointer-width:" + v, s);
    }

    private void atomicWidth() {
        String b = anyBase();
        ObjectNode s = base(b);
        String key = rnd.nextInt(3) == 0 ? "min-atomic-width" : "max-atomic-width";
        long v = pick(List.of(0L, 8L, 16L, 32L, 64L, 128L, 7L, 24L, 256L, 1024L));
        s.put(key, v);
        emit(b, "atomic-width:" + key + "=" + v, s);
    }

    private void boolFlip() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> present = keysOf(s, BOOLEANS);
        String key = !present.isEmpty() && rnd.nextBoolean() ? pick(present) : pick(BOOLEANS);
        boolean v = !s.path(key).asBoolean(false);
        s.put(key, v);
        emit(b, "bool-flip:" + key + "=" + v, s);
    }

    private void intRange() {
        String b = anyBase();
        ObjectNode s = base(b);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        String key;
        BigInteger v;
        switch (rnd.nextInt(7)) {
            case 0 -> {
                key = "c-enum-min-bits";
                v = BigInteger.valueOf(pick(List.of(0L, 1L, 7L, 8L, 16L, 32L, 64L, 65L, 128L, 1000L)));
            }
            case 1 -> {
                key = "target-c-int-width";
                v = BigInteger.valueOf(pick(List.of(0L, 8L, 16L, 32L, 64L, 128L, 65535L, 65536L, -1L)));
            }
            case 2 -> {
                key = "default-dwarf-version";
                v = BigInteger.valueOf(pick(List.of(0L, 1L, 2L, 4L, 5L, 6L, 100L, 4294967296L)));
            }
            case 3 -> {
                key = "default-codegen-units";
                v = pick(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(1L << 40), two64));
            }
            case 4 -> {
                key = "max-atomic-width";
                v = pick(List.of(BigInteger.valueOf(-1), two64.subtract(BigInteger.ONE), two64));
            }
            case 5 -> {
                key = "target-pointer-width";
                v = pick(List.of(BigInteger.valueOf(-64), BigInteger.valueOf(65536), BigInteger.valueOf(70000)));
            }
            default -> {
                key = "metadata.tier";
                v = pick(List.of(BigInteger.ZERO, BigInteger.valueOf(3), BigInteger.valueOf(4),
                        BigInteger.valueOf(300), two64.subtract(BigInteger.ONE), two64, BigInteger.valueOf(-1)));
            }
        }
        if (key.startsWith("metadata.")) {
            ObjectNode md = s.has("metadata") && s.get("metadata").isObject()
                    ? (ObjectNode) s.get("metadata") : s.putObject("metadata");
            md.put("tier", v);
        } else {
            s.put(key, v);
        }
        emit(b, "int-range:" + key + "=" + v, s);
    }

    private void dataLayoutGarbage() {
        String b = anyBase();
        ObjectNode s = base(b);
        String dl = s.get("data-layout").asString();
        String[] parts = dl.split("-");
        String v = switch (rnd.nextInt(9)) {
            case 0 -> "";
            case 1 -> dl.substring(0, Math.max(1, rnd.nextInt(dl.length())));
            case 2 -> dl + "-" + pick(List.of("p:0:0", "i7:8", "a:3", "S12", "n", "q", "p:64", "i64:3", "Fz8"));
            case 3 -> dl.replace("-", rnd.nextBoolean() ? "_" : "--");
            case 4 -> "garbage-" + rnd.nextInt(100);
            case 5 -> {
                List<String> p = new ArrayList<>(List.of(parts));
                Collections.shuffle(p, rnd);
                yield String.join("-", p);
            }
            case 6 -> {
                List<String> p = new ArrayList<>(List.of(parts));
                p.remove(rnd.nextInt(p.size()));
                yield String.join("-", p);
            }
            case 7 -> dl.replaceFirst("p:(\\d+):(\\d+)", "p:$1:" + pick(List.of("0", "3", "65536", "x")));
            default -> dl.replaceAll("i64:64", pick(List.of("i64:32", "i64:128", "i64:0")));
        };
        s.put("data-layout", v);
        emit(b, "data-layout-garbage:" + v, s);
    }

    private void dataLayoutSwap() {
        String b = anyBase();
        ObjectNode s = base(b);
        String dl = s.get("data-layout").asString();
        boolean sameLlvmTarget = rnd.nextInt(4) == 0;
        String lt = s.get("llvm-target").asString();
        List<String> donors = names.stream().filter(n -> {
            ObjectNode o = builtins.get(n);
            if (sameLlvmTarget) {
                return o.get("llvm-target").asString().equals(lt);
            }
            return !o.get("data-layout").asString().equals(dl)
                    && o.get("target-pointer-width").asInt() == s.get("target-pointer-width").asInt()
                    && str(o, "target-endian", "little").equals(str(s, "target-endian", "little"));
        }).toList();
        if (donors.isEmpty()) {
            donors = names;
        }
        String donor = pick(donors);
        s.put("data-layout", builtins.get(donor).get("data-layout").asString());
        emit(b, "data-layout-swap:from " + donor, s);
    }

    private void harmless() {
        String b = anyBase();
        ObjectNode s = base(b);
        String what;
        switch (rnd.nextInt(9)) {
            case 0 -> {
                ObjectNode md = s.has("metadata") ? (ObjectNode) s.get("metadata") : s.putObject("metadata");
                md.put("description", "custom " + rnd.nextInt(1000));
                what = "metadata.description";
            }
            case 1 -> {
                ObjectNode r = NF.objectNode();
                List<String> keys = new ArrayList<>(s.propertyNames());
                Collections.reverse(keys);
                keys.forEach(k -> r.set(k, s.get(k)));
                emit(b, "harmless:reverse key order", r);
                return;
            }
            case 2 -> {
                s.put("linker", pick(List.of("cc", "clang", "my-linker", "/usr/bin/ld")));
                what = "linker";
            }
            case 3 -> {
                s.put("exe-suffix", pick(List.of(".exe", ".elf", ".bin", "")));
                what = "exe-suffix";
            }
            case 4 -> {
                s.put("dll-prefix", pick(List.of("lib", "", "x")));
                what = "dll-prefix";
            }
            case 5 -> {
                s.set("llvm-args", NF.arrayNode());
                what = "empty llvm-args";
            }
            case 6 -> {
                ObjectNode md = s.has("metadata") ? (ObjectNode) s.get("metadata") : s.putObject("metadata");
                md.put("tier", 1 + rnd.nextInt(3));
                md.put("std", rnd.nextBoolean());
                what = "metadata.tier/std";
            }
            case 7 -> {
                s.put("archive-format", pick(List.of("gnu", "bsd", "darwin", "coff", "aix_big")));
                what = "archive-format";
            }
            default -> {
                s.put("default-codegen-units", 1 + rnd.nextInt(64));
                what = "default-codegen-units";
            }
        }
        emit(b, "harmless:" + what, s);
    }

    // ---------------------------------------------------------------- consistency checks

    private void isLike() {
        String b = anyBase();
        ObjectNode s = base(b);
        String what;
        switch (rnd.nextInt(4)) {
            case 0, 1 -> {
                String key = pick(IS_LIKE);
                boolean v = !s.path(key).asBoolean(false);
                s.put(key, v);
                what = key + "=" + v;
            }
            case 2 -> {
                String vendor = pick(List.of("apple", "pc", "unknown", "acme"));
                s.put("vendor", vendor);
                what = "vendor=" + vendor;
            }
            default -> {
                String os = pick(List.of("windows", "uefi", "cygwin", "solaris", "illumos", "linux", "emscripten",
                        "none", "macos"));
                s.put("os", os);
                what = "os=" + os;
            }
        }
        emit(b, "is-like:" + what, s);
    }

    private void linkerFlavor() {
        String b = rnd.nextInt(5) == 0 ? baseOfArch("bpf", "wasm32", "avr") : anyBase();
        ObjectNode s = base(b);
        String what;
        if (rnd.nextInt(6) == 0) {
            String arch = pick(List.of("bpf", "wasm32", "x86_64"));
            s.put("arch", arch);
            what = "arch=" + arch;
        } else {
            String f = pick(FLAVORS);
            s.put("linker-flavor", f);
            what = "linker-flavor=" + f;
        }
        emit(b, "linker-flavor:" + what, s);
    }

    private void linkArgs() {
        String b = rnd.nextInt(8) == 0 ? baseOfArch("avr") : anyBase();
        ObjectNode s = base(b);
        String key = pick(LINK_ARG_KEYS);
        String flavor = str(s, "linker-flavor", "gnu-cc");
        ObjectNode args = s.has(key) && s.get(key).isObject() ? (ObjectNode) s.get(key) : s.putObject(key);
        String what;
        switch (rnd.nextInt(6)) {
            case 0 -> {
                args.set(flavor, NF.arrayNode());
                what = "empty list for " + flavor;
            }
            case 1 -> {
                String other = pick(FLAVORS);
                args.set(other, strings("-lfoo"));
                what = "args for " + other;
            }
            case 2 -> {
                args.set("gnu", strings("-z", "now"));
                args.set("gnu-lld", strings("-z", "relro"));
                what = "gnu vs gnu-lld differ";
            }
            case 3 -> {
                args.set("gnu-cc", strings("-Wl,--foo"));
                if (rnd.nextBoolean()) {
                    args.set("gnu", strings("--bar"));
                    what = "gnu-cc -Wl,--foo with gnu --bar";
                } else {
                    args.set("gnu", strings("--foo"));
                    what = "gnu-cc -Wl,--foo with gnu --foo";
                }
            }
            case 4 -> {
                args.set(flavor, strings("-lm"));
                what = "one arg for " + flavor;
            }
            default -> {
                String f = pick(List.of("gnu", "gnu-lld", "gnu-cc", "gnu-lld-cc"));
                args.set(f, strings("-lc"));
                what = "args for " + f;
            }
        }
        emit(b, "link-args:" + key + " " + what, s);
    }

    private void crtObjectsFallback() {
        String b = anyBase();
        ObjectNode s = base(b);
        String fallback = pick(List.of("false", "true", "musl", "mingw", "wasm"));
        s.put("crt-objects-fallback", fallback);
        String what = "crt-objects-fallback=" + fallback;
        String crtKind = pick(List.of("static-nopic-exe", "dynamic-pic-exe", "static-dylib"));
        int shape = rnd.nextInt(4);
        if (shape == 0) {
            s.putObject("pre-link-objects-fallback").set(crtKind, strings("crt1.o"));
            what += " pre-link-objects-fallback." + crtKind + " non-empty";
        } else if (shape == 1) {
            s.putObject("post-link-objects-fallback").set(crtKind, strings("crtn.o"));
            what += " post-link-objects-fallback." + crtKind + " non-empty";
        } else if (shape == 2) {
            s.putObject("pre-link-objects-fallback").set(crtKind, NF.arrayNode());
            what += " pre-link-objects-fallback." + crtKind + " empty list";
        }
        if (rnd.nextBoolean()) {
            s.remove("link-self-contained");
            what += " no link-self-contained";
        }
        emit(b, "crt-objects-fallback:" + what, s);
    }

    private void vendorOs() {
        String b = rnd.nextInt(4) == 0 ? baseOfArch("wasm32", "bpf", "avr", "nvptx64", "amdgpu") : anyBase();
        ObjectNode s = base(b);
        String what = switch (rnd.nextInt(4)) {
            case 0 -> {
                s.put("vendor", "");
                yield "vendor=\"\"";
            }
            case 1 -> {
                s.put("os", "");
                yield "os=\"\"";
            }
            case 2 -> {
                s.put("os", "unknown");
                yield "os=unknown";
            }
            default -> {
                String os = pick(List.of("none", "myos", "linux", "Linux"));
                s.put("os", os);
                yield "os=" + os;
            }
        };
        emit(b, "vendor-os:" + what, s);
    }

    private void crtStatic() {
        String b = anyBase();
        ObjectNode s = base(b);
        String key = rnd.nextBoolean() ? "crt-static-default" : "crt-static-allows-dylibs";
        s.put(key, true);
        String what = key + "=true";
        switch (rnd.nextInt(3)) {
            case 0 -> {
                s.remove("crt-static-respected");
                what += " crt-static-respected absent";
            }
            case 1 -> {
                s.put("crt-static-respected", false);
                what += " crt-static-respected=false";
            }
            default -> {
                s.put("crt-static-respected", true);
                what += " crt-static-respected=true";
            }
        }
        emit(b, "crt-static:" + what, s);
    }

    private void llvmAbiname() {
        String b = baseOfArch(pick(List.of("x86", "x86_64", "arm", "aarch64", "riscv32", "riscv64", "powerpc",
                "powerpc64", "mips", "mips64", "loongarch64", "loongarch32", "s390x", "sparc64", "csky", "wasm32",
                "hexagon")));
        ObjectNode s = base(b);
        String v = pick(List.of("", "ilp32", "ilp32f", "ilp32d", "ilp32e", "lp64", "lp64f", "lp64d", "lp64e",
                "elfv1", "elfv2", "o32", "n32", "n64", "ilp32s", "lp64s", "pauthtest", "bogus"));
        s.put("llvm-abiname", v);
        emit(b, "llvm-abiname:" + v + " on " + s.get("arch").asString(), s);
    }

    private void armFloatabi() {
        String b = baseOfArch("arm");
        ObjectNode s = base(b);
        String what = switch (rnd.nextInt(3)) {
            case 0 -> {
                s.remove("llvm-floatabi");
                yield "drop llvm-floatabi";
            }
            case 1 -> {
                String v = str(s, "llvm-floatabi", "hard").equals("hard") ? "soft" : "hard";
                s.put("llvm-floatabi", v);
                yield "llvm-floatabi=" + v;
            }
            default -> {
                String v = pick(List.of("eabi", "eabihf", "uwp", "", "custom"));
                s.put("abi", v);
                yield "abi=" + v;
            }
        };
        emit(b, "arm-floatabi:" + what, s);
    }

    private void rustcAbi() {
        String b = anyBase();
        ObjectNode s = base(b);
        String v = pick(List.of("x86-sse2", "softfloat"));
        s.put("rustc-abi", v);
        emit(b, "rustc-abi:" + v + " on " + s.get("arch").asString(), s);
    }

    private void cfgAbi() {
        String b = anyBase();
        ObjectNode s = base(b);
        String v = pick(List.of("", "eabi", "eabihf", "elfv1", "elfv2", "abi64", "ilp32e", "softfloat", "spe",
                "x32", "sim", "macabi", "uwp", "llvm", "vec-default", "abiv2", "myabi"));
        s.put("abi", v);
        emit(b, "cfg-abi:" + v + " on " + s.get("arch").asString(), s);
    }

    private void features() {
        String arch = pick(List.of("x86_64", "x86", "aarch64", "arm", "riscv64", "riscv32", "s390x", "powerpc",
                "loongarch64", "sparc64"));
        String b = baseOfArch(arch);
        ObjectNode s = base(b);
        String cur = str(s, "features", "");
        List<String> add = switch (arch) {
            case "x86_64", "x86" -> List.of("sse2", "-sse2", "-x87", "+soft-float", "+avx2,-avx2", "+avx512f",
                    "-sse", "+retpoline-external-thunk", "+foo");
            case "aarch64" -> List.of("neon", "-neon", "-fp-armv8", "+reserve-x18", "+v8.1a,-v8.1a", "+sve");
            case "arm" -> List.of("-fpregs", "+soft-float", "+vfp2", "+neon,-neon", "-d32", "+thumb-mode");
            case "riscv64", "riscv32" -> List.of("-d", "+d", "-f", "+e", "+forced-atomics", "+m,-m", "m");
            case "s390x" -> List.of("+soft-float", "-vector", "+vector", "vector");
            case "powerpc" -> List.of("+spe", "-altivec", "+hard-float", "-hard-float");
            case "loongarch64" -> List.of("-d", "+d", "-f", "+lsx", "+lasx,-lasx");
            default -> List.of("+v9", "-v9", "+v8plus", "v9");
        };
        String f = pick(add);
        String what;
        switch (rnd.nextInt(5)) {
            case 0 -> {
                s.put("features", f);
                what = "features=" + f;
            }
            case 1 -> {
                String v = cur.isEmpty() ? f : cur + "," + f;
                s.put("features", v);
                what = "append " + f;
            }
            case 2 -> {
                String v = pick(List.of(",", cur + ",", " +sse2", "+", "-", "+sse2 ,+avx"));
                s.put("features", v);
                what = "features=" + v;
            }
            default -> {
                s.put("features", f);
                what = "features=" + f;
            }
        }
        emit(b, "features:" + what, s);
    }

    private void linkEnv() {
        String b = anyBase();
        ObjectNode s = base(b);
        ArrayNode v = switch (rnd.nextInt(5)) {
            case 0 -> strings("FOO");
            case 1 -> strings("FOO=bar");
            case 2 -> strings("=x");
            case 3 -> strings("A=1", "B");
            default -> strings("FOO=");
        };
        s.set("link-env", v);
        emit(b, "link-env:" + compact(v), s);
    }

    private void minGlobalAlign() {
        String b = anyBase();
        ObjectNode s = base(b);
        long v = pick(List.of(0L, 1L, 2L, 3L, 6L, 7L, 8L, 12L, 16L, 24L, 40L, 48L, 1L << 20, 1L << 29, 1L << 30,
                1L << 32, (1L << 32) + 8, Long.MAX_VALUE));
        s.put("min-global-align", v);
        emit(b, "min-global-align:" + v, s);
    }

    private void entryAbi() {
        String b = rnd.nextBoolean()
                ? baseOfArch(pick(List.of("x86_64", "x86", "aarch64", "arm", "riscv64", "avr", "msp430", "nvptx64")))
                : anyBase();
        ObjectNode s = base(b);
        String v = pick(ENTRY_ABIS);
        s.put("entry-abi", v);
        emit(b, "entry-abi:" + v + " on " + s.get("arch").asString(), s);
    }

    // ---------------------------------------------------------------- serde corner cases

    /** One edit per corner of rustc's JSON parsing that a JSON Schema check would judge differently. */
    private void serde() {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        serdeEdit("x86_64", "rustc-abi=x86-softfloat", s -> s.put("rustc-abi", "x86-softfloat"));
        serdeEdit("x86", "rustc-abi=x86-softfloat", s -> s.put("rustc-abi", "x86-softfloat"));
        serdeEdit("x86", "rustc-abi=softfloat", s -> s.put("rustc-abi", "softfloat"));
        serdeEdit(null, "target-family as a string", s -> s.put("target-family", "unix"));
        serdeEdit(null, "target-family empty array", s -> s.set("target-family", NF.arrayNode()));
        serdeEdit(null, "target-family unknown name", s -> s.set("target-family", strings("plan9")));
        serdeEdit(null, "metadata.tier=2^64", s -> s.withObjectProperty("metadata").put("tier", two64));
        serdeEdit(null, "metadata.tier=2^64-1", s -> s.withObjectProperty("metadata")
                .put("tier", two64.subtract(BigInteger.ONE)));
        serdeEdit(null, "metadata.tier=1.5", s -> s.withObjectProperty("metadata").put("tier", 1.5));
        serdeEdit(null, "metadata.tier=\"1\"", s -> s.withObjectProperty("metadata").put("tier", "1"));
        serdeEdit(null, "metadata unknown field", s -> s.withObjectProperty("metadata").put("maintainer", "me"));
        serdeEdit(null, "metadata=null", s -> s.set("metadata", NF.nullNode()));
        serdeEdit(null, "metadata.description=5", s -> s.withObjectProperty("metadata").put("description", 5));
        serdeEdit(null, "target-pointer-width=64.0", s -> s.put("target-pointer-width",
                (double) s.get("target-pointer-width").asInt()));
        serdeEdit(null, "target-c-int-width=65536", s -> s.put("target-c-int-width", 65536));
        serdeEdit(null, "max-atomic-width=2^64-1", s -> s.put("max-atomic-width", two64.subtract(BigInteger.ONE)));
        serdeEdit(null, "c-enum-min-bits=2^64-1", s -> s.put("c-enum-min-bits", two64.subtract(BigInteger.ONE)));
        serdeEdit(null, "min-global-align=2^64", s -> s.put("min-global-align", two64));
        serdeEdit(null, "stack-probes inline-or-call", s -> s.putObject("stack-probes").put("kind", "inline-or-call")
                .set("min-llvm-version-for-inline", NF.arrayNode().add(16).add(0).add(0)));
        serdeEdit(null, "stack-probes unknown kind", s -> s.putObject("stack-probes").put("kind", "bogus"));
        serdeEdit(null, "stack-probes as a string", s -> s.put("stack-probes", "inline"));
        serdeEdit(null, "stack-probes extra field", s -> s.putObject("stack-probes").put("kind", "inline")
                .put("extra", 1));
        serdeEdit(null, "small-data-threshold-support=none", s -> s.put("small-data-threshold-support", "none"));
        serdeEdit(null, "small-data-threshold-support=llvm-arg=x", s -> s.put("small-data-threshold-support",
                "llvm-arg=x"));
        serdeEdit(null, "small-data-threshold-support=bogus", s -> s.put("small-data-threshold-support", "bogus"));
        serdeEdit(null, "link-self-contained no components", s -> s.putObject("link-self-contained")
                .set("components", NF.arrayNode()));
        serdeEdit(null, "link-self-contained unknown component", s -> s.putObject("link-self-contained")
                .set("components", strings("bogus")));
        serdeEdit(null, "link-self-contained as a string", s -> s.put("link-self-contained", "true"));
        serdeEdit(null, "supported-sanitizers unknown", s -> s.set("supported-sanitizers", strings("bogus")));
        serdeEdit(null, "supported-sanitizers duplicate", s -> s.set("supported-sanitizers",
                strings("address", "address")));
        serdeEdit(null, "relro-level=none", s -> s.put("relro-level", "none"));
        serdeEdit(null, "frame-pointer=may-omit", s -> s.put("frame-pointer", "may-omit"));
        serdeEdit(null, "os=Linux", s -> s.put("os", "Linux"));
        serdeEdit(null, "env=GNU", s -> s.put("env", "GNU"));
        serdeEdit(null, "env empty", s -> s.put("env", ""));
        serdeEdit(null, "arch=x86-64", s -> s.put("arch", "x86-64"));
        serdeEdit(null, "arch empty", s -> s.put("arch", ""));
        serdeEdit(null, "llvm-target empty", s -> s.put("llvm-target", ""));
        serdeEdit(null, "llvm-target unknown", s -> s.put("llvm-target", "bogus-unknown-none"));
        serdeEdit(null, "cpu unknown", s -> s.put("cpu", "bogus-cpu"));
        serdeEdit(null, "features unknown", s -> s.put("features", "+bogus-feature"));
        serdeEdit(null, "data-layout empty", s -> s.put("data-layout", ""));
        serdeEdit(null, "lld-flavor=link with linker-is-gnu", s -> s.put("lld-flavor", "link")
                .put("linker-is-gnu", true));
        serdeEdit(null, "linker-flavor=gcc", s -> s.put("linker-flavor", "gcc"));
        serdeEdit(null, "linker-flavor=ld.lld", s -> s.put("linker-flavor", "ld.lld"));
        serdeEdit(null, "code-model=Small", s -> s.put("code-model", "Small"));
        serdeEdit(null, "entry-abi=\"C\" with spaces", s -> s.put("entry-abi", " C"));
        serdeEdit(null, "pre-link-args unknown flavor", s -> s.putObject("pre-link-args").set("bogus", strings("x")));
        serdeEdit(null, "pre-link-objects unknown kind", s -> s.putObject("pre-link-objects").set("bogus",
                strings("crt1.o")));
        serdeEdit(null, "pre-link-objects static-nopic-exe", s -> s.putObject("pre-link-objects")
                .set("static-nopic-exe", strings("crt1.o")));
    }

    private void serdeEdit(String arch, String what, java.util.function.Consumer<ObjectNode> edit) {
        String b = arch == null ? anyBase() : baseOfArch(arch);
        ObjectNode s = base(b);
        edit.accept(s);
        emit(b, "serde:" + what, s);
    }
}
