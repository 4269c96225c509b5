package dev.targetspec.it.rustc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The broad operators: mutants aimed at every check rustc makes on a custom target, from loading
 * to LLVM's code generation. Crossovers between built-ins, values of another arch, arch spellings
 * rustc cannot lower, near-miss field names and enum values, junk in strings, linker, ABI and OS
 * combinations, link-argument shapes, numeric edges, llvm-target variants, CPU names and more.
 *
 * <p>Like {@link Mutants}, the list depends only on the built-in specs and the seed, and each kind
 * draws from its own {@link Random}, so adding a kind leaves the others' mutants as they were.
 */
final class BroadMutants {

    private static final JsonNodeFactory NF = JsonNodeFactory.instance;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The arches whose foreign-ABI calls rustc 1.95 lowers ({@code callconv::adjust_for_foreign_abi}). */
    static final List<String> LOWERED_ARCHES = List.of("x86", "x86_64", "aarch64", "arm64ec", "amdgpu", "arm",
            "avr", "loongarch32", "loongarch64", "m68k", "csky", "mips", "mips32r6", "mips64", "mips64r6", "powerpc",
            "powerpc64", "s390x", "msp430", "sparc", "sparc64", "nvptx64", "hexagon", "xtensa", "riscv32", "riscv64",
            "wasm32", "wasm64", "bpf");

    private static final List<String> FIELDS = List.of("abi", "abi-return-struct-as-int", "allow-asm",
            "allows-weak-linkage", "arch", "archive-format", "asm-args", "atomic-cas", "binary-format",
            "c-enum-min-bits", "code-model", "cpu", "crt-objects-fallback", "crt-static-allows-dylibs",
            "crt-static-default", "crt-static-respected", "data-layout", "debuginfo-kind", "default-codegen-backend",
            "default-codegen-units", "default-dwarf-version", "default-sanitizers", "default-uwtable",
            "default-visibility", "direct-access-external-data", "disable-redzone", "dll-prefix", "dll-suffix",
            "dll-tls-export", "dynamic-linking", "eh-frame-header", "emit-debug-gdb-scripts", "entry-abi",
            "entry-name", "env", "exe-suffix", "executables", "features", "frame-pointer", "function-sections",
            "generate-arange-section", "has-rpath", "has-thread-local", "has-thumb-interworking", "is-like-aix",
            "is-like-android", "is-like-darwin", "is-like-gpu", "is-like-msvc", "is-like-solaris", "is-like-vexos",
            "is-like-wasm", "is-like-windows", "late-link-args", "late-link-args-dynamic", "late-link-args-static",
            "limit-rdylib-exports", "link-env", "link-env-remove", "link-script", "link-self-contained", "linker",
            "linker-flavor", "linker-is-gnu", "lld-flavor", "llvm-abiname", "llvm-args", "llvm-floatabi",
            "llvm-mcount-intrinsic", "llvm-target", "main-needs-argc-argv", "max-atomic-width", "merge-functions",
            "metadata", "min-atomic-width", "min-global-align", "need-explicit-cpu", "no-builtins",
            "no-default-libraries", "obj-is-bitcode", "only-cdylib", "os", "override-export-symbols",
            "panic-strategy", "plt-by-default", "position-independent-executables", "post-link-args",
            "post-link-objects", "post-link-objects-fallback", "pre-link-args", "pre-link-objects",
            "pre-link-objects-fallback", "relax-elf-relocations", "relocation-model", "relro-level",
            "requires-lto", "requires-uwtable", "rustc-abi", "simd-types-indirect", "singlethread",
            "small-data-threshold-support", "split-debuginfo", "stack-probes", "static-initializer-must-be-acyclic",
            "static-position-independent-executables", "staticlib-prefix", "staticlib-suffix",
            "supported-sanitizers", "supported-split-debuginfo", "supports-stack-protector", "supports-xray",
            "target-c-int-width", "target-endian", "target-family", "target-mcount", "target-pointer-width",
            "tls-model", "trap-unreachable", "use-ctors-section", "vendor");

    /** Strings that rustc hands to LLVM as C strings (and {@code data-layout}, compared and then passed). */
    private static final List<String> C_STRINGS = List.of("llvm-target", "cpu", "features", "llvm-abiname",
            "data-layout", "llvm-args");
    private static final List<String> PLAIN_STRINGS = List.of("arch", "os", "env", "abi", "vendor", "linker",
            "dll-prefix", "dll-suffix", "exe-suffix", "staticlib-prefix", "staticlib-suffix", "archive-format",
            "entry-name", "target-mcount", "llvm-mcount-intrinsic", "link-script", "metadata.description",
            "target-family", "link-env", "link-env-remove", "pre-link-args", "override-export-symbols", "asm-args",
            "default-codegen-backend");
    private static final List<String> LINK_ARG_KEYS = List.of("pre-link-args", "late-link-args",
            "late-link-args-dynamic", "late-link-args-static", "post-link-args");
    private static final List<String> FLAVORS = Mutants.ENUMS.get("linker-flavor");
    private static final List<String> IS_LIKE = List.of("is-like-darwin", "is-like-solaris", "is-like-gpu",
            "is-like-windows", "is-like-wasm", "is-like-msvc", "is-like-aix", "is-like-android", "is-like-vexos");
    private static final List<String> OSES = List.of("none", "linux", "windows", "macos", "ios", "tvos", "watchos",
            "visionos", "emscripten", "uefi", "wasi", "l4re", "vexos", "solaris", "illumos", "aix", "android",
            "cuda", "amdhsa", "freebsd", "netbsd", "horizon", "fuchsia", "hermit", "cygwin", "unknown", "myos");
    private static final List<String> VENDORS = List.of("unknown", "apple", "pc", "uwp", "wrs", "nvidia", "amd",
            "ibm", "espressif", "fortanix", "sony", "nintendo", "win7", "acme");

    private final SortedMap<String, ObjectNode> builtins;
    private final List<String> names;
    private final List<String> pool;
    private final long seed;
    private final List<Mutants.Mutant> out = new ArrayList<>();
    private final Map<String, Integer> counters = new TreeMap<>();
    private Random rnd;

    private BroadMutants(Map<String, ObjectNode> builtins, long seed) {
        this.builtins = Collections.unmodifiableSortedMap(new TreeMap<>(builtins));
        this.names = List.copyOf(this.builtins.keySet());
        this.pool = names.stream().filter(n -> Mutants.usableBase(this.builtins.get(n))).toList();
        this.seed = seed;
    }

    /** Every broad mutant of the given built-in specs (target name to printed spec) for the seed. */
    static List<Mutants.Mutant> generate(Map<String, ObjectNode> builtins, long seed) {
        BroadMutants m = new BroadMutants(builtins, seed);
        m.all();
        return List.copyOf(m.out);
    }

    /** The names of the broad kinds, in the order they are generated. */
    static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    private static final Map<String, Integer> KINDS = counts();

