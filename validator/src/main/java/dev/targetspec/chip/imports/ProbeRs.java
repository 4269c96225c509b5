package dev.targetspec.chip.imports;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipFamily;
import dev.targetspec.chip.Core;
import dev.targetspec.chip.Region;
import dev.targetspec.chip.RegionKind;
import dev.targetspec.chip.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads probe-rs's chip files, {@code probe-rs/targets/*.yaml}: of each variant, what a linker script
 * needs (name, package variants, cores, memory map); flash algorithms, debug settings and the rest are
 * left out.
 */
final class ProbeRs {
    /** The repository the files come from. */
    static final String REPOSITORY = "probe-rs/probe-rs";
    /** Where the files are in that repository. */
    static final String TARGETS = "probe-rs/targets";

    private ProbeRs() {
    }

    /** The folder of chip files in {@code dir}: a checkout of probe-rs, or its targets folder itself. */
    static Path targets(Path dir) throws ChipDataException {
        for (Path candidate : List.of(dir.resolve(TARGETS), dir.resolve("targets"), dir)) {
            if (Files.isDirectory(candidate) && !files(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new ChipDataException("No probe-rs chip files in " + dir + ": pass a checkout of probe-rs/probe-rs "
                + "(with " + TARGETS + "/*.yaml) or that folder itself.");
    }

    static List<Path> files(Path folder) throws ChipDataException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml")
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ChipDataException("Cannot read " + folder + ": " + e.getMessage());
        }
    }

    /** Every family in {@code folder}, sorted by file name; {@code commit} is recorded as each chip's source. */
    static List<ChipFamily> read(Path folder, String commit) throws ChipDataException {
        List<ChipFamily> out = new ArrayList<>();
        for (Path file : files(folder)) {
            String fileName = file.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ChipDataException("Cannot read " + file + ": " + e.getMessage());
            }
            out.add(family(fileName, YamlTree.parse(fileName, bytes), commit));
        }
        return out;
    }

    /** One family from the parsed file {@code fileName}. */
    static ChipFamily family(String fileName, JsonNode root, String commit) throws ChipDataException {
        String stem = fileName.replaceFirst("\\.ya?ml$", "");
        Fields f = new Fields(fileName);
        String family = f.text(root, "name");
        Optional<String> vendor = Vendors.of(stem);
        Source source = new Source(REPOSITORY, commit, TARGETS + "/" + fileName);
        JsonNode variants = root.path("variants");
        if (!variants.isArray() || variants.isEmpty()) {
            throw f.fail("variants", "must be a non-empty list");
        }
        List<Chip> chips = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            chips.add(chip(f, variants.get(i), "variants/" + i, family, vendor, source));
        }
        return new ChipFamily(stem, family, vendor, source, chips);
    }

    private static Chip chip(Fields f, JsonNode v, String at, String family, Optional<String> vendor, Source source)
            throws ChipDataException {
        String name = f.text(v, at + "/name", "name");
        List<String> packages = f.texts(v, at + "/package_variants", "package_variants");
        List<Core> cores = new ArrayList<>();
        JsonNode cs = v.path("cores");
        if (!cs.isArray() || cs.isEmpty()) {
            throw f.fail(at + "/cores", "must be a non-empty list");
        }
        for (int i = 0; i < cs.size(); i++) {
            cores.add(new Core(f.text(cs.get(i), at + "/cores/" + i + "/name", "name"),
                    f.text(cs.get(i), at + "/cores/" + i + "/type", "type"), Optional.empty()));
        }
        List<String> coreNames = cores.stream().map(Core::name).toList();
        List<Region> regions = new ArrayList<>();
        JsonNode map = v.path("memory_map");
        if (!map.isArray()) {
            throw f.fail(at + "/memory_map", "must be a list");
        }
        for (int i = 0; i < map.size(); i++) {
            regions.add(region(f, map.get(i), at + "/memory_map/" + i, coreNames));
        }
        return new Chip(name, vendor, family, packages.stream().filter(p -> !p.equals(name)).toList(), cores, regions,
                source, Optional.empty(), List.of());
    }

    private static Region region(Fields f, JsonNode r, String at, List<String> coreNames) throws ChipDataException {
        String tag = r.path(YamlTree.TAG).asString("");
        RegionKind kind = switch (tag) {
            case "Ram" -> RegionKind.RAM;
            case "Nvm" -> RegionKind.NVM;
            case "Generic" -> RegionKind.GENERIC;
            default -> throw f.fail(at, "must be tagged !Ram, !Nvm or !Generic, not `" + tag + "`");
        };
        long start = f.address(r.path("range"), at + "/range/start", "start");
        long end = f.address(r.path("range"), at + "/range/end", "end");
        if (end < start) {
            throw f.fail(at + "/range", "ends before it starts");
        }
        JsonNode access = r.path("access");
        String letters = (f.flag(access, at + "/access/read", "read", true) ? "r" : "")
                + (f.flag(access, at + "/access/write", "write", true) ? "w" : "")
                + (f.flag(access, at + "/access/execute", "execute", true) ? "x" : "");
        boolean boot = f.flag(access, at + "/access/boot", "boot", false);
        boolean alias = f.flag(r, at + "/is_alias", "is_alias", false);
        List<String> cores = f.texts(r, at + "/cores", "cores");
        if (cores.containsAll(coreNames)) {
            cores = List.of();
        }
        String name = r.has("name") ? f.text(r, at + "/name", "name") : null;
        return new Region(name, kind, start, end - start, letters, boot, alias, cores);
    }

    /** Reads the fields of one file, naming the field that is wrong. */
    private record Fields(String file) {
        ChipDataException fail(String field, String problem) {
            return new ChipDataException(file + ": `" + field + "` " + problem + ".");
        }

        String text(JsonNode parent, String field) throws ChipDataException {
            return text(parent, field, field);
        }

        String text(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (!n.isString() || n.asString().isBlank()) {
                throw fail(field, "must be a non-empty string");
            }
            return n.asString();
        }

        List<String> texts(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (n.isMissingNode() || n.isNull()) {
                return List.of();
            }
            if (!n.isArray()) {
                throw fail(field, "must be a list");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isString() || n.get(i).asString().isBlank()) {
                    throw fail(field + "/" + i, "must be a non-empty string");
                }
                out.add(n.get(i).asString());
            }
            return out;
        }

        long address(JsonNode parent, String field, String key) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (!n.isIntegralNumber() || n.bigIntegerValue().signum() < 0
                    || n.bigIntegerValue().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                throw fail(field, "must be an address from 0 to 2^63 - 1");
            }
            return n.asLong();
        }

        boolean flag(JsonNode parent, String field, String key, boolean absent) throws ChipDataException {
            JsonNode n = parent.path(key);
            if (n.isMissingNode() || n.isNull()) {
                return absent;
            }
            if (!n.isBoolean()) {
                throw fail(field, "must be true or false");
            }
            return n.asBoolean();
        }
    }
}
