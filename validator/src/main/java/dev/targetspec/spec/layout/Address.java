package dev.targetspec.spec.layout;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses and sizes as a spec writes them: {@code 0x} hexadecimal, or decimal with an optional
 * binary suffix {@code K}, {@code M} or {@code G}. Values are unsigned and must fit 64 bits.
 */
public final class Address {
    /** 2^64: the first value that does not fit. */
    public static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(64);

    private static final Pattern HEX = Pattern.compile("0[xX]([0-9A-Fa-f]+)");
    private static final Pattern DEC = Pattern.compile("([0-9]+)([KMG]?)");

    private Address() {
    }

    /** The value of {@code text}, or empty when it is not an address or does not fit 64 bits. */
    public static Optional<BigInteger> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        BigInteger v;
        Matcher h = HEX.matcher(text);
        Matcher d = DEC.matcher(text);
        if (h.matches()) {
            v = new BigInteger(h.group(1), 16);
        } else if (d.matches()) {
            int shift = switch (d.group(2)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            v = new BigInteger(d.group(1)).shiftLeft(shift);
        } else {
            return Optional.empty();
        }
        return v.compareTo(LIMIT) < 0 ? Optional.of(v) : Optional.empty();
    }

    /** Why {@code text} is refused, as the end of a sentence, or empty when it parses. */
    public static Optional<String> problem(String text) {
        if (parse(text).isPresent()) {
            return Optional.empty();
        }
        if (text != null && text.length() <= 40 && (HEX.matcher(text).matches() || DEC.matcher(text).matches())) {
            return Optional.of("does not fit in 64 bits (the largest address is `0xffffffffffffffff`)");
        }
        return Optional.of("is not an address: write `0x` and hexadecimal digits, or decimal digits with an optional"
                + " `K`, `M` or `G`");
    }

    /** {@code value} as {@code 0x} and lower-case hexadecimal digits. */
    public static String hex(BigInteger value) {
        return "0x" + value.toString(16);
    }

    /** Whether {@code value} is a power of two. */
    public static boolean isPowerOfTwo(BigInteger value) {
        return value.signum() > 0 && value.bitCount() == 1;
    }

    /** {@code value} rounded up to a multiple of {@code align} (a power of two). */
    public static BigInteger alignUp(BigInteger value, BigInteger align) {
        BigInteger mask = align.subtract(BigInteger.ONE);
        return value.add(mask).andNot(mask);
    }

    /** A human size: {@code 16 KiB}, {@code 2 MiB}, or the hexadecimal value. */
    public static String human(BigInteger value) {
        String[] units = {"GiB", "MiB", "KiB"};
        int[] shifts = {30, 20, 10};
        for (int i = 0; i < units.length; i++) {
            BigInteger unit = BigInteger.ONE.shiftLeft(shifts[i]);
            if (value.signum() > 0 && value.mod(unit).signum() == 0) {
                return value.shiftRight(shifts[i]) + " " + units[i];
            }
        }
        return hex(value);
    }
}
