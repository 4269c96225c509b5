package dev.targetspec.chip;

import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The chips of a registry's {@value #FOLDER} folder: every family file under {@value #FAMILIES}, with the
 * hand-written {@value #CORRECTIONS} applied. Nothing is read until the first question; the data is then
 * read once. Chip names are matched without regard to letter case, and a package variant's name (such as
 * {@code STM32F411RETx}) or an alias from the corrections finds its chip.
 */
public final class ChipDatabase {
    /** The folder of a registry that holds the database. */
    public static final String FOLDER = "chips";
    /** The sub-folder of family files imported from probe-rs. */
    public static final String FAMILIES = "probe-rs";
    /** Hand-written corrections of imported values, and aliases. */
    public static final String CORRECTIONS = "corrections.json";
    /** The sources of the import: repositories, commits, licences. */
    public static final String SOURCES = "sources.json";
    /** The report of the comparison with stm32-data. */
    public static final String REPORT = "stm32-data-crosscheck.md";

    private final Path dir;
    private Loaded loaded;

    /** The data, once read. */
    private record Loaded(List<ChipFamily> families, List<Chip> chips, Map<String, Chip> byName,
            Map<String, String> spellings) {
    }

    private ChipDatabase(Path dir) {
        this.dir = dir;
    }

    /** The database in {@code dir} (a registry's {@value #FOLDER} folder); nothing is read yet. */
    public static ChipDatabase at(Path dir) {
        return new ChipDatabase(dir);
    }

    public Path folder() {
        return dir;
    }

    /** Every chip, sorted by name. */
    public List<Chip> chips() throws ChipDataException {
        return load().chips();
    }

    /** Every family, sorted by file name, with the corrections applied. */
    public List<ChipFamily> families() throws ChipDataException {
        return load().families();
    }

    /** The chip named {@code name}, or whose package variant or alias is {@code name}, in any letter case. */
    public Optional<Chip> find(String name) throws ChipDataException {
        return Optional.ofNullable(load().byName().get(name.toLowerCase(Locale.ROOT)));
    }

    /** Up to {@code max} names that {@code name}, which names no chip, may have meant. */
    public List<String> nearMisses(String name, int max) throws ChipDataException {
        return NearMiss.of(name, load().spellings().values(), max);
    }

