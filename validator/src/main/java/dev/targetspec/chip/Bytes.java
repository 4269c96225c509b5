package dev.targetspec.chip;

/** Sizes as people read them. */
public final class Bytes {
    private Bytes() {
    }

    /** {@code bytes} in the largest binary unit that divides it exactly: {@code 128 KiB}, {@code 1 MiB}, {@code 528 bytes}. */
    public static String human(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (3 - i));
            if (bytes >= unit && bytes % unit == 0) {
                return bytes / unit + " " + units[i];
            }
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
