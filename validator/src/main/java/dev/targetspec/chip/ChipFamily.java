package dev.targetspec.chip;

import java.util.List;
import java.util.Optional;

/**
 * The chips of one source file, as one file of the database holds them.
 *
 * @param file the database file's name without {@code .json}: the source file's name without its extension
 * @param family the family's name, such as {@code STM32F4 Series}
 * @param vendor the company that makes the family, when known
 * @param source the file the chips were imported from
 * @param chips the chips, in the source's order
 */
public record ChipFamily(String file, String family, Optional<String> vendor, Source source, List<Chip> chips) {
    public ChipFamily {
        chips = List.copyOf(chips);
    }
}
