package dev.targetspec.chip.imports;

import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.RegionKind;
import dev.targetspec.json.JsonSyntaxException;
import dev.targetspec.json.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads stm32-data's chip files ({@code data/chips/*.json} of embassy-rs/stm32-data-generated): each
 * chip's name, package names, memory maps and cores. Flash and EEPROM are non-volatile memory.
 */
final class Stm32Data {
    /** The repository the files come from. */
    static final String REPOSITORY = "embassy-rs/stm32-data-generated";
    /** Where the files are in that repository. */
    static final String CHIPS = "data/chips";

    /** A range of memory in one of stm32-data's memory maps; {@code type} is stm32-data's kind: flash, eeprom, ram. */
    record Block(String name, String type, RegionKind kind, long origin, long length) {
    }

    /**
     * One core.
     *
     * @param fpu whether its interrupt table has the {@code FPU} interrupt, which only cores with a
     *     floating-point unit raise
     */
    record Core(String name, boolean fpu) {
    }

    /**
     * One chip.
     *
     * @param maps the memory maps stm32-data gives (more than one where the flash can be organised
     *     in one bank or two)
     */
    record Chip(String name, String family, List<String> packages, List<List<Block>> maps, List<Core> cores) {
    }

    private Stm32Data() {
    }

    /** The folder of chip files in {@code dir}: a checkout of stm32-data-generated, or its chips folder itself. */
    static Path chips(Path dir) throws ChipDataException {
        for (Path candidate : List.of(dir.resolve(CHIPS), dir.resolve("chips"), dir)) {
            if (Files.isDirectory(candidate) && !files(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new ChipDataException("No stm32-data chip files in " + dir + ": pass a checkout of " + REPOSITORY
                + " (with " + CHIPS + "/*.json) or that folder itself.");
    }

    private static List<Path> files(Path folder) throws ChipDataException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches("STM32.*\\.json")
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ChipDataException("Cannot read " + folder + ": " + e.getMessage());
        }
    }

    /** Every chip in {@code folder}, sorted by file name. */
    static List<Chip> read(Path folder) throws ChipDataException {
        List<Chip> out = new ArrayList<>();
        for (Path file : files(folder)) {
            String name = file.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ChipDataException("Cannot read " + file + ": " + e.getMessage());
            }
            try {
                out.add(chip(name, StrictJson.parse(bytes).root()));
            } catch (JsonSyntaxException e) {
                throw new ChipDataException(name + ":" + e.location().line() + ":" + e.location().column() + ": "
                        + e.getMessage());
            }
        }
        return out;
    }

    /** One chip from the parsed file {@code file}. */
    static Chip chip(String file, JsonNode root) throws ChipDataException {
        String name = text(file, root, "name");
        List<String> packages = new ArrayList<>();
        for (JsonNode p : root.path("packages")) {
            packages.add(text(file, p, "name"));
        }
        List<List<Block>> maps = new ArrayList<>();
        JsonNode memory = root.path("memory");
        // Older files give one list of regions, newer ones a list of alternative maps.
        List<JsonNode> lists = new ArrayList<>();
        if (memory.isArray() && !memory.isEmpty() && memory.get(0).isObject()) {
            lists.add(memory);
        } else {
            memory.forEach(lists::add);
        }
        for (JsonNode list : lists) {
            List<Block> map = new ArrayList<>();
            for (JsonNode r : list) {
                String kind = text(file, r, "kind");
                RegionKind k = switch (kind) {
                    case "ram" -> RegionKind.RAM;
                    case "flash", "eeprom" -> RegionKind.NVM;
                    default -> RegionKind.GENERIC;
                };
                if (!r.path("address").canConvertToLong() || !r.path("size").canConvertToLong()
                        || !r.path("address").isIntegralNumber() || !r.path("size").isIntegralNumber()) {
                    throw new ChipDataException(file + ": a region of `memory` needs `address` and `size` as integers.");
                }
                map.add(new Block(text(file, r, "name"), kind, k, r.get("address").asLong(), r.get("size").asLong()));
            }
            maps.add(map);
        }
        List<Core> cores = new ArrayList<>();
        for (JsonNode c : root.path("cores")) {
            boolean fpu = false;
            for (JsonNode i : c.path("interrupts")) {
                fpu |= i.path("name").asString("").equals("FPU");
            }
            cores.add(new Core(text(file, c, "name"), fpu));
        }
        return new Chip(name, root.path("family").asString(""), packages, maps, cores);
    }

    private static String text(String file, JsonNode parent, String key) throws ChipDataException {
        JsonNode n = parent.path(key);
        if (!n.isString() || n.asString().isBlank()) {
            throw new ChipDataException(file + ": `" + key + "` must be a non-empty string.");
        }
        return n.asString();
    }

    /** The probe-rs core type of an stm32-data core name such as {@code cm4}, or the name itself when it is not one. */
    static String coreType(String name) {
        return switch (name) {
            case "cm0", "cm0p" -> "armv6m";
            case "cm3" -> "armv7m";
            case "cm4", "cm7" -> "armv7em";
            case "cm23", "cm33", "cm35p", "cm55", "cm85" -> "armv8m";
            default -> name;
        };
    }
}