    private static Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("cross-field", 100);
        m.put("cross-group", 100);
        m.put("other-arch", 100);
        m.put("arch-spelling", 70);
        m.put("arch-mismatch", 50);
        m.put("field-near-miss", 80);
        m.put("field-old-name", 60);
        m.put("enum-near-miss", 100);
        m.put("junk-llvm-string", 110);
        m.put("junk-string", 90);
        m.put("linker-combo", 100);
        m.put("os-family", 70);
        m.put("link-args-shape", 90);
        m.put("numeric-edge", 110);
        m.put("c-int-widths", 50);
        m.put("atomic-widths", 50);
        m.put("drop-required-pair", 25);
        m.put("llvm-target-variant", 110);
        m.put("subarch-feature", 90);
        m.put("abiname-missing", 50);
        m.put("abi-combo", 110);
        m.put("apple-vendor", 60);
        m.put("codegen-backend", 25);
        m.put("llvm-args", 60);
        m.put("cpu-name", 100);
        m.put("link-env-shape", 35);
        m.put("bool-combo", 60);
        m.put("code-model-arch", 60);
        m.put("reloc-tls-arch", 60);
        m.put("data-layout-edit", 90);
        m.put("sanitizers", 30);
        m.put("split-debuginfo", 30);
        m.put("stack-probes-shape", 25);
        m.put("metadata-shape", 25);
        m.put("target-family-shape", 25);
        m.put("crt-objects-shape", 50);
        m.put("entry-abi-arch", 70);
        m.put("features-shape", 60);
        return Collections.unmodifiableMap(m);
    }

    private void all() {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("cross-field", this::crossField);
        ops.put("cross-group", this::crossGroup);
        ops.put("other-arch", this::otherArch);
        ops.put("arch-spelling", this::archSpelling);
        ops.put("arch-mismatch", this::archMismatch);
        ops.put("field-near-miss", this::fieldNearMiss);
        ops.put("field-old-name", this::fieldOldName);
        ops.put("enum-near-miss", this::enumNearMiss);
        ops.put("junk-llvm-string", () -> junk(C_STRINGS, "junk-llvm-string"));
        ops.put("junk-string", () -> junk(PLAIN_STRINGS, "junk-string"));
        ops.put("linker-combo", this::linkerCombo);
        ops.put("os-family", this::osFamily);
        ops.put("link-args-shape", this::linkArgsShape);
        ops.put("numeric-edge", this::numericEdge);
        ops.put("c-int-widths", this::cIntWidths);
        ops.put("atomic-widths", this::atomicWidths);
        ops.put("drop-required-pair", this::dropRequiredPair);
        ops.put("llvm-target-variant", this::llvmTargetVariant);
        ops.put("subarch-feature", this::subarchFeature);
        ops.put("abiname-missing", this::abinameMissing);
        ops.put("abi-combo", this::abiCombo);
        ops.put("apple-vendor", this::appleVendor);
        ops.put("codegen-backend", this::codegenBackend);
        ops.put("llvm-args", this::llvmArgs);
        ops.put("cpu-name", this::cpuName);
        ops.put("link-env-shape", this::linkEnvShape);
        ops.put("bool-combo", this::boolCombo);
        ops.put("code-model-arch", this::codeModelArch);
        ops.put("reloc-tls-arch", this::relocTlsArch);
        ops.put("data-layout-edit", this::dataLayoutEdit);
        ops.put("sanitizers", this::sanitizers);
        ops.put("split-debuginfo", this::splitDebuginfo);
        ops.put("stack-probes-shape", this::stackProbesShape);
        ops.put("metadata-shape", this::metadataShape);
        ops.put("target-family-shape", this::targetFamilyShape);
        ops.put("crt-objects-shape", this::crtObjectsShape);
        ops.put("entry-abi-arch", this::entryAbiArch);
        ops.put("features-shape", this::featuresShape);
        if (!ops.keySet().equals(KINDS.keySet())) {
            throw new IllegalStateException("kinds and operators differ");
        }
        ops.forEach((name, op) -> {
            rnd = new Random(seed ^ (long) name.hashCode() * 0x9E3779B97F4A7C15L);
            for (int i = 0; i < KINDS.get(name); i++) {
                op.run();
            }
        });
    }

    // ---------------------------------------------------------------- plumbing

    private void emit(String base, String kind, String detail, ObjectNode spec) {
        int n = counters.merge(kind, 1, Integer::sum);
        out.add(new Mutants.Mutant(String.format("%s-%04d", kind, n), base, kind + ":" + detail, spec));
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
        List<String> ok = pool.stream().filter(n -> p.test(builtins.get(n))).toList();
        if (ok.isEmpty()) {
            ok = names.stream().filter(n -> p.test(builtins.get(n))).toList();
        }
        return ok.isEmpty() ? anyBase() : pick(ok);
    }

    private String baseOfArch(String... arches) {
        List<String> a = List.of(arches);
        return baseWhere(s -> a.contains(arch(s)));
    }

    private static String arch(ObjectNode s) {
        return str(s, "arch", "");
    }

    private static String str(ObjectNode s, String key, String dflt) {
        JsonNode v = s.get(key);
        return v != null && v.isString() ? v.asString() : dflt;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = NF.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    private List<String> arches() {
        return pool.stream().map(n -> arch(builtins.get(n))).distinct().sorted().toList();
    }

    /** Sets {@code key} to the donor's value, or removes it when the donor has none. */
    private static String copy(ObjectNode to, ObjectNode from, String key) {
        JsonNode v = from.get(key);
        if (v == null) {
            to.remove(key);
            return key + " removed";
        }
        to.set(key, v.deepCopy());
        return key + "=" + abbrev(Mutants.compact(v));
    }

    private static String abbrev(String s) {
        String t = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        StringBuilder b = new StringBuilder();
        t.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static ObjectNode object(ObjectNode s, String key) {
        return s.has(key) && s.get(key).isObject() ? (ObjectNode) s.get(key) : s.putObject(key);
    }

    // ---------------------------------------------------------------- crossovers

    private void crossField() {
        String b = anyBase();
        ObjectNode s = base(b);
        String donor = pick(names.stream().filter(n -> !n.equals(b)).toList());
        ObjectNode d = builtins.get(donor);
        List<String> keys = new ArrayList<>(s.propertyNames());
        d.propertyNames().forEach(k -> {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        });
        keys.removeIf(k -> Mutants.compact(s.path(k)).equals(Mutants.compact(d.path(k))));
        if (keys.isEmpty()) {
            keys.add("llvm-target");
        }
        String key = pick(keys);
        if (Mutants.REQUIRED.contains(key) && !d.has(key)) {
            key = "data-layout";
        }
        String what = copy(s, d, key);
        emit(b, "cross-field", what + " from " + donor, s);
    }

    private static final List<List<String>> GROUPS = List.of(
            List.of("arch", "llvm-target", "data-layout"),
            List.of("arch", "llvm-target", "data-layout", "target-pointer-width", "target-endian"),
            List.of("llvm-target", "data-layout"),
            List.of("llvm-target", "data-layout", "target-pointer-width"),
            List.of("cpu", "features"),
            List.of("cpu", "features", "llvm-abiname", "llvm-floatabi", "rustc-abi"),
            List.of("abi", "llvm-abiname", "llvm-floatabi", "rustc-abi"),
            List.of("linker-flavor", "lld-flavor", "linker", "linker-is-gnu"),
            List.of("linker-flavor", "linker", "pre-link-args", "late-link-args", "post-link-args"),
            List.of("os", "vendor", "env", "abi"),
            List.of("os", "vendor", "env", "target-family", "is-like-windows", "is-like-msvc", "is-like-darwin",
                    "is-like-wasm"),
            List.of("max-atomic-width", "min-atomic-width", "atomic-cas"),
            List.of("relocation-model", "code-model", "position-independent-executables",
                    "static-position-independent-executables"),
            List.of("crt-objects-fallback", "pre-link-objects", "post-link-objects", "pre-link-objects-fallback",
                    "post-link-objects-fallback", "link-self-contained"),
            List.of("binary-format", "archive-format", "dll-prefix", "dll-suffix", "exe-suffix", "staticlib-suffix"),
            List.of("debuginfo-kind", "split-debuginfo", "supported-split-debuginfo"),
            List.of("target-c-int-width", "c-enum-min-bits"),
            List.of("panic-strategy", "requires-uwtable", "default-uwtable", "eh-frame-header"),
            List.of("entry-abi", "entry-name"),
            List.of("tls-model", "has-thread-local", "singlethread"));

    private void crossGroup() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> group = pick(GROUPS);
        String donor = pick(names.stream().filter(n -> !n.equals(b)).toList());
        ObjectNode d = builtins.get(donor);
        for (String k : group) {
            copy(s, d, k);
        }
        emit(b, "cross-group", String.join("+", group) + " from " + donor, s);
    }

    private void otherArch() {
        String b = anyBase();
        ObjectNode s = base(b);
        String a = arch(s);
        String field = pick(List.of("llvm-target", "data-layout", "cpu", "features", "llvm-abiname", "llvm-floatabi",
                "rustc-abi", "entry-abi", "llvm-target", "data-layout", "cpu", "features"));
        List<String> donors = names.stream().filter(n -> !arch(builtins.get(n)).equals(a)
                && builtins.get(n).has(field)).toList();
        if (donors.isEmpty()) {
            donors = names.stream().filter(n -> !arch(builtins.get(n)).equals(a)).toList();
        }
        String donor = pick(donors);
        String what = copy(s, builtins.get(donor), field);
        emit(b, "other-arch", what + " from " + donor + " (" + arch(builtins.get(donor)) + ") on " + a, s);
    }

    private void archSpelling() {
        String b = anyBase();
        ObjectNode s = base(b);
        String v = pick(List.of("amd64", "arm64", "x86-64", "riscv", "i386", "i686", "armv7", "armv7a", "thumbv7em",
                "aarch64_be", "spirv", "spirv64", "powerpc64le", "mipsel", "X86_64", "AArch64", "x86_64 ", "wasm",
                "ppc64", "loongarch", "sparcv9", "nvptx", "amdgcn", "arm64_32", "riscv64gc", "s390", "i586", "x64",
                "unknown", "none", "thumb", "armeb", "mips64el", "x86 ", "foo"));
        s.put("arch", v);
        emit(b, "arch-spelling", "arch=" + v + " on " + b, s);
    }

    private void archMismatch() {
        String b = anyBase();
        ObjectNode s = base(b);
        String a = arch(s);
        String v = pick(LOWERED_ARCHES.stream().filter(x -> !x.equals(a)).toList());
        s.put("arch", v);
        emit(b, "arch-mismatch", "arch=" + v + " with llvm-target " + str(s, "llvm-target", ""), s);
    }

    // ---------------------------------------------------------------- near misses

    private void fieldNearMiss() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> keys = new ArrayList<>(s.propertyNames());
        String key = rnd.nextInt(3) == 0 ? pick(Mutants.REQUIRED) : pick(keys);
        String miss = switch (rnd.nextInt(8)) {
            case 0 -> key.replace('-', '_');
            case 1 -> camel(key);
            case 2 -> key.toUpperCase(Locale.ROOT);
            case 3 -> key + " ";
            case 4 -> key.replaceFirst("-", "");
            case 5 -> key.substring(0, key.length() - 1);
            case 6 -> key.replace("target-", "").equals(key) ? "target-" + key : key.replace("target-", "");
            default -> key.replace('e', 'а');
        };
        if (miss.equals(key) || FIELDS.contains(miss)) {
            miss = key + "_";
        }
        JsonNode v = s.remove(key);
        if (rnd.nextInt(4) == 0) {
            s.set(key, v);
            s.set(miss, v.deepCopy());
            emit(b, "field-near-miss", key + " and " + miss, s);
        } else {
            s.set(miss, v);
            emit(b, "field-near-miss", key + "->" + miss, s);
        }
    }

    private static String camel(String key) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private void fieldOldName() {
        String b = anyBase();
        ObjectNode s = base(b);
        record Old(String key, JsonNode value, String replaces) {
        }
        List<Old> olds = List.of(
                new Old("is-like-osx", NF.booleanNode(true), "is-like-darwin"),
                new Old("is-like-osx", NF.booleanNode(false), null),
                new Old("eliminate-frame-pointer", NF.booleanNode(false), "frame-pointer"),
                new Old("eliminate-frame-pointer", NF.booleanNode(true), null),
                new Old("target-os", NF.stringNode(str(s, "os", "none")), "os"),
                new Old("target-env", NF.stringNode(str(s, "env", "")), "env"),
                new Old("target-vendor", NF.stringNode(str(s, "vendor", "unknown")), "vendor"),
                new Old("target-word-size", NF.stringNode(String.valueOf(s.path("target-pointer-width").asInt())),
                        null),
                new Old("allows-weak-linkage", NF.booleanNode(true), null),
                new Old("allows-weak-linkage", NF.booleanNode(false), null),
                new Old("needs-plt", NF.booleanNode(true), "plt-by-default"),
                new Old("has-elf-tls", NF.booleanNode(true), "has-thread-local"),
                new Old("dwarf-version", NF.numberNode(4), "default-dwarf-version"),
                new Old("default-hidden-visibility", NF.booleanNode(true), "default-visibility"),
                new Old("is-like-emscripten", NF.booleanNode(false), null),
                new Old("is-like-fuchsia", NF.booleanNode(false), null),
                new Old("forces-embed-bitcode", NF.booleanNode(false), null),
                new Old("default-adjusted-cabi", NF.stringNode("C"), null),
                new Old("bitcode-llvm-cmdline", NF.stringNode(""), null),
                new Old("is-builtin", NF.booleanNode(false), null),
                new Old("is-builtin", NF.booleanNode(true), null),
                new Old("unsupported-cpus", strings("pentium"), null),
                new Old("unsupported-cpus", NF.arrayNode(), null),
                new Old("target_pointer_width", s.path("target-pointer-width").deepCopy(), "target-pointer-width"),
                new Old("llvm_target", s.path("llvm-target").deepCopy(), "llvm-target"),
                new Old("crt-objects-fallback", NF.booleanNode(false), null),
                new Old("requires-uwtable", NF.stringNode("true"), null),
                new Old("abi-blacklist", strings("stdcall"), null),
                new Old("unsupported-abis", strings("stdcall"), null),
                new Old("supported-split-debuginfo", strings("off"), null),
                new Old("emit-debug-gdb-scripts", NF.booleanNode(false), null),
                new Old("pre-link-args-crt", NF.objectNode(), null),
                new Old("target-mcount", NF.stringNode("mcount"), null),
                new Old("linker-is-gnu", NF.booleanNode(false), null),
                new Old("relax-elf-relocations", NF.booleanNode(true), null),
                new Old("has-elf-tls", NF.booleanNode(false), null),
                new Old("panic-strategy", NF.stringNode("immediate-abort"), null));
        Old o = pick(olds);
        if (o.replaces() != null && rnd.nextBoolean()) {
            s.remove(o.replaces());
        }
        s.set(o.key(), o.value());
        emit(b, "field-old-name", o.key() + "=" + abbrev(Mutants.compact(o.value()))
                + (o.replaces() != null && !s.has(o.replaces()) ? " instead of " + o.replaces() : ""), s);
    }

    private static final Map<String, List<String>> NEAR_ENUMS = nearEnums();

    private static Map<String, List<String>> nearEnums() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("rustc-abi", List.of("x86-softfloat", "x86_softfloat", "soft-float", "softfloat ", "SoftFloat",
                "x86-sse", "x86_sse2", "powerpc-spe", "soft", "sse2"));
        m.put("linker-flavor", List.of("gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "em", "gnu_lld",
                "msvc-lld-cc", "lld", "Gnu", "gnu-cc ", "darwin_cc", "bpf-linker", "ptx-linker", "l4-bender", "cc",
                "msvc-cc", "wasm", "wasm-cc", "unix-lld", "llbc-cc"));
        m.put("lld-flavor", List.of("ld", "ld64", "lld-link", "wasm-ld", "Gnu", "elf", "coff", "macho", "msvc"));
        m.put("relro-level", List.of("None", "Full", "partial ", "no", "yes", "false"));
        m.put("panic-strategy", List.of("immediate_abort", "Abort", "unwind ", "abort-immediate", "panic"));
        m.put("relocation-model", List.of("PIC", "dynamic_no_pic", "ropi_rwpi", "Static", "pie ", "default", "rwpi-ropi"));
        m.put("code-model", List.of("Kernel", "Small", "normal", "compact", "medlow", "medany"));
        m.put("tls-model", List.of("local_exec", "initial_exec", "localexec", "Emulated", "global", "tlsdesc"));
        m.put("crt-objects-fallback", List.of("False", "wasi", "yes", "MUSL", "gnu", ""));
        m.put("frame-pointer", List.of("mayomit", "may_omit", "nonleaf", "Always", "none", "all"));
        m.put("debuginfo-kind", List.of("dwarf_dsym", "DWARF", "codeview", "dsym"));
        m.put("split-debuginfo", List.of("Packed", "on", "none", "split"));
        m.put("binary-format", List.of("macho", "mach_o", "ELF", "pe", "xcoff ", "goff", "spirv", "dxcontainer"));
        m.put("default-visibility", List.of("Hidden", "default", "internal"));
        m.put("merge-functions", List.of("Aliases", "enabled", "trampoline"));
        m.put("entry-abi", List.of("c", "Swift", "sysv", "efi", "C-Unwind", "system_unwind", "stdcall-Unwind",
                "Rust ", "extern \"C\"", "riscv-interrupt", "x86_interrupt", "win64 ", "msp430", "ptx", "platform-intrinsic",
                "rust-intrinsic"));
        m.put("target-endian", List.of("Big", "LITTLE", "le", "be", "little "));
        m.put("llvm-floatabi", List.of("softfp", "Hard", "soft ", "hardfp", "none"));
        return m;
    }

    private void enumNearMiss() {
        String b = anyBase();
        ObjectNode s = base(b);
        int which = rnd.nextInt(8);
        if (which == 0) {
            String v = pick(List.of("kernel-hwaddress", "Address", "kcfi ", "hwasan", "ubsan", "undefined"));
            String key = rnd.nextBoolean() ? "supported-sanitizers" : "default-sanitizers";
            s.set(key, strings(v));
            emit(b, "enum-near-miss", key + "=[" + v + "]", s);
            return;
        }
        if (which == 1) {
            String v = pick(List.of("Unix", "wasm", "windows ", "posix", "linux", "darwin"));
            s.set("target-family", strings(v));
            emit(b, "enum-near-miss", "target-family=[" + v + "]", s);
            return;
        }
        if (which == 2) {
            String v = pick(List.of("default_for_arch", "llvm-arg", "llvm-module-flag=", "llvm-arg=", "Default-For-Arch",
                    "none ", "llvm-module-flag=SmallDataLimit"));
            s.put("small-data-threshold-support", v);
            emit(b, "enum-near-miss", "small-data-threshold-support=" + v, s);
            return;
        }
        if (which == 3) {
            String v = pick(List.of("inline_or_call", "Inline", "probestack", "none ", "inline-call"));
            s.putObject("stack-probes").put("kind", v);
            emit(b, "enum-near-miss", "stack-probes.kind=" + v, s);
            return;
        }
        String key = pick(new ArrayList<>(NEAR_ENUMS.keySet()));
        String v = pick(NEAR_ENUMS.get(key));
        if (key.equals("rustc-abi") && rnd.nextBoolean()) {
            b = baseOfArch("x86", "x86_64", "s390x", "aarch64");
            s = base(b);
        }
        s.put(key, v);
        emit(b, "enum-near-miss", key + "=" + v, s);
    }

    // ---------------------------------------------------------------- junk in strings

    private String junkOf(String v) {
        int at = v.isEmpty() ? 0 : rnd.nextInt(v.length() + 1);
        return switch (rnd.nextInt(13)) {
            case 0 -> v + "\u0000";
            case 1 -> v.substring(0, at) + "\u0000" + v.substring(at);
            case 2 -> v.substring(0, at) + pick(List.of("\t", "\n", "\r", "\u0001", "\u001b", "\u007f")) + v.substring(at);
            case 3 -> lookalike(v);
            case 4 -> v.substring(0, at) + "\u200b" + v.substring(at);
            case 5 -> "\ufeff" + v;
            case 6 -> "";
            case 7 -> " " + v;
            case 8 -> v + " ";
            case 9 -> v + "x".repeat(4000 + rnd.nextInt(4000));
            case 10 -> v + "\ud83d\ude00";
            case 11 -> v.toUpperCase(Locale.ROOT);
            default -> v.substring(0, at) + pick(List.of("\"", "\\", "'", "$(id)", "%s", ";", "*")) + v.substring(at);
        };
    }

    private String lookalike(String v) {
        String latin = "aeopcxiyAEOPCXKMTBH";
        String cyr = "аеорсхіуАЕОРСХКМТВН";
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < v.length(); i++) {
            if (latin.indexOf(v.charAt(i)) >= 0) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return "ｘ" + v;
        }
        int i = pick(at);
        return v.substring(0, i) + cyr.charAt(latin.indexOf(v.charAt(i))) + v.substring(i + 1);
    }

    private void junk(List<String> fields, String kind) {
        String b = anyBase();
        ObjectNode s = base(b);
        String field = pick(fields);
        String what;
        switch (field) {
            case "llvm-args", "link-env", "link-env-remove", "override-export-symbols", "asm-args", "target-family" -> {
                String seedValue = switch (field) {
                    case "llvm-args" -> pick(List.of("-x86-asm-syntax=intel", "--inline-threshold=100", ""));
                    case "link-env" -> "FOO=bar";
                    case "target-family" -> "unix";
                    default -> "foo";
                };
                String v = junkOf(seedValue);
                s.set(field, strings(v));
                what = field + "=[" + abbrev(Mutants.compact(NF.stringNode(v))) + "]";
            }
            case "pre-link-args" -> {
                String flavor = str(s, "linker-flavor", "gnu-cc");
                String v = junkOf("-Wl,--gc-sections");
                object(s, "pre-link-args").set(flavor, strings(v));
                what = "pre-link-args." + flavor + "=[" + abbrev(Mutants.compact(NF.stringNode(v))) + "]";
            }
            case "metadata.description" -> {
                String v = junkOf("custom target");
                object(s, "metadata").put("description", v);
                what = "metadata.description=" + abbrev(Mutants.compact(NF.stringNode(v)));
            }
            default -> {
                String cur = str(s, field, switch (field) {
                    case "default-codegen-backend" -> "llvm";
                    case "vendor" -> "unknown";
                    case "os" -> "none";
                    case "cpu" -> "generic";
                    case "entry-name" -> "main";
                    case "llvm-mcount-intrinsic" -> "llvm.instrprof.increment";
                    case "target-mcount" -> "mcount";
                    case "link-script" -> "SECTIONS { }";
                    default -> "";
                });
                String v = junkOf(cur);
                s.put(field, v);
                what = field + "=" + abbrev(Mutants.compact(NF.stringNode(v)));
            }
        }
        emit(b, kind, what, s);
    }

    // ---------------------------------------------------------------- linker, OS, family

    private void linkerCombo() {
        String b = rnd.nextInt(4) == 0 ? baseWhere(s -> s.path("is-like-darwin").asBoolean(false)
                || s.path("is-like-msvc").asBoolean(false) || s.path("is-like-wasm").asBoolean(false)
                || arch(s).equals("bpf") || "emscripten".equals(str(s, "os", ""))) : anyBase();
        ObjectNode s = base(b);
        List<String> parts = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(6)) {
                case 0, 1 -> {
                    String f = pick(FLAVORS);
                    s.put("linker-flavor", f);
                    parts.add("linker-flavor=" + f);
                }
                case 2 -> {
                    if (rnd.nextInt(4) == 0) {
                        s.remove("lld-flavor");
                        parts.add("no lld-flavor");
                    } else {
                        String f = pick(Mutants.ENUMS.get("lld-flavor"));
                        s.put("lld-flavor", f);
                        parts.add("lld-flavor=" + f);
                    }
                }
                case 3 -> {
                    String k = pick(List.of("is-like-darwin", "is-like-msvc", "is-like-wasm", "is-like-windows",
                            "linker-is-gnu"));
                    boolean v = !s.path(k).asBoolean(k.equals("linker-is-gnu"));
                    s.put(k, v);
                    parts.add(k + "=" + v);
                }
                case 4 -> {
                    String os = pick(OSES);
                    s.put("os", os);
                    parts.add("os=" + os);
                }
                default -> {
                    String v = pick(VENDORS);
                    s.put("vendor", v);
                    parts.add("vendor=" + v);
                }
            }
        }
        emit(b, "linker-combo", String.join(" ", parts), s);
    }

    private void osFamily() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> parts = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    String os = pick(OSES);
                    s.put("os", os);
                    parts.add("os=" + os);
                }
                case 1 -> {
                    ArrayNode fam = pick(List.of(strings("unix"), strings("windows"), strings("wasm"), strings(),
                            strings("unix", "wasm"), strings("unix", "windows")));
                    s.set("target-family", fam);
                    parts.add("target-family=" + Mutants.compact(fam));
                }
                case 2 -> {
                    String k = pick(IS_LIKE);
                    boolean v = !s.path(k).asBoolean(false);
                    s.put(k, v);
                    parts.add(k + "=" + v);
                }
                case 3 -> {
                    String f = pick(Mutants.ENUMS.get("binary-format"));
                    s.put("binary-format", f);
                    parts.add("binary-format=" + f);
                }
                default -> {
                    String e = pick(List.of("gnu", "musl", "msvc", "sgx", "newlib", "uclibc", "p1", "p2", "nto71",
                            "ohos", "relibc", "", "mlibc", "sim", "macabi"));
                    s.put("env", e);
                    parts.add("env=" + e);
                }
            }
        }
        emit(b, "os-family", String.join(" ", parts), s);
    }

    private void linkArgsShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        String key = pick(LINK_ARG_KEYS);
        String flavor = str(s, "linker-flavor", "gnu-cc");
        String what;
        switch (rnd.nextInt(10)) {
            case 0 -> {
                String f = pick(List.of(flavor, "gnu", "gnu-cc", "gnu-lld", "gnu-lld-cc", "darwin-cc", "msvc",
                        "wasm-lld", "unix"));
                object(s, key).set(f, NF.arrayNode());
                what = "empty list for " + f;
            }
            case 1 -> {
                object(s, key).set("gnu-cc", strings("-Wl,--gc-sections"));
                object(s, key).set("gnu", strings("--as-needed"));
                what = "gnu-cc -Wl,--gc-sections, gnu --as-needed";
            }
            case 2 -> {
                object(s, key).set("gnu-cc", strings("-Wl,--gc-sections"));
                object(s, key).set("gnu", strings("--gc-sections"));
                what = "gnu-cc -Wl,--gc-sections, gnu --gc-sections";
            }
            case 3 -> {
                String f = pick(List.of("darwin-cc", "darwin", "msvc", "msvc-lld", "wasm-lld", "wasm-lld-cc", "em-cc",
                        "bpf", "ptx", "llbc", "unix", "unix-cc", "darwin-lld-cc"));
                object(s, key).set(f, strings("-lfoo"));
                what = "key of another family " + f;
            }
            case 4 -> {
                String f = pick(List.of("gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "em"));
                object(s, key).set(f, strings("-lfoo"));
                what = "legacy key " + f;
            }
            case 5 -> {
                s.putObject(key);
                what = "empty object";
            }
            case 6 -> {
                object(s, key).set("gnu", strings("-z", "now"));
                object(s, key).set("msvc", strings("/NODEFAULTLIB"));
                what = "gnu and msvc both";
            }
            case 7 -> {
                String v = pick(List.of("", "-Wl,", " ", "-Wl,-z,now", "--", "-Wl,--foo,", "-Wl"));
                object(s, key).set(flavor, strings(v));
                what = "item \"" + v + "\" for " + flavor;
            }
            case 8 -> {
                object(s, key).set(flavor + "-x", strings("-lc"));
                what = "unknown key " + flavor + "-x";
            }
            default -> {
                object(s, key).set("gnu-lld", strings("-z", "relro"));
                object(s, key).set("gnu-lld-cc", strings("-Wl,-z,now"));
                what = "gnu-lld and gnu-lld-cc disagree";
            }
        }
        emit(b, "link-args-shape", key + " " + what, s);
    }

    // ---------------------------------------------------------------- numbers

    private static final List<String> INT_FIELDS = List.of("target-pointer-width", "target-c-int-width",
            "c-enum-min-bits", "max-atomic-width", "min-atomic-width", "min-global-align", "default-dwarf-version",
            "default-codegen-units", "metadata.tier");

    private JsonNode edge() {
        return switch (rnd.nextInt(24)) {
            case 0 -> NF.numberNode(0);
            case 1 -> NF.numberNode(1);
            case 2 -> NF.numberNode(7);
            case 3 -> NF.numberNode(8);
            case 4 -> NF.numberNode(16);
            case 5 -> NF.numberNode(24);
            case 6 -> NF.numberNode(32);
            case 7 -> NF.numberNode(64);
            case 8 -> NF.numberNode(128);
            case 9 -> NF.numberNode(65535);
            case 10 -> NF.numberNode(65536);
            case 11 -> NF.numberNode(4294967295L);
            case 12 -> NF.numberNode(4294967296L);
            case 13 -> NF.numberNode(Long.MAX_VALUE);
            case 14 -> NF.numberNode(TWO_64.subtract(BigInteger.ONE));
            case 15 -> NF.numberNode(TWO_64);
            case 16 -> NF.numberNode(BigInteger.TEN.pow(30));
            case 17 -> NF.numberNode(-1);
            case 18 -> NF.numberNode(64.0);
            case 19 -> NF.numberNode(32.5);
            case 20 -> NF.numberNode(1e30);
            case 21 -> NF.numberNode(256);
            case 22 -> NF.numberNode(Long.MIN_VALUE);
            default -> NF.numberNode(2);
        };
    }

    private void numericEdge() {
        String b = anyBase();
        ObjectNode s = base(b);
        String field = pick(INT_FIELDS);
        JsonNode v = edge();
        if (field.equals("metadata.tier")) {
            object(s, "metadata").set("tier", v);
        } else {
            s.set(field, v);
        }
        emit(b, "numeric-edge", field + "=" + Mutants.compact(v), s);
    }

    private void cIntWidths() {
        String b = anyBase();
        ObjectNode s = base(b);
        long c = pick(List.of(8L, 16L, 24L, 32L, 64L, 128L, 0L, 1L, 7L, 40L, 256L, 65535L));
        s.put("target-c-int-width", c);
        String what = "target-c-int-width=" + c;
        long e = pick(List.of(-1L, -1L, 8L, 16L, 24L, 32L, 0L, 1L, 7L, 65L, 128L, 256L));
        if (e < 0) {
            s.remove("c-enum-min-bits");
            what += " no c-enum-min-bits";
        } else {
            s.put("c-enum-min-bits", e);
            what += " c-enum-min-bits=" + e;
        }
        emit(b, "c-int-widths", what, s);
    }

    private void atomicWidths() {
        String b = anyBase();
        ObjectNode s = base(b);
        long max = pick(List.of(-1L, 0L, 8L, 16L, 32L, 64L, 128L, 256L, 24L));
        long min = pick(List.of(-1L, -1L, 0L, 8L, 16L, 32L, 64L, 128L));
        List<String> parts = new ArrayList<>();
        if (max < 0) {
            s.remove("max-atomic-width");
            parts.add("no max-atomic-width");
        } else {
            s.put("max-atomic-width", max);
            parts.add("max-atomic-width=" + max);
        }
        if (min < 0) {
            s.remove("min-atomic-width");
        } else {
            s.put("min-atomic-width", min);
            parts.add("min-atomic-width=" + min);
        }
        if (rnd.nextInt(3) == 0) {
            boolean cas = !s.path("atomic-cas").asBoolean(true);
            s.put("atomic-cas", cas);
            parts.add("atomic-cas=" + cas);
        }
        emit(b, "atomic-widths", String.join(" ", parts), s);
    }

    private void dropRequiredPair() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> req = new ArrayList<>(Mutants.REQUIRED);
        Collections.shuffle(req, rnd);
        int n = 2 + rnd.nextInt(3);
        List<String> dropped = req.subList(0, Math.min(n, req.size()));
        String what;
        if (rnd.nextInt(4) == 0) {
            s.set(dropped.get(0), NF.nullNode());
            dropped.subList(1, dropped.size()).forEach(s::remove);
            what = dropped.get(0) + "=null, drop " + String.join("+", dropped.subList(1, dropped.size()));
        } else {
            dropped.forEach(s::remove);
            what = "drop " + String.join("+", dropped);
        }
        emit(b, "drop-required-pair", what, s);
    }

    // ---------------------------------------------------------------- llvm-target

    private void llvmTargetVariant() {
        String b = anyBase();
        ObjectNode s = base(b);
        String lt = str(s, "llvm-target", "");
        String[] p = lt.split("-", -1);
        String v = switch (rnd.nextInt(12)) {
            case 0 -> replacePart(p, 2, pick(List.of("linux", "none", "windows", "macosx", "ios", "freebsd", "unknown",
                    "wasi", "uefi", "cuda", "amdhsa", "elf", "aix", "zos", "hurd", "serenity")));
            case 1 -> withEnv(p, pick(List.of("gnu", "musl", "eabi", "eabihf", "gnueabihf", "msvc", "android", "elf",
                    "macho", "coff", "sim", "macabi", "gnuabi64", "gnux32", "musleabi", "code16", "simulator")));
            case 2 -> replacePart(p, 1, pick(List.of("unknown", "pc", "apple", "nvidia", "amd", "ibm", "", "suse",
                    "scei", "espressif")));
            case 3 -> lt + pick(List.of("-elf", "-coff", "-macho", "-xcoff", "-wasm", "-goff", "-spirv"));
            case 4 -> replacePart(p, 0, pick(List.of("x64", "amd64", "arm64", "i386", "riscv", "armv7", "foo",
                    "x86-64", "powerpc64le", "systemz", "ppc64le", "aarch64_32", "arm64_32", "thumbeb", "mips64el",
                    "amdgcn", "nvptx", "bpfel", "bpfeb", "sparcel", "sparcv9", "riscv64gc", "i786", "armv9a")));
            case 5 -> pick(List.of("x86_64-apple-macosx10.12.0", "arm64-apple-ios17.0", "aarch64-apple-macosx11.0.0",
                    "x86_64-apple-ios13.1-macabi", "arm64-apple-tvos", "aarch64-apple-watchos-sim",
                    "x86_64-apple-darwin", "x86_64-apple-darwin23.0.0"));
            case 6 -> pick(List.of("spirv64-unknown-unknown", "spirv-unknown-vulkan1.3", "spirv32-unknown-unknown",
                    "dxil-unknown-shadermodel6.0", "r600-unknown-unknown", "lanai-unknown-unknown",
                    "xcore-unknown-unknown", "ve-unknown-linux", "arc-unknown-unknown", "sh-unknown-linux",
                    "kalimba-unknown-unknown", "le32-unknown-nacl", "tce-unknown-unknown", "m68k-unknown-linux",
                    "sparcel-unknown-none", "csky-unknown-linux", "xtensa-unknown-none", "loongarch32-unknown-none",
                    "hexagon-unknown-linux", "msp430-none-elf", "avr-unknown-unknown", "bpfel", "amdgcn-amd-amdhsa",
                    "nvptx64-nvidia-cuda", "wasm64-unknown-unknown"));
            case 7 -> lt + "-extra-parts";
            case 8 -> p[0];
            case 9 -> lt.toUpperCase(Locale.ROOT);
            case 10 -> lt + pick(List.of("-", " ", "--", "."));
            default -> p.length > 1 ? p[0] + "-" + p[p.length - 1] : lt + "-none";
        };
        s.put("llvm-target", v);
        emit(b, "llvm-target-variant", lt + " -> " + v, s);
    }

    private static String replacePart(String[] p, int i, String v) {
        String[] q = p.clone();
        if (i < q.length) {
            q[i] = v;
            return String.join("-", q);
        }
        return String.join("-", q) + "-" + v;
    }

    private static String withEnv(String[] p, String env) {
        if (p.length >= 4) {
            return replacePart(p, 3, env);
        }
        return String.join("-", p) + "-" + env;
    }

    // ---------------------------------------------------------------- features and ABI

    private static final Map<String, List<String>> SUBARCH_FEATURES = Map.ofEntries(
            Map.entry("arm", List.of("+thumb-mode", "-thumb-mode", "+thumb2", "+v8.1m.main", "+mve", "+mve.fp", "+neon",
                    "+vfp4", "+crypto", "+dsp", "+trustzone", "+8msecext", "+execute-only", "+read-tp-tpidruro",
                    "+no-movt", "+long-calls", "+v7", "+v8", "+aclass", "+mclass", "+fp64", "+d32", "+hwdiv-arm",
                    "+v6t2", "+strict-align")),
            Map.entry("aarch64", List.of("+sve2", "+sme", "+mte", "+pauth", "+bti", "+outline-atomics", "+reserve-x18",
                    "+tme", "+v9a", "+ls64", "+v8r", "+fp-armv8,-neon", "-fp-armv8", "+crc", "+lse", "+sve,-neon",
                    "+pauth-lr", "+sme2", "+fixed-x18")),
            Map.entry("x86", List.of("+avx512f", "+sse2", "+cx16", "+x87", "-x87", "+retpoline", "+amx-tile", "+kl",
                    "+apxf", "+64bit", "+sse4.2", "+cmpxchg16b", "+evex512", "+avx10.1-512", "+soft-float",
                    "-sse,+soft-float", "+ermsb", "+mmx")),
            Map.entry("x86_64", List.of("+avx512f", "+cx16", "-x87", "+retpoline", "+amx-tile", "+kl", "+apxf",
                    "-64bit", "+sse4.2", "+evex512", "+avx10.1-512", "+soft-float", "-sse2", "+retpoline-external-thunk",
                    "+lvi-cfi", "+16bit-mode", "+32bit-mode")),
            Map.entry("riscv32", List.of("+c", "+zca", "+v", "+zfinx,+f", "+e", "+relax", "+xcvalu", "+64bit", "+d",
                    "-f", "+zve32x", "+unaligned-scalar-mem", "+zicsr", "+a", "+zaamo", "+forced-atomics")),
            Map.entry("riscv64", List.of("+c", "+v", "+e", "+relax", "+32bit", "+zfinx", "-d", "+xtheadvector",
                    "+zicfilp", "+ztso", "+forced-atomics", "+h", "-64bit")),
            Map.entry("wasm32", List.of("+atomics", "+bulk-memory", "+exception-handling", "+simd128", "+relaxed-simd",
                    "+tail-call", "+multivalue", "+reference-types", "+gc", "+multimemory", "+wide-arithmetic",
                    "+fp16", "+extended-const", "-mutable-globals", "+sign-ext", "+nontrapping-fptoint")),
            Map.entry("powerpc", List.of("+altivec", "+vsx", "+spe", "+power9-vector", "+64bit", "+hard-float",
                    "-hard-float", "+secure-plt", "+msync", "+efpu2")),
            Map.entry("powerpc64", List.of("+altivec", "+vsx", "-64bit", "+power10-vector", "+spe", "+aix",
                    "+longcall", "+secure-plt", "+htm", "+quadword-atomics")),
            Map.entry("s390x", List.of("+vector", "-vector", "+soft-float", "+vector-enhancements-2",
                    "+transactional-execution", "+backchain", "+packed-stack", "+nnp-assist")),
            Map.entry("loongarch64", List.of("+lsx,-d", "+lasx", "-d", "+32s", "+relax", "+ual", "+frecipe", "-f",
                    "+la-global-with-abs")),
            Map.entry("mips", List.of("+msa", "+mips64r6", "+fp64", "+nan2008", "+soft-float", "+mips16",
                    "+micromips", "+dsp", "+mips32r6", "+noabicalls")),
            Map.entry("mips64", List.of("+msa", "+mips32", "+fp64", "+soft-float", "+mips16", "+cnmips",
                    "+mips64r6", "-mips64r2")),
            Map.entry("sparc64", List.of("+v9", "+vis", "+v8plus", "+leon", "+hasleoncasa", "+soft-float")),
            Map.entry("avr", List.of("+sram", "-sram", "+movw", "+mul", "+tinyencoding", "+rmw", "+jmpcall")),
            Map.entry("msp430", List.of("+hwmult16", "+hwmultf5", "+ext")),
            Map.entry("hexagon", List.of("+hvx", "+hvxv73", "+hvx-length128b", "+v60", "+audio")),
            Map.entry("nvptx64", List.of("+ptx60", "+sm_70", "+ptx80", "+ptx32")),
            Map.entry("bpf", List.of("+alu32", "+dwarfris", "+allows-misaligned-mem-access")),
            Map.entry("m68k", List.of("+isa-68020", "+isa-68881", "+reserve-a0", "+long-calls")),
            Map.entry("csky", List.of("+hard-float", "+fpuv3_sf", "+2e3", "+dspv2", "+vdspv2")),
            Map.entry("sparc", List.of("+v9", "+leon", "+hasleoncasa", "+soft-float", "+v8plus")),
            Map.entry("amdgpu", List.of("+wavefrontsize64", "+xnack", "+sramecc", "+dpp")));

    private void subarchFeature() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> f = SUBARCH_FEATURES.getOrDefault(arch(s), SUBARCH_FEATURES.get("x86_64"));
        String add = pick(f);
        String cur = str(s, "features", "");
        String v = rnd.nextBoolean() || cur.isEmpty() ? (cur.isEmpty() ? add : cur + "," + add) : add;
        s.put("features", v);
        emit(b, "subarch-feature", add + (v.equals(add) ? " alone" : " appended") + " on " + b, s);
    }

    private void abinameMissing() {
        String b = rnd.nextInt(4) == 0 ? anyBase()
                : baseOfArch(pick(List.of("riscv32", "riscv64", "loongarch64", "loongarch32", "powerpc64", "mips64",
                        "mips", "arm", "csky", "sparc64")));
        ObjectNode s = base(b);
        String what;
        switch (rnd.nextInt(4)) {
            case 0, 1 -> {
                s.remove("llvm-abiname");
                what = "drop llvm-abiname";
            }
            case 2 -> {
                s.put("llvm-abiname", "");
                what = "llvm-abiname=\"\"";
            }
            default -> {
                s.set("llvm-abiname", NF.nullNode());
                what = "llvm-abiname=null";
            }
        }
        emit(b, "abiname-missing", what + " on " + arch(s), s);
    }

    private static final Map<String, List<String>> ABINAMES = Map.ofEntries(
            Map.entry("riscv32", List.of("ilp32", "ilp32f", "ilp32d", "ilp32e")),
            Map.entry("riscv64", List.of("lp64", "lp64f", "lp64d", "lp64e")),
            Map.entry("loongarch64", List.of("lp64d", "lp64f", "lp64s")),
            Map.entry("loongarch32", List.of("ilp32d", "ilp32f", "ilp32s")),
            Map.entry("powerpc64", List.of("elfv1", "elfv2")),
            Map.entry("mips", List.of("o32")),
            Map.entry("mips64", List.of("n64", "n32")));

    private void abiCombo() {
        String b = rnd.nextInt(5) == 0 ? anyBase() : baseOfArch(pick(List.of("x86", "x86_64", "arm", "aarch64",
                "riscv32", "riscv64", "powerpc", "powerpc64", "s390x", "loongarch64", "mips", "mips64", "csky",
                "sparc64", "m68k", "wasm32")));
        ObjectNode s = base(b);
        String a = arch(s);
        List<String> parts = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    String v = pick(List.of("", "eabi", "eabihf", "softfloat", "spe", "abi64", "elfv1", "elfv2",
                            "ilp32e", "x32", "uwp", "llvm", "sim", "macabi", "abiv2", "abiv2hf", "ilp32", "fortanix",
                            "vec-default", "vec-extabi", "myabi", "-"));
                    if (v.equals("-")) {
                        s.remove("abi");
                        parts.add("no abi");
                    } else {
                        s.put("abi", v);
                        parts.add("abi=" + v);
                    }
                }
                case 1 -> {
                    List<String> names = new ArrayList<>(ABINAMES.getOrDefault(a, List.of()));
                    names.addAll(List.of("", "-", "o32", "elfv2", "lp64", "ilp32", "aapcs", "sysv"));
                    String v = pick(names);
                    if (v.equals("-")) {
                        s.remove("llvm-abiname");
                        parts.add("no llvm-abiname");
                    } else {
                        s.put("llvm-abiname", v);
                        parts.add("llvm-abiname=" + v);
                    }
                }
                case 2 -> {
                    String v = pick(List.of("-", "soft", "hard"));
                    if (v.equals("-")) {
                        s.remove("llvm-floatabi");
                        parts.add("no llvm-floatabi");
                    } else {
                        s.put("llvm-floatabi", v);
                        parts.add("llvm-floatabi=" + v);
                    }
                }
                default -> {
                    String v = pick(List.of("-", "softfloat", "x86-sse2", "x86-softfloat"));
                    if (v.equals("-")) {
                        s.remove("rustc-abi");
                        parts.add("no rustc-abi");
                    } else {
                        s.put("rustc-abi", v);
                        parts.add("rustc-abi=" + v);
                    }
                }
            }
        }
        emit(b, "abi-combo", String.join(" ", parts) + " on " + a, s);
    }

    private void appleVendor() {
        boolean apple = rnd.nextBoolean();
        String b = apple ? baseWhere(s -> s.path("is-like-darwin").asBoolean(false)) : anyBase();
        ObjectNode s = base(b);
        List<String> parts = new ArrayList<>();
        if (!apple || rnd.nextBoolean()) {
            s.put("vendor", "apple");
            parts.add("vendor=apple");
        }
        switch (rnd.nextInt(4)) {
            case 0 -> {
                String os = pick(List.of("none", "linux", "windows", "macos", "ios", "tvos", "watchos", "visionos",
                        "darwin", "macosx", "uefi"));
                s.put("os", os);
                parts.add("os=" + os);
            }
            case 1 -> {
                boolean v = !s.path("is-like-darwin").asBoolean(false);
                s.put("is-like-darwin", v);
                parts.add("is-like-darwin=" + v);
                if (v) {
                    s.put("linker-flavor", "darwin-cc");
                    parts.add("linker-flavor=darwin-cc");
                }
            }
            case 2 -> {
                String lt = pick(List.of("x86_64-apple-none", "x86_64-apple-macosx", "x86_64-apple-macosx10.7.0",
                        "arm64-apple-ios-sim", "x86_64-apple", "x86_64-apple-ios-macabi-extra", "aarch64-apple-darwin",
                        "arm64-apple-macosx", "aarch64-apple-none-elf"));
                s.put("llvm-target", lt);
                parts.add("llvm-target=" + lt);
            }
            default -> {
                s.put("is-like-darwin", true);
                s.put("linker-flavor", "darwin-cc");
                s.put("binary-format", "mach-o");
                String os = pick(List.of("none", "linux", "macos", "ios"));
                s.put("os", os);
                parts.add("darwin flags, mach-o, os=" + os);
            }
        }
        emit(b, "apple-vendor", String.join(" ", parts), s);
    }

    private void codegenBackend() {
        String b = anyBase();
        ObjectNode s = base(b);
        String v = pick(List.of("llvm", "LLVM", "cranelift", "gcc", "", " llvm", "llvm\u0000", "./librustc_codegen_foo.so",
                "/nonexistent/libx.so", "llvm.so", "dummy", "llvm "));
        s.put("default-codegen-backend", v);
        emit(b, "codegen-backend", "default-codegen-backend=" + abbrev(Mutants.compact(NF.stringNode(v))), s);
    }

    private void llvmArgs() {
        String b = anyBase();
        ObjectNode s = base(b);
        ArrayNode v = pick(List.of(
                strings("--no-such-llvm-option"), strings("-foo"), strings("foo"), strings("-x86-asm-syntax=intel"),
                strings("--inline-threshold=275"), strings("-enable-machine-outliner"), strings("-mergefunc-use-aliases"),
                strings("-enable-misched=false"), strings("-arm-global-merge=false"),
                strings("-riscv-v-vector-bits-min=128"), strings("-x86-asm-syntax=intel", "-x86-asm-syntax=att"),
                strings(""), strings("-"), strings("-enable-machine-outliner=bogus"), strings("--inline-threshold=abc"),
                strings("-debug-only=isel"), strings("-x86-asm-syntax=intel\u0000"), strings("-import-instr-limit=10"),
                strings("--generate-arange-section"), strings("-mattr=+sse2"), strings("-mcpu=generic"),
                strings("-fast-isel"), strings("-fast-isel", "-fast-isel"), strings("-regalloc=basic"),
                strings("-regalloc=nonexistent"), strings("-aarch64-enable-gep-opt"), strings("-disable-lsr")));
        s.set("llvm-args", v);
        emit(b, "llvm-args", abbrev(Mutants.compact(v)), s);
    }

    private static final Map<String, List<String>> CPUS = Map.ofEntries(
            Map.entry("x86_64", List.of("x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4", "generic", "core2", "skylake",
                    "znver4", "k8", "nehalem", "native")),
            Map.entry("x86", List.of("i386", "i486", "i586", "i686", "pentium4", "pentium-m", "generic", "pentiumpro",
                    "x86-64", "yonah")),
            Map.entry("aarch64", List.of("generic", "cortex-a53", "cortex-a72", "apple-m1", "neoverse-n1", "cortex-a510",
                    "ampere1", "a64fx", "cortex-r82")),
            Map.entry("arm", List.of("generic", "cortex-m0", "cortex-m4", "cortex-m33", "cortex-a7", "cortex-a9",
                    "arm7tdmi", "arm926ej-s", "cortex-r5", "mpcore", "arm1176jzf-s")),
            Map.entry("riscv32", List.of("generic-rv32", "generic", "sifive-e31", "sifive-e76", "generic-rv64",
                    "rocket-rv32")),
            Map.entry("riscv64", List.of("generic-rv64", "generic", "sifive-u74", "sifive-x280", "rocket-rv64",
                    "generic-rv32", "spacemit-x60")),
            Map.entry("powerpc", List.of("ppc", "generic", "e500", "603", "7400", "g4", "pwr9")),
            Map.entry("powerpc64", List.of("ppc64", "pwr7", "pwr8", "pwr9", "pwr10", "generic", "ppc64le", "a2")),
            Map.entry("s390x", List.of("z10", "z13", "z14", "z15", "z16", "generic", "arch13")),
            Map.entry("mips", List.of("mips32", "mips32r2", "mips64", "mips32r6", "generic", "p5600")),
            Map.entry("mips64", List.of("mips64", "mips64r2", "mips64r6", "generic", "octeon", "mips32")),
            Map.entry("loongarch64", List.of("generic", "la464", "la664", "loongarch64", "generic-la64")),
            Map.entry("sparc64", List.of("v9", "ultrasparc", "niagara", "generic", "leon3")),
            Map.entry("wasm32", List.of("generic", "mvp", "bleeding-edge", "lime1")),
            Map.entry("avr", List.of("atmega328p", "atmega2560", "attiny85", "avr2", "avr5")),
            Map.entry("msp430", List.of("msp430", "msp430x", "generic")),
            Map.entry("nvptx64", List.of("sm_30", "sm_70", "sm_90", "sm_100")),
            Map.entry("hexagon", List.of("hexagonv60", "hexagonv68", "hexagonv73")),
            Map.entry("bpf", List.of("generic", "v1", "v2", "v3", "v4", "probe")),
            Map.entry("m68k", List.of("M68000", "M68020", "M68040", "generic")),
            Map.entry("csky", List.of("ck860fv", "ck810", "generic")),
            Map.entry("sparc", List.of("v8", "leon3", "v9")),
            Map.entry("amdgpu", List.of("gfx900", "gfx1030")));

    private void cpuName() {
        String b = anyBase();
        ObjectNode s = base(b);
        String a = arch(s);
        List<String> own = CPUS.getOrDefault(a, List.of("generic"));
        String v;
        String how;
        switch (rnd.nextInt(6)) {
            case 0, 1 -> {
                v = pick(own);
                how = "own arch";
            }
            case 2 -> {
                String other = pick(CPUS.keySet().stream().sorted().filter(x -> !x.equals(a)).toList());
                v = pick(CPUS.get(other));
                how = "from " + other;
            }
            case 3 -> {
                v = pick(List.of("bogus-cpu", "pentium9", "help", "cortex-m99", "generic-rv128", "x86-64-v5"));
                how = "unknown";
            }
            case 4 -> {
                v = pick(List.of("", "generic", "Generic", "native"));
                how = "special";
            }
            default -> {
                v = pick(own).toUpperCase(Locale.ROOT);
                how = "upper case";
            }
        }
        s.put("cpu", v);
        emit(b, "cpu-name", "cpu=" + v + " (" + how + ") on " + a, s);
    }

    private void linkEnvShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        boolean remove = rnd.nextInt(5) == 0;
        ArrayNode v = pick(List.of(strings("A=B=C"), strings("A"), strings("="), strings("=B"), strings("A="),
                strings(""), strings("A=B", "C=D=E"), strings("A =B"), strings("PATH=/x:/y"), strings("A==B"),
                strings("A=B", "A=C"), strings("LD_LIBRARY_PATH=a=b")));
        String key = remove ? "link-env-remove" : "link-env";
        s.set(key, v);
        emit(b, "link-env-shape", key + "=" + Mutants.compact(v), s);
    }

    private void boolCombo() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<List<String>> combos = List.of(
                List.of("dynamic-linking", "only-cdylib", "executables"),
                List.of("crt-static-default", "crt-static-respected", "crt-static-allows-dylibs"),
                List.of("is-like-gpu", "is-like-wasm"),
                List.of("singlethread", "has-thread-local", "atomic-cas"),
                List.of("requires-lto", "obj-is-bitcode", "only-cdylib"),
                List.of("position-independent-executables", "static-position-independent-executables",
                        "dynamic-linking"),
                List.of("plt-by-default", "relax-elf-relocations", "direct-access-external-data"),
                List.of("is-like-windows", "is-like-msvc", "is-like-darwin"),
                List.of("default-uwtable", "requires-uwtable", "eh-frame-header"),
                List.of("need-explicit-cpu", "allow-asm", "no-builtins"),
                List.of("is-like-android", "is-like-aix", "is-like-solaris", "is-like-vexos"),
                List.of("has-thumb-interworking", "emit-debug-gdb-scripts", "use-ctors-section"));
        List<String> c = pick(combos);
        List<String> parts = new ArrayList<>();
        for (String k : c) {
            if (rnd.nextBoolean()) {
                boolean v = rnd.nextBoolean();
                s.put(k, v);
                parts.add(k + "=" + v);
            }
        }
        if (parts.isEmpty()) {
            boolean v = !s.path(c.get(0)).asBoolean(false);
            s.put(c.get(0), v);
            parts.add(c.get(0) + "=" + v);
        }
        emit(b, "bool-combo", String.join(" ", parts), s);
    }

    private void codeModelArch() {
        String a = pick(arches());
        String b = baseOfArch(a);
        ObjectNode s = base(b);
        String v = pick(Mutants.ENUMS.get("code-model"));
        s.put("code-model", v);
        if (rnd.nextInt(4) == 0) {
            String r = pick(List.of("static", "pic", "pie"));
            s.put("relocation-model", r);
            emit(b, "code-model-arch", "code-model=" + v + " relocation-model=" + r + " on " + a, s);
        } else {
            emit(b, "code-model-arch", "code-model=" + v + " on " + a, s);
        }
    }

    private void relocTlsArch() {
        String a = pick(arches());
        String b = baseOfArch(a);
        ObjectNode s = base(b);
        if (rnd.nextBoolean()) {
            String v = pick(Mutants.ENUMS.get("relocation-model"));
            s.put("relocation-model", v);
            emit(b, "reloc-tls-arch", "relocation-model=" + v + " on " + a, s);
        } else {
            String v = pick(Mutants.ENUMS.get("tls-model"));
            s.put("tls-model", v);
            emit(b, "reloc-tls-arch", "tls-model=" + v + " on " + a, s);
        }
    }

    private void dataLayoutEdit() {
        String b = anyBase();
        ObjectNode s = base(b);
        String dl = str(s, "data-layout", "");
        List<String> parts = new ArrayList<>(List.of(dl.split("-")));
        String what;
        switch (rnd.nextInt(9)) {
            case 0 -> {
                String sv = pick(List.of("S32", "S64", "S128", "S0", "S16"));
                parts.removeIf(x -> x.matches("S\\d+"));
                parts.add(sv);
                what = "stack alignment " + sv;
            }
            case 1 -> {
                String m = pick(List.of("m:e", "m:o", "m:w", "m:x", "m:m", "m:l", "m:a"));
                parts.removeIf(x -> x.startsWith("m:"));
                parts.add(1, m);
                what = "mangling " + m;
            }
            case 2 -> {
                String n = pick(List.of("n8:16:32:64", "n32:64", "n64", "n32", "n16:32", "n8"));
                parts.removeIf(x -> x.matches("n\\d.*"));
                parts.add(n);
                what = "native widths " + n;
            }
            case 3 -> {
                boolean had = parts.remove("i128:128");
                if (!had) {
                    parts.add("i128:128");
                }
                what = (had ? "drop" : "add") + " i128:128";
            }
            case 4 -> {
                String f = pick(List.of("Fi8", "Fn32", "Fi32"));
                boolean had = parts.remove(f);
                if (!had) {
                    parts.add(f);
                }
                what = (had ? "drop " : "add ") + f;
            }
            case 5 -> {
                String p = pick(List.of("p270:32:32", "p271:32:32", "p272:64:64", "p1:64:64", "ni:1", "v128:128",
                        "f80:128", "a:0:32", "i64:32", "f64:32:64"));
                boolean had = parts.remove(p);
                if (!had) {
                    parts.add(Math.min(parts.size(), 1 + rnd.nextInt(Math.max(1, parts.size()))), p);
                }
                what = (had ? "drop " : "add ") + p;
            }
            case 6 -> {
                if (parts.size() > 2) {
                    Collections.swap(parts, 1, parts.size() - 1);
                }
                what = "swap the second and last items";
            }
            case 7 -> {
                parts.add(parts.get(parts.size() - 1));
                what = "repeat the last item";
            }
            default -> {
                String e = parts.get(0);
                parts.set(0, e.equals("e") ? "E" : e.equals("E") ? "e" : "e");
                what = "endianness item " + parts.get(0);
            }
        }
        s.put("data-layout", String.join("-", parts));
        emit(b, "data-layout-edit", what, s);
    }

    private void sanitizers() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> all = List.of("address", "cfi", "dataflow", "kcfi", "kernel-address", "leak", "memory", "memtag",
                "safestack", "shadow-call-stack", "thread", "hwaddress", "realtime", "kernel-hwaddress");
        ArrayNode sup = NF.arrayNode();
        ArrayNode def = NF.arrayNode();
        for (String x : all) {
            if (rnd.nextInt(5) == 0) {
                sup.add(x);
            }
            if (rnd.nextInt(9) == 0) {
                def.add(x);
            }
        }
        if (rnd.nextInt(6) == 0 && !sup.isEmpty()) {
            sup.add(sup.get(0).asString());
        }
        s.set("supported-sanitizers", sup);
        String what = "supported=" + Mutants.compact(sup);
        if (!def.isEmpty() || rnd.nextBoolean()) {
            s.set("default-sanitizers", def);
            what += " default=" + Mutants.compact(def);
        }
        emit(b, "sanitizers", what, s);
    }

    private void splitDebuginfo() {
        String b = anyBase();
        ObjectNode s = base(b);
        List<String> parts = new ArrayList<>();
        String sd = pick(List.of("off", "packed", "unpacked", "-"));
        if (!sd.equals("-")) {
            s.put("split-debuginfo", sd);
            parts.add("split-debuginfo=" + sd);
        }
        if (rnd.nextBoolean()) {
            ArrayNode sup = pick(List.of(strings("off"), strings("packed"), strings("unpacked"), strings(),
                    strings("off", "packed", "unpacked"), strings("packed", "packed")));
            s.set("supported-split-debuginfo", sup);
            parts.add("supported-split-debuginfo=" + Mutants.compact(sup));
        }
        if (rnd.nextBoolean()) {
            String k = pick(Mutants.ENUMS.get("debuginfo-kind"));
            s.put("debuginfo-kind", k);
            parts.add("debuginfo-kind=" + k);
        }
        if (parts.isEmpty()) {
            s.put("split-debuginfo", "packed");
            parts.add("split-debuginfo=packed");
        }
        emit(b, "split-debuginfo", String.join(" ", parts), s);
    }

    private void stackProbesShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        ObjectNode p = NF.objectNode();
        String kind = pick(List.of("none", "inline", "call", "inline-or-call"));
        p.put("kind", kind);
        String what = "kind=" + kind;
        switch (rnd.nextInt(6)) {
            case 0 -> {
                p.set("min-llvm-version-for-inline", NF.arrayNode().add(16).add(0).add(0));
                what += " min [16,0,0]";
            }
            case 1 -> {
                p.set("min-llvm-version-for-inline", NF.arrayNode().add(16));
                what += " min [16]";
            }
            case 2 -> {
                p.set("min-llvm-version-for-inline", NF.arrayNode().add(-1).add(0).add(0));
                what += " min [-1,0,0]";
            }
            case 3 -> {
                p.set("min-llvm-version-for-inline", NF.arrayNode().add(4294967296L).add(0).add(0));
                what += " min [2^32,0,0]";
            }
            case 4 -> {
                p.put("min-llvm-version-for-inline", "16.0.0");
                what += " min \"16.0.0\"";
            }
            default -> {
            }
        }
        s.set("stack-probes", p);
        emit(b, "stack-probes-shape", what, s);
    }

    private void metadataShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        ObjectNode m = NF.objectNode();
        String what = switch (rnd.nextInt(10)) {
            case 0 -> {
                m.put("tier", 2).put("std", "true");
                yield "std as a string";
            }
            case 1 -> {
                m.put("host_tools", 1);
                yield "host_tools=1";
            }
            case 2 -> {
                m.put("host-tools", true);
                yield "host-tools (kebab)";
            }
            case 3 -> {
                m.putObject("description").put("text", "x");
                yield "description as an object";
            }
            case 4 -> {
                m.set("tier", NF.nullNode());
                yield "tier=null";
            }
            case 5 -> {
                m.set("description", NF.nullNode());
                m.set("std", NF.nullNode());
                yield "description and std null";
            }
            case 6 -> {
                m.put("tier", 1).put("tier-note", "x").putObject("extra").put("a", 1);
                yield "unknown keys";
            }
            case 7 -> {
                s.set("metadata", strings("tier1"));
                yield "metadata as an array";
            }
            case 8 -> {
                m.put("tier", 1.0);
                yield "tier=1.0";
            }
            default -> {
                m.put("std", false).put("host_tools", false).put("tier", 3).put("description", "");
                yield "all fields, empty description";
            }
        };
        if (!s.has("metadata") || s.get("metadata").isObject()) {
            s.set("metadata", m);
        }
        emit(b, "metadata-shape", what, s);
    }

    private void targetFamilyShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        JsonNode v = pick(List.of(NF.stringNode("unix"), NF.stringNode(""), strings("unix", "unix"), strings(""),
                NF.arrayNode().add(NF.nullNode()), NF.arrayNode().add(1), NF.objectNode(), strings("windows", "unix"),
                NF.booleanNode(true), strings("plan9"), NF.stringNode("wasm"), strings("UNIX")));
        s.set("target-family", v);
        emit(b, "target-family-shape", "target-family=" + Mutants.compact(v), s);
    }

    private void crtObjectsShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        String what;
        switch (rnd.nextInt(8)) {
            case 0 -> {
                String k = pick(List.of("dynamic-nopic-exe", "dynamic-pic-exe", "static-nopic-exe", "static-pic-exe",
                        "dynamic-dylib", "static-dylib", "wasi-reactor-exe"));
                String field = pick(List.of("pre-link-objects", "post-link-objects"));
                object(s, field).set(k, strings("crt1.o"));
                what = field + "." + k;
            }
            case 1 -> {
                String k = pick(List.of("exe", "dylib", "static-exe", "dynamic-nopic", "Dynamic-Dylib"));
                object(s, "pre-link-objects").set(k, strings("crt1.o"));
                what = "pre-link-objects." + k;
            }
            case 2 -> {
                s.putObject("link-self-contained").set("components", strings("crto", "crto"));
                what = "link-self-contained duplicate component";
            }
            case 3 -> {
                s.putObject("link-self-contained").put("components", "libc");
                what = "link-self-contained.components as a string";
            }
            case 4 -> {
                s.putObject("link-self-contained").put("extra", 1).set("components", strings("linker"));
                what = "link-self-contained extra key";
            }
            case 5 -> {
                String fb = pick(List.of("false", "true", "musl", "mingw", "wasm"));
                s.put("crt-objects-fallback", fb);
                object(s, "post-link-objects-fallback").set("static-pic-exe", strings("crtn.o"));
                what = "crt-objects-fallback=" + fb + " with post-link-objects-fallback";
            }
            case 6 -> {
                s.set("link-self-contained", NF.objectNode().set("components", NF.arrayNode()));
                s.put("crt-objects-fallback", "true");
                what = "crt-objects-fallback=true, no components";
            }
            default -> {
                object(s, "pre-link-objects-fallback").set("dynamic-pic-exe", NF.arrayNode());
                s.remove("crt-objects-fallback");
                what = "empty pre-link-objects-fallback list without crt-objects-fallback";
            }
        }
        emit(b, "crt-objects-shape", what, s);
    }

    private void entryAbiArch() {
        String a = pick(arches());
        String b = baseOfArch(a);
        ObjectNode s = base(b);
        List<String> abis = new ArrayList<>(Mutants.ENTRY_ABIS);
        abis.add("Swift");
        String v = pick(abis);
        s.put("entry-abi", v);
        emit(b, "entry-abi-arch", "entry-abi=" + v + " on " + a, s);
    }

    private void featuresShape() {
        String b = anyBase();
        ObjectNode s = base(b);
        String cur = str(s, "features", "");
        String first = cur.isEmpty() ? "+foo" : cur.split(",")[0];
        String name = first.length() > 1 ? first.substring(1) : "foo";
        String v = switch (rnd.nextInt(14)) {
            case 0 -> "+" + name + ",,+" + name;
            case 1 -> " " + first;
            case 2 -> first + " ";
            case 3 -> "+" + first;
            case 4 -> "+-" + name;
            case 5 -> "+" + name + ",-" + name;
            case 6 -> "+" + name.toUpperCase(Locale.ROOT);
            case 7 -> first + "," + first;
            case 8 -> cur.isEmpty() ? "+crt-static" : cur + ",+crt-static";
            case 9 -> cur.isEmpty() ? "," : cur + ",";
            case 10 -> String.join(",", Collections.nCopies(200, first));
            case 11 -> "+" + name + "=1";
            case 12 -> "+" + name + ";+" + name;
            default -> "-" + name + ",+" + name;
        };
        s.put("features", v);
        emit(b, "features-shape", "features=" + abbrev(v), s);
    }
}
