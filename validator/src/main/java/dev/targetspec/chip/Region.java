package dev.targetspec.chip;

import java.util.List;

/**
 * One memory region of a chip.
 *
 * @param name the source's name for it, or {@code RAM}, {@code NVM} or {@code GENERIC} (numbered from the
 *     second on) when the source gives none
 * @param origin the first address
 * @param length the size in bytes
 * @param access the subset of {@code rwx} the cores have as plain memory accesses (flash is {@code rx}:
 *     it is written through a flash controller, not by stores)
 * @param boot whether the chip boots from this region
 * @param alias whether this is a second view of memory that another region already describes
 * @param cores the cores that see the region; empty when every core of the chip does
 */
public record Region(String name, RegionKind kind, long origin, long length, String access, boolean boot,
        boolean alias, List<String> cores) {
    public Region {
        cores = List.copyOf(cores);
    }

    /** The first address after the region. */
    public long end() {
        return origin + length;
    }

    /** This region with another origin and length. */
    public Region withRange(long newOrigin, long newLength) {
        return new Region(name, kind, newOrigin, newLength, access, boot, alias, cores);
    }
}
