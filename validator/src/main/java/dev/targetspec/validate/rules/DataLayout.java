package dev.targetspec.validate.rules;

import java.util.Optional;

/** The parts of an LLVM data-layout string that the rules compare: byte order and pointer size. */
record DataLayout(boolean bigEndian, int pointerBits) {
    /** Reads {@code layout}; LLVM's defaults are little-endian and 64-bit pointers. Empty when malformed. */
    static Optional<DataLayout> parse(String layout) {
        boolean big = false;
        int pointer = 64;
        for (String spec : layout.split("-", -1)) {
            if (spec.equals("E")) {
                big = true;
            } else if (spec.equals("e")) {
                big = false;
            } else if (spec.startsWith("p:") || spec.startsWith("p0:")) {
                String[] f = spec.split(":");
                if (f.length < 2 || !f[1].matches("[0-9]{1,3}")) {
                    return Optional.empty();
                }
                pointer = Integer.parseInt(f[1]);
            }
        }
        return Optional.of(new DataLayout(big, pointer));
    }
}
