package dev.targetspec.it.boot;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code readelf} says about a linked file. */
record Elf(Path file, String type, BigInteger entry, List<Segment> segments, Map<String, Section> sections,
        Map<String, BigInteger> symbols) {

    record Segment(String type, BigInteger offset, BigInteger vaddr, BigInteger paddr, BigInteger filesz,
            BigInteger memsz, String flags) {
        boolean contains(BigInteger address) {
            return vaddr.compareTo(address) <= 0 && address.compareTo(vaddr.add(memsz)) < 0;
        }
    }

    record Section(String name, String type, BigInteger addr, BigInteger offset, BigInteger size) {
    }

    private static final Pattern SEGMENT = Pattern.compile(
            "^\\s+(\\w+)\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+([RWE ]+?)\\s+(0x[0-9a-f]+|\\d+)$");
    private static final Pattern SECTION = Pattern.compile(
            "^\\s*\\[\\s*\\d+\\]\\s+(\\S+)\\s+(\\S+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s.*$");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*\\d+:\\s+([0-9a-f]+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\S+)$");

    static Elf read(Path file) throws IOException, InterruptedException {
        Path dir = file.getParent();
        String out = Tools.run(dir, "readelf", "-hlSsW", file.toString()).ok().out();
        String type = "";
        BigInteger entry = BigInteger.ZERO;
        List<Segment> segments = new ArrayList<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, BigInteger> symbols = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.startsWith("Type:")) {
                type = t.substring(5).trim().split(" ")[0];
            } else if (t.startsWith("Entry point address:")) {
                entry = new BigInteger(t.substring(t.indexOf("0x") + 2), 16);
            }
            Matcher m = SEGMENT.matcher(line);
            if (m.matches()) {
                segments.add(new Segment(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)),
                        hex(m.group(5)), hex(m.group(6)), m.group(7).replace(" ", "")));
                continue;
            }
            m = SECTION.matcher(line);
            if (m.matches()) {
                sections.put(m.group(1), new Section(m.group(1), m.group(2), hex(m.group(3)), hex(m.group(4)),
                        hex(m.group(5))));
                continue;
            }
            m = SYMBOL.matcher(line);
            if (m.matches()) {
                symbols.putIfAbsent(m.group(2), hex(m.group(1)));
            }
        }
        return new Elf(file, type, entry, segments, sections, symbols);
    }

    private static BigInteger hex(String s) {
        return new BigInteger(s, 16);
    }

    BigInteger symbol(String name) {
        BigInteger v = symbols.get(name);
        if (v == null) {
            throw new AssertionError(file.getFileName() + " has no symbol " + name);
        }
        return v;
    }

    Optional<Section> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    List<Segment> loads() {
        return segments.stream().filter(s -> s.type().equals("LOAD")).toList();
    }

    boolean hasSegment(String type) {
        return segments.stream().anyMatch(s -> s.type().equals(type));
    }

    /** The load (physical) address of the byte linked at {@code address}, from its PT_LOAD. */
    BigInteger physical(BigInteger address) {
        for (Segment s : loads()) {
            if (s.contains(address)) {
                return s.paddr().add(address.subtract(s.vaddr()));
            }
        }
        throw new AssertionError(file.getFileName() + ": no PT_LOAD holds 0x" + address.toString(16));
    }
}
