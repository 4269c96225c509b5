package dev.targetspec.spec.layout;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.chip.Core;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a target's {@code boot}, {@code layout} and {@code entry} sections into a {@link Layout},
 * filling in the defaults that the boot protocol and the architecture imply, and checks it. Every
 * problem found is returned with the id of the validator rule that reports it; the renderers refuse
 * a layout with any problem. Nothing here throws on bad input.
 */
public final class LayoutReader {
    /** Rule ids: one per concern, each with a page in {@code docs/rules/}. */
    public static final String ADDRESS = "layout-address";
    public static final String NAME = "layout-name";
    /**
     * The rule that owns the name policy, {@link Names#linkerNameProblem}. A problem filed under it
     * stops the renderers; the rule itself reports for every target, with a layout or without.
     */
    public static final String LINKER_NAMES = "linker-names";
    public static final String ALIGNMENT = "layout-alignment";
    public static final String REGIONS = "layout-regions";
    public static final String BOOT_HEADER = "layout-boot-header";
    public static final String CODE_MODEL = "layout-code-model";
    public static final String GRUB_PHYSICAL = "layout-grub-physical";
    /** {@code layout.chip} names a chip of the database that has boot flash and RAM. */
    public static final String CHIP = "layout-chip";
    /** The chip's core runs the target's instruction set. */
    public static final String CHIP_CORE = "layout-chip-core";
    /** A hard-float target is not given a chip whose core has no FPU. */
    public static final String CHIP_FPU = "layout-chip-fpu";
    /** {@code layout.memory-x} names a readable {@code memory.x} that holds only what targetspec reads. */
    public static final String MEMORY_X = "layout-memory-x";

    static final BigInteger K = BigInteger.valueOf(1024);
    static final BigInteger M = K.multiply(K);
    static final BigInteger G = M.multiply(K);
    static final BigInteger TWO_G = G.shiftLeft(1);
    static final BigInteger FOUR_G = G.shiftLeft(2);
    /** Where the x86-64 kernel code model puts code and data: the top 2 GiB (System V x86-64 psABI, 3.5.1). */
    static final BigInteger KERNEL_MODEL_BASE = new BigInteger("ffffffff80000000", 16);