    /**
     * The chips that match every filter given: {@code text} in the name, a package variant's name or the
     * family; {@code vendor} in the vendor's name; {@code core} equal to a core's type. Letter case is ignored.
     */
    public List<Chip> search(Optional<String> text, Optional<String> vendor, Optional<String> core)
            throws ChipDataException {
        String t = text.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String v = vendor.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String c = core.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        return load().chips().stream()
                .filter(chip -> t == null || lower(chip.name()).contains(t) || lower(chip.family()).contains(t)
                        || chip.packages().stream().anyMatch(p -> lower(p).contains(t)))
                .filter(chip -> v == null || chip.vendor().map(ChipDatabase::lower).orElse("").contains(v))
                .filter(chip -> c == null || chip.cores().stream().anyMatch(k -> lower(k.type()).equals(c)))
                .toList();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private synchronized Loaded load() throws ChipDataException {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    private Loaded read() throws ChipDataException {
        Path families = dir.resolve(FAMILIES);
        if (!Files.isDirectory(families)) {
            throw new ChipDataException("No chip database in " + dir + ": the folder `" + FAMILIES
                    + "` is missing; run `targetspec import chips`.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(families)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ChipDataException("Cannot read " + families + ": " + e.getMessage());
        }
        // Files are parsed on every core, then taken in sorted order, so the outcome does not depend on timing.
        List<Object> parsed = files.parallelStream().map(ChipDatabase::parse).toList();
        List<ChipFamily> read = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof ChipDataException e) {
                throw e;
            }
            read.add((ChipFamily) o);
        }
        Corrections corrections = Corrections.read(dir.resolve(CORRECTIONS));
        List<ChipFamily> named = new ArrayList<>();
        for (ChipFamily f : read) {
            List<Chip> chips = new ArrayList<>();
            for (Chip c : f.chips()) {
                chips.add(corrections.apply(nameRegions(c)));
            }
            named.add(new ChipFamily(f.file(), f.family(), f.vendor(), f.source(), chips));
        }
        List<Chip> all = new ArrayList<>(named.stream().flatMap(f -> f.chips().stream()).toList());
        all.sort(Comparator.comparing(Chip::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Chip::name));
        Map<String, Chip> byName = new HashMap<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        for (Chip c : all) {
            Chip other = byName.putIfAbsent(lower(c.name()), c);
            if (other != null) {
                throw new ChipDataException("Chip `" + c.name() + "` is in both `" + other.source().path() + "` and `"
                        + c.source().path() + "`; each name must be in one family file.");
            }
            spellings.put(lower(c.name()), c.name());
        }
        // Package variants and aliases find their chip, unless the name is a chip's own.
        for (Chip c : all) {
            for (String p : c.packages()) {
                if (byName.putIfAbsent(lower(p), c) == null) {
                    spellings.put(lower(p), p);
                }
            }
        }
        for (Map.Entry<String, String> alias : corrections.aliases().entrySet()) {
            Chip target = byName.get(lower(alias.getValue()));
            if (target == null) {
                throw new ChipDataException(CORRECTIONS + ": alias `" + alias.getKey() + "` names chip `"
                        + alias.getValue() + "`, which is not in the database; fix or remove the alias.");
            }
            if (byName.putIfAbsent(lower(alias.getKey()), target) != null) {
                throw new ChipDataException(CORRECTIONS + ": alias `" + alias.getKey()
                        + "` is already a chip or package name; remove the alias.");
            }
            spellings.put(lower(alias.getKey()), alias.getKey());
        }
        return new Loaded(List.copyOf(named), List.copyOf(all), Map.copyOf(byName), spellings);
    }

    /** The family in {@code file}, or the {@link ChipDataException} that stopped it. */
    private static Object parse(Path file) {
        String name = file.getFileName().toString();
        try {
            return ChipFormat.read(FAMILIES + "/" + name.substring(0, name.length() - 5), bytes(file));
        } catch (ChipDataException e) {
            return e;
        }
    }

    static byte[] bytes(Path file) throws ChipDataException {
        try {
            if (Files.size(file) > StrictJson.MAX_BYTES) {
                throw new ChipDataException(file + " is larger than " + StrictJson.MAX_BYTES + " bytes.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ChipDataException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Names the regions the source left unnamed after their kind: {@code RAM}, {@code RAM2}, … */
    static Chip nameRegions(Chip c) {
        if (c.regions().stream().allMatch(r -> r.name() != null)) {
            return c;
        }
        List<String> taken = new ArrayList<>(c.regions().stream().map(Region::name).filter(n -> n != null).toList());
        Map<RegionKind, Integer> counts = new HashMap<>();
        List<Region> regions = new ArrayList<>();
        for (Region r : c.regions()) {
            if (r.name() != null) {
                regions.add(r);
                continue;
            }
            String name;
            do {
                int n = counts.merge(r.kind(), 1, Integer::sum);
                name = r.kind().name() + (n == 1 ? "" : String.valueOf(n));
            } while (taken.contains(name));
            taken.add(name);
            regions.add(new Region(name, r.kind(), r.origin(), r.length(), r.access(), r.boot(), r.alias(), r.cores()));
        }
        return new Chip(c.name(), c.vendor(), c.family(), c.packages(), c.cores(), regions, c.source(),
                c.checkedAgainst(), c.corrections());
    }

    /** The hand-written corrections: region values that differ from the datasheet, and aliases. */
    record Corrections(List<JsonNode> regions, Map<String, String> aliases) {
        static Corrections read(Path file) throws ChipDataException {
            if (!Files.exists(file)) {
                return new Corrections(List.of(), Map.of());
            }
            JsonNode root;
            try {
                root = StrictJson.parse(bytes(file)).root();
            } catch (JsonSyntaxException e) {
                throw new ChipDataException(CORRECTIONS + ":" + e.location().line() + ":" + e.location().column() + ": "
                        + e.getMessage());
            }
            List<JsonNode> regions = new ArrayList<>();
            for (JsonNode r : root.path("regions")) {
                for (String field : List.of("chip", "region", "reason")) {
                    if (!r.path(field).isString()) {
                        throw new ChipDataException(CORRECTIONS + ": every entry of `regions` needs `chip`, `region` "
                                + "and `reason` as strings.");
                    }
                }
                for (String field : List.of("origin", "length")) {
                    if (r.has(field) != r.has("was-" + field) || r.has(field) && !(r.get(field).canConvertToLong()
                            && r.get("was-" + field).canConvertToLong())) {
                        throw new ChipDataException(CORRECTIONS + ": the correction of `" + r.get("chip").asString()
                                + "` must give `" + field + "` and `was-" + field + "` together, as integers.");
                    }
                }
                regions.add(r);
            }
            Map<String, String> aliases = new LinkedHashMap<>();
            for (JsonNode a : root.path("aliases")) {
                if (!a.path("name").isString() || !a.path("chip").isString() || !a.path("reason").isString()) {
                    throw new ChipDataException(CORRECTIONS + ": every entry of `aliases` needs `name`, `chip` and "
                            + "`reason` as strings.");
                }
                aliases.put(a.get("name").asString(), a.get("chip").asString());
            }
            return new Corrections(regions, aliases);
        }

        /**
         * {@code c} with its corrections applied. A correction applies while the source still has the value
         * it corrects ({@code was-origin}, {@code was-length}); once the source is fixed it is left out.
         */
        Chip apply(Chip c) {
            List<Region> regions = new ArrayList<>(c.regions());
            List<String> notes = new ArrayList<>(c.corrections());
            for (JsonNode fix : this.regions) {
                if (!fix.get("chip").asString().equalsIgnoreCase(c.name())) {
                    continue;
                }
                for (int i = 0; i < regions.size(); i++) {
                    Region r = regions.get(i);
                    if (!r.name().equalsIgnoreCase(fix.get("region").asString()) || !applies(fix, r)) {
                        continue;
                    }
                    long origin = fix.has("origin") ? fix.get("origin").asLong() : r.origin();
                    long length = fix.has("length") ? fix.get("length").asLong() : r.length();
                    regions.set(i, r.withRange(origin, length));
                    notes.add("`" + r.name() + "` is " + range(origin, length) + ", not " + range(r.origin(), r.length())
                            + " as the source has it: " + fix.get("reason").asString());
                }
            }
            return notes.size() == c.corrections().size() ? c : new Chip(c.name(), c.vendor(), c.family(),
                    c.packages(), c.cores(), regions, c.source(), c.checkedAgainst(), notes);
        }

        /** Whether {@code fix} applies to {@code r}: the source still has the values it corrects. */
        static boolean applies(JsonNode fix, Region r) {
            return (!fix.has("was-origin") || fix.get("was-origin").asLong() == r.origin())
                    && (!fix.has("was-length") || fix.get("was-length").asLong() == r.length());
        }

        private static String range(long origin, long length) {
            return String.format(Locale.ROOT, "0x%x, %d bytes", origin, length);
        }
    }
}
