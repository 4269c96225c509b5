package dev.targetspec.chip;

import java.util.Locale;
import java.util.Optional;

/** What a memory region is: read-write memory, non-volatile memory (flash, EEPROM, OTP), or anything else. */
public enum RegionKind {
    RAM, NVM, GENERIC;

    /** The kind as the data and the JSON output spell it: {@code ram}, {@code nvm}, {@code generic}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind spelled {@code id}, if it is one. */
    public static Optional<RegionKind> of(String id) {
        for (RegionKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