    /** The result of reading: a layout when there is one and it has no problem, and every problem. */
    public record Reading(Optional<Layout> layout, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    private final Target target;
    private final List<Problem> problems = new ArrayList<>();
    /** What the regions came with: the chip's name, the memory.x file's aliases and symbols. */
    private Optional<String> chipName = Optional.empty();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, MemoryX.Symbol> memorySymbols = new LinkedHashMap<>();

    private LayoutReader(Target target) {
        this.target = target;
    }

    /**
     * Whether {@code target} has a layout to render: a {@code layout} section, or a declared protocol
     * that implies one ({@link BootProtocol#declaresLayout}).
     */
    public static boolean hasLayout(Target target) {
        return !target.at("/layout").isMissingNode() || BootProtocol.declaresLayout(target);
    }

    /** Reads and checks {@code target}'s layout. */
    public static Reading read(Target target) {
        if (!hasLayout(target)) {
            return new Reading(Optional.empty(), List.of());
        }
        LayoutReader r = new LayoutReader(target);
        Layout layout = r.build();
        if (layout != null) {
            r.check(layout);
        }
        return new Reading(r.problems.isEmpty() ? Optional.ofNullable(layout) : Optional.empty(), r.problems);
    }

    private void report(String rule, String pointer, String message) {
        problems.add(new Problem(rule, pointer, message));
    }

    // ---------------------------------------------------------------- reading

    private Layout build() {
        String arch = target.text("/rustc/arch").orElse("");
        int width = pointerWidth();
        // The one decision the entry artifact takes too: a Cortex-M board without `boot.protocol` (or a
        // layout whose memory comes from a chip or a memory.x) is started from its vector table, with
        // `.data` and `.bss` in RAM.
        String protocol = BootProtocol.of(target);
        boolean multiboot = protocol.equals("multiboot") || protocol.equals("multiboot2");

        Optional<String> header = target.text("/boot/header-section");
        if (header.isEmpty() && multiboot) {
            header = Optional.of(".multiboot_header");
        }
        header.ifPresent(h -> {
            if (linkerName("/boot/header-section", h, false) && !Names.plain(h)) {
                report(NAME, "/boot/header-section", "`boot.header-section` is `" + Names.comment(h)
                        + "`, but the header section must be a plain name (letters, digits, `_` and `.`) that is"
                        + " not a linker-script keyword, because the boot header is assembled into it; rename it.");
            }
        });
        // The reset handler is a Cortex-M program's entry, as in cortex-m-rt; elsewhere it is `_start`.
        String entry = symbol("/entry/symbol", protocol.equals("cortex-m") ? "Reset" : "_start");
        String main = symbol("/entry/main", "kernel_main");

        BigInteger pageSize = address("/layout/page-size").orElse(K.shiftLeft(2));
        Optional<BigInteger> loadBase = address("/layout/load-base");
        if (loadBase.isEmpty() && target.at("/layout/load-base").isMissingNode()) {
            loadBase = switch (protocol) {
                case "multiboot", "multiboot2" -> Optional.of(M);
                case "linux" -> Optional.of(BigInteger.valueOf(0x400000));
                default -> Optional.empty();
            };
        }
        Optional<BigInteger> virtualBase = address("/layout/virtual-base");
        if (virtualBase.isEmpty() && target.at("/layout/virtual-base").isMissingNode()) {
            virtualBase = loadBase;
        }

        List<Region> regions = regions();
        if (arch.startsWith("riscv") && !regions.isEmpty() && !multiboot) {
            aliases.putAll(Defaults.riscvAliases(regions, aliases));
        }
        checkAliases(regions);
        List<Section> sections = new ArrayList<>(sections(protocol, arch, header, regions));
        Optional<BigInteger> textStart = address("/layout/text-start").or(() -> symbolValue("_stext"));
        BigInteger heap = address("/layout/heap-size").or(() -> symbolValue("_heap_size")).orElse(BigInteger.ZERO);
        Stack stack = stack(protocol, width, regions, sections);
        if (stack.placement() == Stack.Placement.REGION_START) {
            insertStackSection(sections, stack);
        }
        Optional<String> memoryX = target.at("/layout/chip").isMissingNode() ? target.text("/layout/memory-x")
                : Optional.empty();
        Layout.Memory memory = new Layout.Memory(chipName, memoryX, aliases, textStart, heap);
        List<String> discard = new ArrayList<>();
        JsonNode d = target.at("/layout/discard");
        for (int i = 0; d.isArray() && i < d.size(); i++) {
            String p = JsonPointer.child("/layout/discard", i);
            String name = d.get(i).asString("");
            pattern(p, "`layout.discard` entry", name).ifPresent(discard::add);
        }
        long flags = 0;
        if (target.bool("/boot/flags/page-align").orElse(true)) {
            flags |= 1;
        }
        if (target.bool("/boot/flags/memory-info").orElse(true)) {
            flags |= 2;
        }
        List<Layout.HeaderTag> tags = tags();
        return new Layout(target.triple(), arch, width, protocol, header, entry, main, target.text("/rustc/code-model"),
                target.text("/rustc/relocation-model").orElse("pic"),
                target.text("/rustc/panic-strategy").orElse("unwind").equals("abort"), loadBase, virtualBase, pageSize,
                regions, sections, stack, discard, tags, flags, memory);
    }

    /** The value a memory.x file assigns to {@code name}, once read: the file's settings come after the spec's. */
    private Optional<BigInteger> symbolValue(String name) {
        MemoryX.Symbol s = memorySymbols.get(name);
        return s == null ? Optional.empty() : Optional.of(s.value());
    }

    /**
     * The stack at the start of its region, as flip-link places it: an output section {@code .stack} before
     * the first section in that region, so that everything else in the region lies above it.
     */
    private void insertStackSection(List<Section> sections, Stack stack) {
        Section st = new Section(".stack", List.of(), false, stack.align(), stack.region(), Optional.empty(), true,
                false, stack.pointer());
        String home = stack.region().map(this::real).orElse("");
        for (int i = 0; i < sections.size(); i++) {
            Optional<String> r = sections.get(i).region();
            if (r.isPresent() && real(r.get()).equals(home)) {
                sections.add(i, st);
                return;
            }
        }
        sections.add(st);
    }

    private int pointerWidth() {
        JsonNode w = target.at("/rustc/target-pointer-width");
        if (w.isIntegralNumber() && w.canConvertToInt()) {
            return w.asInt();
        }
        if (w.isString()) {
            try {
                return Integer.parseInt(w.asString());
            } catch (NumberFormatException e) {
                return 64;
            }
        }
        return 64;
    }

    private String symbol(String pointer, String fallback) {
        JsonNode n = target.at(pointer);
        if (!n.isString()) {
            return fallback;
        }
        String name = n.asString();
        if (!linkerName(pointer, name, false)) {
            return fallback;
        }
        Optional<String> why = Names.unsafe(name);
        if (why.isPresent()) {
            report(NAME, pointer, "`" + field(pointer) + "` " + why.get() + "; use a symbol name without it.");
            return fallback;
        }
        if (name.equals(".")) {
            report(NAME, pointer, "`" + field(pointer) + "` is `.`, the location counter, not a symbol; name a symbol.");
            return fallback;
        }
        if (pointer.equals("/entry/symbol") && !Names.plain(name)) {
            report(NAME, pointer, "`entry.symbol` is `" + name + "`, which a linker script would have to quote,"
                    + " and LLD keeps the quotes of a quoted `ENTRY` name, so the program would have no entry"
                    + " point; use a name of letters, digits, `_` and `.` that is not a linker-script keyword.");
            return fallback;
        }
        return name;
    }

    /**
     * Whether {@code name} keeps the {@code linker-names} policy; when it does not, the problem is filed
     * under that rule (which reports it to the validator itself), so that no name is reported twice.
     */
    private boolean linkerName(String pointer, String name, boolean pattern) {
        Optional<String> why = Names.linkerNameProblem(pointer, name, pattern);
        why.ifPresent(m -> report(LINKER_NAMES, pointer, m));
        return why.isEmpty();
    }

    /**
     * An input or discard pattern, when a script can hold it (quoted if it is not plain). A pattern
     * that only breaks the {@code linker-names} policy is still written: that rule reports it. One that
     * no script can hold is refused, under that rule when it breaks the policy too.
     */
    private Optional<String> pattern(String pointer, String what, String pattern) {
        Optional<String> why = Names.unsafe(pattern);
        if (why.isEmpty()) {
            return Optional.of(pattern);
        }
        Optional<String> policy = Names.linkerNameProblem(pointer, pattern, true);
        if (policy.isPresent()) {
            report(LINKER_NAMES, pointer, policy.get());
        } else {
            report(NAME, pointer, "The " + what + " at `" + field(pointer) + "` " + why.get() + "; remove that character.");
        }
        return Optional.empty();
    }

    private static String field(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private Optional<BigInteger> address(String pointer) {
        JsonNode n = target.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        String text = n.isString() ? n.asString() : n.toString();
        Optional<String> why = Address.problem(n.isString() ? text : null);
        if (why.isPresent()) {
            report(ADDRESS, pointer, "`" + field(pointer) + "` is `" + Names.comment(text) + "`, which "
                    + (n.isString() ? why.get() : "is not a string: write addresses as strings such as `\"0x100000\"` or `\"1M\"`")
                    + ".");
            return Optional.empty();
        }
        return Address.parse(text);
    }

    /** The region {@code name} stands for: itself, or the region an alias names. */
    private String real(String name) {
        return aliases.getOrDefault(name, name);
    }

    /**
     * The regions: those of {@code layout.chip} or {@code layout.memory-x}, then {@code layout.regions},
     * each of which replaces the region of its name or adds one.
     */
    private List<Region> regions() {
        boolean chip = !target.at("/layout/chip").isMissingNode();
        boolean file = !target.at("/layout/memory-x").isMissingNode();
        List<Region> out = new ArrayList<>();
        if (chip && file) {
            report(CHIP, "/layout/memory-x", "`layout.chip` and `layout.memory-x` both give the memory regions;"
                    + " keep one of them.");
        }
        if (chip) {
            out.addAll(chipRegions(target.text("/layout/chip").orElse("")));
        } else if (file) {
            out.addAll(memoryXRegions(target.text("/layout/memory-x").orElse("")));
        }
        for (Region own : specRegions()) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(own.name())) {
                    same = i;
                }
            }
            if (same >= 0) {
                out.set(same, own);
            } else {
                out.add(own);
            }
        }
        return out;
    }

    /** The {@code FLASH} and {@code RAM} of the chip {@code name}, checked against the target. */
    private List<Region> chipRegions(String name) {
        String p = "/layout/chip";
        if (name.isEmpty()) {
            return List.of();
        }
        String shown = "`" + Names.comment(dev.targetspec.diag.Messages.oneLine(name)) + "`";
        if (target.chips().isEmpty()) {
            report(CHIP, p, "`layout.chip` is " + shown + ", but the spec was read without a registry, so there is"
                    + " no chip database to find it in; check it against a registry with `--registry`.");
            return List.of();
        }
        ChipDatabase db = target.chips().get();
        Chip chip;
        try {
            Optional<Chip> found = db.find(name);
            if (found.isEmpty()) {
                List<String> near = db.nearMisses(name, 3);
                report(CHIP, p, "`layout.chip` is " + shown + ", which is not a chip in the database" + (near.isEmpty()
                        ? "; find its name with `targetspec chips --search`." : "; did you mean " + orList(near) + "?"));
                return List.of();
            }
            chip = found.get();
        } catch (ChipDataException e) {
            report(CHIP, p, "`layout.chip` cannot be looked up: " + e.getMessage());
            return List.of();
        }
        chipName = Optional.of(chip.name());
        Optional<Core> fit = ChipMemory.core(chip, target);
        Core core = fit.orElse(chip.cores().get(0));
        String arch = ChipMemory.targetArch(target);
        if (fit.isEmpty()) {
            report(CHIP_CORE, p, "`layout.chip` `" + chip.name() + "` has " + ChipMemory.describe(core)
                    + ", which cannot run `" + arch + "` code (`rustc.llvm-target` is `"
                    + target.text("/rustc/llvm-target").orElse(target.triple()) + "`); build for "
                    + suggestedArch(core) + " or choose a chip whose core runs `" + arch + "` code.");
        } else if (ChipMemory.hardFloat(target) && ChipMemory.lacksFpu(core)) {
            report(CHIP_FPU, p, "`layout.chip` `" + chip.name() + "` has " + ChipMemory.describe(core)
                    + " without a floating-point unit, but `" + target.triple() + "` passes floating-point values in"
                    + " FPU registers (hard-float ABI); build for the soft-float target (`eabi`, not `eabihf`) or"
                    + " choose a chip with an FPU.");
        }
        ChipMemory.Memory m = ChipMemory.of(chip, core);
        List<Region> out = new ArrayList<>();
        if (m.flash().isEmpty()) {
            report(CHIP, p, "Chip `" + chip.name() + "` has no region it boots from in the database; list its flash"
                    + " as `FLASH` in `layout.regions`.");
        } else {
            out.add(ChipMemory.region("FLASH", m.flash().get(), "rx", p));
        }
        if (m.ram().isEmpty()) {
            report(CHIP, p, "Chip `" + chip.name() + "` has no writable RAM in the database; list its RAM as `RAM` in"
                    + " `layout.regions`.");
        } else {
            out.add(ChipMemory.region("RAM", m.ram().get(), "rwx", p));
        }
        return out;
    }

    private static String suggestedArch(Core core) {
        return switch (core.type()) {
            case "armv6m" -> "a `thumbv6m` target";
            case "armv7m" -> "a `thumbv7m` target";
            case "armv7em" -> "a `thumbv7em` target";
            case "armv8m" -> "a `thumbv8m.main` or `thumbv8m.base` target";
            case "riscv" -> "a `riscv32` target";
            case "riscv64" -> "a `riscv64` target";
            case "armv8a" -> "an `aarch64` target";
            default -> "a target for its `" + core.type() + "` core";
        };
    }

    private static String orList(List<String> names) {
        List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    /**
     * The regions of the {@code memory.x} file {@code name}, relative to the spec file that names it; its
     * aliases and symbols are kept for the rest of the reading.
     */
    private List<Region> memoryXRegions(String name) {
        String p = "/layout/memory-x";
        String shown = "`" + Names.comment(dev.targetspec.diag.Messages.oneLine(name)) + "`";
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            report(MEMORY_X, p, "`layout.memory-x` is empty; give the path of the memory.x file, relative to the spec"
                    + " file.");
            return List.of();
        }
        Path base = target.origin(p).path().toAbsolutePath().getParent();
        Path file;
        try {
            file = base == null ? Path.of(name) : base.resolve(name);
        } catch (InvalidPathException e) {
            report(MEMORY_X, p, "`layout.memory-x` " + shown + " is not a path; give the path of the memory.x file,"
                    + " relative to the spec file.");
            return List.of();
        }
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                report(MEMORY_X, p, "`layout.memory-x` names " + shown + ", which is not a file next to the spec;"
                        + " give the path of the memory.x file, relative to the spec file.");
                return List.of();
            }
            if (Files.size(file) > MemoryX.MAX_BYTES) {
                report(MEMORY_X, p, "`layout.memory-x` names " + shown + ", which is larger than 1 MiB; a memory.x"
                        + " holds a `MEMORY` block and a few lines, so name the right file.");
                return List.of();
            }
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException | SecurityException e) {
            report(MEMORY_X, p, "`layout.memory-x` names " + shown + ", which cannot be read; check that the file"
                    + " is readable.");
            return List.of();
        }
        MemoryX.File parsed;
        try {
            parsed = MemoryX.parse(text);
        } catch (MemoryX.Malformed e) {
            report(MEMORY_X, p, "`layout.memory-x` file " + shown + ", line " + e.line() + ": " + e.getMessage());
            return List.of();
        }
        List<Region> out = new ArrayList<>();
        for (MemoryX.Entry e : parsed.regions()) {
            String where = "`layout.memory-x` file " + shown + ", line " + e.line() + ": ";
            if (!Names.plain(e.name())) {
                report(MEMORY_X, p, where + "region `" + Names.comment(e.name()) + "` is not a plain name (letters,"
                        + " digits, `_` and `.`, not a linker-script keyword); rename it.");
                continue;
            }
            if (e.length().signum() == 0) {
                report(MEMORY_X, p, where + "region `" + e.name() + "` has `LENGTH` 0; give it its real size.");
                continue;
            }
            if (e.origin().add(e.length()).compareTo(Address.LIMIT) > 0) {
                report(MEMORY_X, p, where + "region `" + e.name() + "` runs past the end of the 64-bit address space;"
                        + " shorten its `LENGTH`.");
                continue;
            }
            out.add(new Region(e.name(), e.origin(), e.length(), e.attributes(), p));
        }
        for (Map.Entry<String, String> a : parsed.aliases().entrySet()) {
            if (!Names.plain(a.getKey())) {
                report(MEMORY_X, p, "`layout.memory-x` file " + shown + ": alias `" + Names.comment(a.getKey())
                        + "` is not a plain name; rename it.");
                continue;
            }
            aliases.put(a.getKey(), a.getValue());
        }
        for (MemoryX.Symbol sym : parsed.symbols().values()) {
            if (!MEMORY_X_SYMBOLS.contains(sym.name())) {
                report(MEMORY_X, p, "`layout.memory-x` file " + shown + ", line " + sym.line() + ": symbol `"
                        + Names.comment(sym.name()) + "` is not one targetspec reads (it reads `_stack_start`,"
                        + " `_stext`, `_heap_size`, `_max_hart_id` and `_hart_stack_size`); set what it means in"
                        + " the spec's `layout` and remove the line.");
                continue;
            }
            memorySymbols.put(sym.name(), sym);
        }
        return out;
    }

    /** The symbols a memory.x may set: the ones cortex-m-rt's and riscv-rt's scripts let it override. */
    private static final Set<String> MEMORY_X_SYMBOLS = Set.of("_stack_start", "_stext", "_heap_size", "_max_hart_id",
            "_hart_stack_size");

    /** Every alias names a region of the layout. */
    private void checkAliases(List<Region> regions) {
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (regions.stream().noneMatch(r -> r.name().equals(a.getValue()))) {
                report(MEMORY_X, "/layout/memory-x", "`REGION_ALIAS` makes `" + a.getKey() + "` stand for `"
                        + Names.comment(a.getValue()) + "`, which is not a region of the layout; name one of "
                        + names(regions) + ".");
            }
        }
    }

    private List<Region> specRegions() {
        List<Region> out = new ArrayList<>();
        JsonNode rs = target.at("/layout/regions");
        for (int i = 0; rs.isArray() && i < rs.size(); i++) {
            String p = JsonPointer.child("/layout/regions", i);
            JsonNode r = rs.get(i);
            String name = r.path("name").asString("");
            Optional<BigInteger> origin = address(p + "/origin");
            Optional<BigInteger> length = address(p + "/length");
            String attrs = r.path("attributes").asString("");
            if (!linkerName(p + "/name", name, false)) {
                continue;
            }
            if (!Names.plain(name)) {
                report(NAME, p + "/name", "The region name `" + Names.comment(name) + "` at `" + field(p)
                        + ".name` is not a plain name (letters, digits, `_` and `.`, not a linker-script keyword);"
                        + " rename it, for example `RAM` or `FLASH`.");
                continue;
            }
            if (!attrs.matches("[rwxaiRWXAI]*")) {
                report(NAME, p + "/attributes", "`" + field(p) + ".attributes` is `" + Names.comment(attrs)
                        + "`; use only the letters `r`, `w`, `x`, `a` and `i` (LLD refuses `!`).");
                attrs = "";
            }
            if (origin.isEmpty() || length.isEmpty()) {
                continue;
            }
            if (origin.get().add(length.get()).compareTo(Address.LIMIT) > 0) {
                report(ADDRESS, p + "/length", "Region `" + name + "` runs from `" + Address.hex(origin.get())
                        + "` for `" + Address.hex(length.get()) + "` bytes, past the end of the 64-bit address space;"
                        + " shorten `length`.");
                continue;
            }
            if (length.get().signum() == 0) {
                report(REGIONS, p + "/length", "Region `" + name + "` has `length` 0; give it its real size.");
                continue;
            }
            out.add(new Region(name, origin.get(), length.get(), attrs, p));
        }
        return out;
    }

    private List<Section> sections(String protocol, String arch, Optional<String> header, List<Region> regions) {
        JsonNode ss = target.at("/layout/sections");
        if (ss.isMissingNode()) {
            return Defaults.sections(protocol, arch, header, regions, aliases);
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; ss.isArray() && i < ss.size(); i++) {
            String p = JsonPointer.child("/layout/sections", i);
            JsonNode s = ss.get(i);
            String name = s.path("name").asString("");
            if (!linkerName(p + "/name", name, false)) {
                continue;
            }
            if (!Names.plain(name)) {
                report(NAME, p + "/name", "The output section name `" + Names.comment(name) + "` at `" + field(p)
                        + ".name` is not a plain name (letters, digits, `_` and `.`, not a linker-script keyword);"
                        + " rename it, for example `.text.boot`.");
                continue;
            }
            List<String> inputs = new ArrayList<>();
            JsonNode in = s.path("inputs");
            for (int j = 0; in.isArray() && j < in.size(); j++) {
                String ip = JsonPointer.child(p + "/inputs", j);
                pattern(ip, "input pattern", in.get(j).asString("")).ifPresent(inputs::add);
            }
            if (in.isMissingNode()) {
                inputs.add(name);
                inputs.add(name + ".*");
            }
            boolean nobits = s.path("type").asString("progbits").equals("nobits");
            BigInteger align = address(p + "/align").orElse(nobits || name.startsWith(".bss") ? BigInteger.valueOf(16)
                    : BigInteger.valueOf(8));
            Optional<String> region = s.hasNonNull("region") ? Optional.of(s.get("region").asString(""))
                    : regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(0).name());
            Optional<String> loadRegion = s.hasNonNull("load-region") ? Optional.of(s.get("load-region").asString(""))
                    : Optional.empty();
            boolean physical = s.path("link").asString("virtual").equals("physical");
            out.add(new Section(name, inputs, s.path("keep").asBoolean(false), align, region, loadRegion, nobits,
                    physical, p));
        }
        return out;
    }

    private Stack stack(String protocol, int width, List<Region> regions, List<Section> sections) {
        String p = "/layout/stack";
        JsonNode st = target.at(p);
        String pointer = st.isMissingNode() ? "/layout" : p;
        boolean riscvRt = aliases.containsKey("REGION_STACK");
        String placementText = st.path("placement").asString(protocol.equals("linux") ? "loader"
                : protocol.equals("cortex-m") || riscvRt ? "region-end" : "bss");
        Stack.Placement placement = switch (placementText) {
            case "region-end" -> Stack.Placement.REGION_END;
            case "region-start" -> Stack.Placement.REGION_START;
            case "loader" -> Stack.Placement.LOADER;
            default -> Stack.Placement.BSS;
        };
        Optional<String> region = st.hasNonNull("region") ? Optional.of(st.get("region").asString("")) : Optional.empty();
        // A memory.x puts the stack with `_stack_start`: the end of a region is the `region-end` placement.
        MemoryX.Symbol start = memorySymbols.get("_stack_start");
        if (start != null && st.path("placement").isMissingNode() && region.isEmpty()) {
            Optional<Region> top = regions.stream().filter(r -> r.end().equals(start.value())).findFirst();
            if (top.isPresent()) {
                placement = Stack.Placement.REGION_END;
                region = Optional.of(top.get().name());
            } else {
                report(MEMORY_X, "/layout/memory-x", "`layout.memory-x` file `" + Names.comment(target
                        .text("/layout/memory-x").orElse("")) + "`, line " + start.line() + ": `_stack_start` is `"
                        + Address.hex(start.value()) + "`, which is not the end of a region; remove the line and place"
                        + " the stack with `layout.stack`.");
            }
        }
        boolean inRegion = placement == Stack.Placement.REGION_END || placement == Stack.Placement.REGION_START;
        if (region.isEmpty() && inRegion) {
            region = riscvRt ? Optional.of("REGION_STACK") : lastNobitsRegion(sections, regions);
        }
        BigInteger align = address(p + "/align").orElse(BigInteger.valueOf(16));
        Optional<BigInteger> size = address(p + "/size").or(() -> symbolValue("_hart_stack_size"));
        if (size.isEmpty() && target.at(p + "/size").isMissingNode()) {
            BigInteger fallback = width == 64 ? K.shiftLeft(6) : K.shiftLeft(4);
            // A small RAM gets a stack of a quarter of it, so that a chip with 8 KiB of RAM still links.
            boolean bss = placement == Stack.Placement.BSS;
            Optional<Region> home = region.flatMap(r -> regions.stream().filter(x -> x.name().equals(real(r))).findFirst())
                    .or(() -> bss ? lastNobitsRegion(sections, regions)
                            .flatMap(r -> regions.stream().filter(x -> x.name().equals(real(r))).findFirst())
                            : Optional.empty());
            if (home.isPresent() && Address.isPowerOfTwo(align)) {
                BigInteger quarter = home.get().length().shiftRight(2).andNot(align.subtract(BigInteger.ONE));
                if (quarter.compareTo(fallback) < 0) {
                    fallback = quarter.max(align);
                }
            }
            size = Optional.of(fallback);
        }
        int harts = 1;
        JsonNode h = st.path("harts");
        if (h.isIntegralNumber() && h.canConvertToInt()) {
            harts = h.asInt();
        } else if (h.isMissingNode() && memorySymbols.containsKey("_max_hart_id")) {
            BigInteger max = memorySymbols.get("_max_hart_id").value();
            harts = max.signum() >= 0 && max.compareTo(BigInteger.valueOf(4095)) < 0 ? max.intValue() + 1 : 0;
        }
        if (harts < 1 || harts > 4096) {
            report(REGIONS, h.isMissingNode() ? "/layout/memory-x" : p + "/harts", "`layout.stack.harts` is " + harts
                    + ", but every hart needs a stack; give a number from 1 to 4096.");
            harts = 1;
        }
        return new Stack(size.orElse(K.shiftLeft(4)), align, placement, region, pointer, harts);
    }

    private static Optional<String> lastNobitsRegion(List<Section> sections, List<Region> regions) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i).nobits() && sections.get(i).region().isPresent()) {
                return sections.get(i).region();
            }
        }
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(regions.size() - 1).name());
    }

    private List<Layout.HeaderTag> tags() {
        List<Layout.HeaderTag> out = new ArrayList<>();
        JsonNode ts = target.at("/boot/tags");
        for (int i = 0; ts.isArray() && i < ts.size(); i++) {
            String p = JsonPointer.child("/boot/tags", i);
            JsonNode t = ts.get(i);
            String type = t.path("type").asString("");
            boolean optional = t.path("optional").asBoolean(false);
            Layout.HeaderTag.Kind kind = null;
            for (Layout.HeaderTag.Kind k : Layout.HeaderTag.Kind.values()) {
                if (k.json().equals(type)) {
                    kind = k;
                }
            }
            if (kind == null) {
                report(BOOT_HEADER, p + "/type", "`" + field(p) + ".type` is `" + Names.comment(type)
                        + "`; the supported Multiboot 2 tags are `information-request`, `console-flags`,"
                        + " `framebuffer` and `module-align`.");
                continue;
            }
            List<Long> values = new ArrayList<>();
            switch (kind) {
                case INFORMATION_REQUEST -> t.path("requests").forEach(v -> { if (v.canConvertToLong()) { values.add(v.asLong()); } });
                case CONSOLE_FLAGS -> values.add(t.path("flags").asLong(0));
                case FRAMEBUFFER -> {
                    values.add(t.path("width").asLong(0));
                    values.add(t.path("height").asLong(0));
                    values.add(t.path("depth").asLong(0));
                }
                case MODULE_ALIGN -> {
                }
            }
            for (long v : values) {
                if (v < 0 || v > 0xffffffffL) {
                    report(BOOT_HEADER, p, "A value of the `" + type + "` tag at `" + field(p)
                            + "` does not fit the 32-bit field; use a value from 0 to 4294967295.");
                }
            }
            out.add(new Layout.HeaderTag(kind, optional, values, p));
        }
        return out;
    }

    // ---------------------------------------------------------------- checking

    private void check(Layout l) {
        checkAlignment(l);
        checkNames(l);
        checkRegions(l);
        checkBootHeader(l);
        checkCodeModel(l);
        checkGrub(l);
    }

    private void checkAlignment(Layout l) {
        if (!Address.isPowerOfTwo(l.pageSize())) {
            report(ALIGNMENT, "/layout/page-size", "`layout.page-size` is `" + Address.hex(l.pageSize())
                    + "`, which is not a power of two; use 4K, 16K, 64K or 2M.");
        }
        for (Section s : l.sections()) {
            if (!Address.isPowerOfTwo(s.align())) {
                report(ALIGNMENT, s.pointer() + "/align", "Section `" + s.name() + "` has `align` `"
                        + Address.hex(s.align()) + "`, which is not a power of two; use the next power of two, `"
                        + Address.hex(BigInteger.ONE.shiftLeft(Math.max(0, s.align().bitLength()))) + "`.");
            }
        }
        Stack st = l.stack();
        if (!Address.isPowerOfTwo(st.align())) {
            report(ALIGNMENT, st.pointer() + "/align", "`layout.stack.align` is `" + Address.hex(st.align())
                    + "`, which is not a power of two; the ABIs want 16 (8 on 32-bit Arm).");
        } else if (st.placement() != Stack.Placement.LOADER && st.size().mod(st.align()).signum() != 0) {
            report(ALIGNMENT, st.pointer() + "/size", "`layout.stack.size` `" + Address.hex(st.size())
                    + "` is not a multiple of `layout.stack.align` `" + Address.hex(st.align())
                    + "`, so the stack top would be misaligned; round the size up.");
        }
        if (st.placement() != Stack.Placement.LOADER && st.size().signum() == 0) {
            report(ALIGNMENT, st.pointer() + "/size", "`layout.stack.size` is 0; give the stack a size such as `16K`.");
        }
        for (Region r : l.regions()) {
            if (r.origin().mod(BigInteger.valueOf(4)).signum() != 0) {
                report(ALIGNMENT, r.pointer() + "/origin", "Region `" + r.name() + "` starts at `"
                        + Address.hex(r.origin()) + "`, which is not 4-byte aligned; align its `origin`.");
            }
        }
        l.loadBase().ifPresent(b -> {
            if (Address.isPowerOfTwo(l.pageSize()) && !l.multiboot() && b.mod(l.pageSize()).signum() != 0) {
                report(ALIGNMENT, "/layout/load-base", "`layout.load-base` `" + Address.hex(b)
                        + "` is not a multiple of `layout.page-size` `" + Address.hex(l.pageSize())
                        + "`; align it to a page.");
            }
        });
        if (l.higherHalf() && Address.isPowerOfTwo(l.pageSize())
                && l.offset().mod(l.pageSize()).signum() != 0) {
            report(ALIGNMENT, "/layout/virtual-base", "`layout.virtual-base` and `layout.load-base` differ by `"
                    + Address.hex(l.offset().mod(Address.LIMIT)) + "`, which is not a multiple of `layout.page-size`,"
                    + " so pages cannot map one onto the other; make them congruent modulo the page size.");
        }
    }

    private void checkNames(Layout l) {
        Set<String> seen = new HashSet<>();
        for (Section s : l.sections()) {
            if (!seen.add(s.name())) {
                report(NAME, s.pointer() + "/name", "Section `" + s.name()
                        + "` appears twice in `layout.sections`; merge the two entries.");
            }
        }
        Set<String> regions = new HashSet<>();
        for (Region r : l.regions()) {
            if (!regions.add(r.name())) {
                report(NAME, r.pointer() + "/name", "Region `" + r.name()
                        + "` appears twice in `layout.regions`; give each region its own name.");
            }
        }
        boolean stub = l.multiboot() && (l.arch().equals("x86_64") || l.arch().equals("x86"));
        if (stub && !Names.identifier(l.entrySymbol())) {
            report(NAME, "/entry/symbol", "`entry.symbol` is `" + Names.comment(l.entrySymbol())
                    + "`, but the boot stub defines the entry point in assembly, which needs a C identifier;"
                    + " rename it.");
        }
        if (stub && !Names.identifier(l.mainSymbol())) {
            report(NAME, "/entry/main", "`entry.main` is `" + Names.comment(l.mainSymbol())
                    + "`, but the boot stub calls it from assembly, which needs a C identifier; rename it.");
        }
    }

    private void checkRegions(Layout l) {
        List<Region> rs = l.regions();
        for (int i = 0; i < rs.size(); i++) {
            for (int j = i + 1; j < rs.size(); j++) {
                Region a = rs.get(i);
                Region b = rs.get(j);
                if (a.origin().compareTo(b.end()) < 0 && b.origin().compareTo(a.end()) < 0) {
                    report(REGIONS, b.pointer(), "Region `" + b.name() + "` (`" + Address.hex(b.origin()) + "`–`"
                            + Address.hex(b.end()) + "`) overlaps region `" + a.name() + "` (`"
                            + Address.hex(a.origin()) + "`–`" + Address.hex(a.end())
                            + "`); move or shorten one of them.");
                }
            }
        }
        boolean any = !rs.isEmpty();
        if (any) {
            if (!target.at("/layout/load-base").isMissingNode() || !target.at("/layout/virtual-base").isMissingNode()) {
                report(REGIONS, target.at("/layout/load-base").isMissingNode() ? "/layout/virtual-base"
                        : "/layout/load-base", "`layout.load-base` and `layout.virtual-base` place sections in a"
                        + " layout without `regions`, but this layout has `regions`; remove them and set the"
                        + " region `origin` instead.");
            }
        } else if (l.loadBase().isEmpty() && !l.sections().isEmpty()
                && target.at("/layout/load-base").isMissingNode()) {
            report(REGIONS, "/layout", "The layout has neither `regions` nor `load-base`, so nothing says where"
                    + " the program goes; set `layout.load-base` or list `layout.regions`.");
        }
        for (Section s : l.sections()) {
            for (Optional<String> name : List.of(s.region(), s.loadRegion())) {
                if (name.isEmpty()) {
                    continue;
                }
                String key = name == s.region() ? "region" : "load-region";
                if (!any) {
                    report(REGIONS, s.pointer() + "/" + key, "Section `" + s.name() + "` names " + key + " `"
                            + Names.comment(name.get()) + "`, but `layout.regions` is empty; list the region or"
                            + " remove `" + key + "`.");
                } else if (l.region(name.get()).isEmpty()) {
                    report(REGIONS, s.pointer() + "/" + key, "Section `" + s.name() + "` names " + key + " `"
                            + Names.comment(name.get()) + "`, which is not in `layout.regions`; use one of "
                            + names(rs) + ".");
                }
            }
            s.region().filter(x -> s.writable()).flatMap(l::region).filter(r -> !r.attributes().isEmpty()
                    && r.attributes().chars().noneMatch(c -> c == 'w' || c == 'W')).ifPresent(r -> report(REGIONS,
                    s.pointer().equals("/layout") ? "/layout" : s.pointer() + "/region", "Section `" + s.name()
                            + "` is written by the program, but region `" + r.name() + "` it is placed in has"
                            + " attributes `" + r.attributes() + "`, without `w`; "
                            + (s.pointer().equals("/layout") ? "name the `boot.protocol` that places it (such as"
                                    + " `cortex-m`, which puts `.data` and `.bss` in `RAM`) or list"
                                    + " `layout.sections` with a writable `region`"
                                    : "place it in a writable `region` (with `load-region` for where it is stored)")
                            + "."));
            if (s.nobits() && s.loadRegion().isPresent()) {
                report(REGIONS, s.pointer() + "/load-region", "Section `" + s.name()
                        + "` is `nobits`, so it has no contents to load from `load-region`; remove `load-region`.");
            }
            if (s.physical() && any) {
                report(REGIONS, s.pointer() + "/link", "Section `" + s.name() + "` has `link` `physical`, which"
                        + " only means something in a layout with `load-base` and `virtual-base`; remove it.");
            }
        }
        boolean virtualSeen = false;
        for (Section s : l.sections()) {
            if (!s.physical()) {
                virtualSeen = true;
            } else if (virtualSeen) {
                report(REGIONS, s.pointer() + "/link", "Section `" + s.name() + "` is linked `physical` but"
                        + " follows a section linked at its virtual address; move the physical sections first.");
            }
        }
        Stack st = l.stack();
        switch (st.placement()) {
            case REGION_END, REGION_START -> {
                Optional<Region> r = st.region().flatMap(l::region);
                if (r.isEmpty()) {
                    report(REGIONS, st.pointer(), "`layout.stack.placement` is `" + st.placement().json() + "`, but "
                            + (st.region().isEmpty() ? "no region is named" : "region `"
                            + Names.comment(st.region().get()) + "` is not in `layout.regions`")
                            + "; set `layout.stack.region` to one of " + (any ? names(rs) : "the regions (none is listed)")
                            + ".");
                } else if (st.total().add(l.memory().heapSize()).compareTo(r.get().length()) > 0) {
                    report(REGIONS, st.pointer() + "/size", "The stack (`" + Address.human(st.total())
                            + "`" + (st.harts() > 1 ? ", " + st.harts() + " harts" : "")
                            + (l.memory().heapSize().signum() > 0 ? ", with a heap of `"
                            + Address.human(l.memory().heapSize()) + "`" : "") + ") is larger than region `"
                            + r.get().name() + "` (`" + Address.human(r.get().length())
                            + "`); shrink `layout.stack.size`.");
                }
            }
            case BSS -> {
                if (l.sections().stream().noneMatch(Section::nobits)) {
                    report(REGIONS, st.pointer(), "`layout.stack.placement` is `bss`, but no section in"
                            + " `layout.sections` is `nobits`; add a `.bss` section with `type` `nobits`.");
                }
                l.sections().stream().filter(Section::nobits).reduce((a, b) -> b)
                        .flatMap(Section::region).flatMap(l::region).ifPresent(r -> {
                            if (st.total().compareTo(r.length()) > 0) {
                                report(REGIONS, st.pointer() + "/size", "The stack (`" + Address.human(st.total())
                                        + "`) is larger than region `" + r.name() + "` that holds it; shrink"
                                        + " `layout.stack.size`.");
                            }
                        });
            }
            case LOADER -> {
            }
        }
        l.memory().textStart().ifPresent(t -> {
            String at = target.at("/layout/text-start").isMissingNode() ? "/layout/memory-x" : "/layout/text-start";
            Optional<Section> text = l.sections().stream().filter(s -> s.name().equals(".text")).findFirst();
            Optional<Region> home = text.flatMap(Section::region).flatMap(l::region);
            if (text.isEmpty()) {
                report(REGIONS, at, "`layout.text-start` places `.text`, but the layout has no `.text` section; add"
                        + " one or remove `layout.text-start`.");
            } else if (home.isEmpty()) {
                report(REGIONS, at, "`layout.text-start` places `.text`, but `.text` is in no region; it is for"
                        + " layouts with `regions`.");
            } else if (t.compareTo(home.get().origin()) < 0 || t.compareTo(home.get().end()) >= 0) {
                report(REGIONS, at, "`layout.text-start` `" + Address.hex(t) + "` is outside region `"
                        + home.get().name() + "` (`" + Address.hex(home.get().origin()) + "`–`"
                        + Address.hex(home.get().end()) + "`) that holds `.text`; give an address inside it.");
            } else if (Address.isPowerOfTwo(text.get().align()) && t.mod(text.get().align()).signum() != 0) {
                report(REGIONS, at, "`layout.text-start` `" + Address.hex(t) + "` is not aligned to the "
                        + text.get().align() + " bytes `.text` needs; align it.");
            }
        });
    }

    private static String names(List<Region> rs) {
        return String.join(", ", rs.stream().map(r -> "`" + r.name() + "`").toList());
    }

    private void checkBootHeader(Layout l) {
        if (!l.multiboot()) {
            return;
        }
        boolean two = l.protocol().equals("multiboot2");
        String version = two ? "Multiboot 2" : "Multiboot 1";
        if (!l.arch().equals("x86") && !l.arch().equals("x86_64")) {
            report(BOOT_HEADER, "/boot/protocol", "`boot.protocol` is `" + l.protocol() + "`, which this tool"
                    + " renders only for `x86` and `x86_64`, but `arch` is `" + l.arch() + "`; use another protocol.");
            return;
        }
        String header = l.headerSection().orElse(".multiboot_header");
        if (l.usesRegions()) {
            report(BOOT_HEADER, "/layout/regions", "A " + version + " kernel is placed from `layout.load-base`,"
                    + " not from `layout.regions`; remove the regions.");
            return;
        }
        if (l.sections().isEmpty() || !l.sections().get(0).inputs().contains(header)) {
            String at = l.sections().isEmpty() ? "/layout" : l.sections().get(0).pointer() + "/inputs";
            report(BOOT_HEADER, at, "The boot header section `" + header + "` is not the first input of the first"
                    + " section in `layout.sections`, so the " + version + " header may land outside the first "
                    + (two ? "32 KiB" : "8 KiB") + " of the file; list it first.");
            return;
        }
        Section first = l.sections().get(0);
        if (l.higherHalf() && !first.physical()) {
            report(BOOT_HEADER, first.pointer() + "/link", "Section `" + first.name() + "` holds the boot header"
                    + " and entry code, which run before paging, but it is linked at its virtual address; set its"
                    + " `link` to `physical`.");
        }
        BigInteger need = BigInteger.valueOf(two ? 8 : 4);
        if (Address.isPowerOfTwo(first.align()) && first.align().compareTo(need) < 0) {
            report(BOOT_HEADER, first.pointer() + "/align", "Section `" + first.name() + "` is aligned to "
                    + first.align() + " bytes, but the " + version + " header must be " + need
                    + "-byte aligned; set `align` to " + need + " or more.");
        }
        l.loadBase().ifPresent(b -> {
            if (b.mod(need).signum() != 0) {
                report(BOOT_HEADER, "/layout/load-base", "`layout.load-base` `" + Address.hex(b) + "` is not "
                        + need + "-byte aligned, so the " + version + " header at the start of `" + first.name()
                        + "` would not be either; align it.");
            }
            if (Address.isPowerOfTwo(l.pageSize())) {
                BigInteger window = BigInteger.valueOf(two ? 32768 : 8192);
                // Both linkers give a section a file offset congruent to its address modulo the
                // page size, after the ELF and program headers (at most one page of them here).
                BigInteger offset = b.mod(l.pageSize());
                if (offset.compareTo(BigInteger.valueOf(0x400)) < 0) {
                    offset = offset.add(l.pageSize());
                }
                BigInteger end = offset.add(BigInteger.valueOf(two ? 16 : 12));
                if (end.compareTo(window) > 0) {
                    report(BOOT_HEADER, "/layout/page-size", "With `layout.page-size` `" + Address.hex(l.pageSize())
                            + "` and `layout.load-base` `" + Address.hex(b) + "`, the " + version + " header can"
                            + " start as far as `" + Address.hex(offset) + "` into the file, past the first "
                            + (two ? "32 KiB" : "8 KiB") + " where loaders search; use a page size of 4K.");
                }
            }
        });
    }

    private void checkCodeModel(Layout l) {
        if (!l.arch().equals("x86_64")) {
            return;
        }
        String model = l.codeModel().orElse("small");
        List<BigInteger[]> ranges = new ArrayList<>();
        if (l.usesRegions()) {
            for (Section s : l.sections()) {
                s.region().flatMap(l::region).ifPresent(r -> ranges.add(new BigInteger[] {r.origin(), r.end()}));
            }
        } else if (l.virtualBase().isPresent()) {
            boolean anyVirtual = l.sections().stream().anyMatch(s -> !s.physical());
            if (anyVirtual) {
                ranges.add(new BigInteger[] {l.virtualBase().get(), l.virtualBase().get().add(BigInteger.ONE)});
            }
        }
        if (ranges.isEmpty()) {
            return;
        }
        BigInteger lo = ranges.stream().map(r -> r[0]).min(BigInteger::compareTo).orElseThrow();
        BigInteger hi = ranges.stream().map(r -> r[1]).max(BigInteger::compareTo).orElseThrow();
        boolean top = lo.compareTo(KERNEL_MODEL_BASE) >= 0;
        boolean low = hi.compareTo(TWO_G) <= 0;
        boolean isStatic = l.relocationModel().equals("static");
        String pointer = target.at("/rustc/code-model").isMissingNode() ? "/rustc" : "/rustc/code-model";
        String where = l.usesRegions() ? "the regions" : "the link address `" + Address.hex(lo) + "`";
        switch (model) {
            case "kernel" -> {
                if (!top && !(low && isStatic)) {
                    report(CODE_MODEL, pointer, "`code-model` is `kernel`, which needs code and data in the top 2 GiB"
                            + " (from `0xffffffff80000000`)" + (isStatic ? " or below 2 GiB" : " or, with"
                            + " `relocation-model` `static`, below 2 GiB") + ", but " + where + " is outside;"
                            + " link at `0xffffffff80000000` or use `code-model` `large`.");
                }
            }
            case "small", "tiny" -> {
                if (!low && isStatic) {
                    report(CODE_MODEL, pointer, "`code-model` is `" + model + "` with `relocation-model` `static`,"
                            + " which needs every address below 2 GiB, but " + where + " is above; use `code-model`"
                            + " `kernel` for the top 2 GiB or `large` elsewhere.");
                }
            }
            default -> {
            }
        }
    }

    private void checkGrub(Layout l) {
        if (!l.multiboot()) {
            return;
        }
        l.loadBase().ifPresent(b -> {
            if (b.compareTo(FOUR_G) >= 0) {
                report(GRUB_PHYSICAL, "/layout/load-base", "`layout.load-base` `" + Address.hex(b) + "` is above 4 GiB,"
                        + " but Multiboot loads a kernel into 32-bit physical memory and GRUB refuses a segment that"
                        + " crosses 4 GiB; load it below, for example at `1M`.");
            } else if (b.compareTo(M) < 0) {
                report(GRUB_PHYSICAL, "/layout/load-base", "`layout.load-base` `" + Address.hex(b) + "` is below 1 MiB,"
                        + " where the BIOS, the VGA buffer and GRUB itself live; load the kernel at `1M` or above.");
            }
        });
        if (l.higherHalf() && l.arch().equals("x86")) {
            report(GRUB_PHYSICAL, "/layout/virtual-base", "`layout.virtual-base` differs from `layout.load-base`,"
                    + " but the 32-bit boot stub does not enable paging; link an `x86` kernel where it is loaded.");
        }
        l.virtualBase().ifPresent(v -> {
            if (l.arch().equals("x86") && v.compareTo(FOUR_G) >= 0) {
                report(GRUB_PHYSICAL, "/layout/virtual-base", "`layout.virtual-base` `" + Address.hex(v)
                        + "` does not fit the 32-bit address space of an `x86` kernel; use an address below 4 GiB.");
            }
        });
    }
}
