package dev.targetspec.spec.layout;

import dev.targetspec.diag.Messages;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code memory.x} files that cortex-m-rt and riscv-rt projects keep: {@code MEMORY} blocks
 * ({@code NAME (attributes) : ORIGIN = expression, LENGTH = expression}), {@code REGION_ALIAS}es,
 * symbol assignments (plain or in {@code PROVIDE}), and comments. Numbers are decimal, {@code 0x}
 * hexadecimal or, as in GNU ld, octal after a leading {@code 0}, with an optional {@code K} or {@code M}
 * (either case); expressions use {@code + - * /}, parentheses, {@code ORIGIN(NAME)}, {@code LENGTH(NAME)}
 * and symbols assigned before. An {@code INCLUDE link.x} (a {@code memory.x} that is also the top script)
 * is skipped, since the generated script takes the place of the runtime's. Anything else
 * ({@code SECTIONS}, another {@code INCLUDE}, …) is refused with its line, because a layout read from
 * the file would silently lack it.
 */
public final class MemoryX {
    /** The largest file read. */
    public static final int MAX_BYTES = 1 << 20;
    /** The runtime crates' scripts, whose {@code INCLUDE} is skipped: the generated script takes their place. */
    private static final java.util.Set<String> RUNTIME_SCRIPTS = java.util.Set.of("link.x", "link-rv64.x");

    /** One {@code MEMORY} entry, with the line it is on. */
    public record Entry(String name, String attributes, BigInteger origin, BigInteger length, int line) {
    }

    /** A symbol assignment, with the line it is on. */
    public record Symbol(String name, BigInteger value, boolean provide, int line) {
    }

    /**
     * What a file holds.
     *
     * @param regions the {@code MEMORY} entries in order
     * @param aliases each {@code REGION_ALIAS}: alias to region, in order
     * @param symbols the symbol assignments in order; a later one for the same name replaces the earlier
     */
    public record File(List<Entry> regions, Map<String, String> aliases, Map<String, Symbol> symbols) {
        public File {
            regions = List.copyOf(regions);
            aliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
            symbols = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
        }

        public Optional<Entry> region(String name) {
            String real = aliases.getOrDefault(name, name);
            return regions.stream().filter(r -> r.name().equals(real)).findFirst();
        }
    }

    /** Why a file cannot be read: a sentence that ends with the fix, and where. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Malformed(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private enum Kind {
        NAME, NUMBER, STRING, PUNCT, END
    }

    private record Token(Kind kind, String text, BigInteger value, int line) {
        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.NAME) && text.equals(s);
        }

        String shown() {
            return kind == Kind.END ? "the end of the file" : q(text);
        }
    }

    /** {@code text} in backticks for a message: on one line, and shortened when long. */
    static String q(String text) {
        String one = Messages.oneLine(text.length() > 60 ? text.substring(0, 60) : text);
        return "`" + (one.length() > 60 || text.length() > 60 ? one.substring(0, Math.min(one.length(), 57)) + "…"
                : one) + "`";
    }

    /** How deep parentheses and signs may nest in an expression. */
    private static final int MAX_DEPTH = 64;

    private final List<Token> tokens;
    private int at;
    private int depth;
    private final List<Entry> regions = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    private MemoryX(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Reads {@code text}, the contents of a {@code memory.x} file. */
    public static File parse(String text) throws Malformed {
        MemoryX p = new MemoryX(tokenize(text));
        p.file();
        return new File(p.regions, p.aliases, p.symbols);
    }

    // ---------------------------------------------------------------- tokens

    private static List<Token> tokenize(String s) throws Malformed {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new Malformed(line, "the comment opened here is never closed; close it with `*/`.");
                }
                for (int j = i; j < end; j++) {
                    if (s.charAt(j) == '\n') {
                        line++;
                    }
                }
                i = end + 2;
            } else if (Character.isLetter(c) && c < 0x80 || c == '_' || c == '.' || c == '$') {
                int j = i;
                while (j < s.length() && isNameChar(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, j), null, line));
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 0x80)) {
                    j++;
                }
                String text = s.substring(i, j);
                out.add(new Token(Kind.NUMBER, text, number(text, line), line));
                i = j;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                int nl = s.indexOf('\n', i + 1);
                if (end < 0 || nl >= 0 && nl < end) {
                    throw new Malformed(line, "the string opened here is not closed on its line; close it with `\"`.");
                }
                out.add(new Token(Kind.STRING, s.substring(i + 1, end), null, line));
                i = end + 1;
            } else if (c > 0x20 && c < 0x7f) {
                // Operators this reader does not know (`>`, `&`, `#`…) become tokens too, so that the
                // first thing it cannot read is reported where it stands.
                out.add(new Token(Kind.PUNCT, String.valueOf(c), null, line));
                i++;
            } else {
                throw new Malformed(line, "the character " + q(new String(Character.toChars(
                        s.codePointAt(i)))) + " has no meaning in a memory.x file outside a comment; remove it.");
            }
        }
        out.add(new Token(Kind.END, "", null, line));
        return out;
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$');
    }

    /** A number as GNU ld reads one: {@code 0x} hexadecimal, octal after a leading 0, else decimal; then K or M. */
    private static BigInteger number(String text, int line) throws Malformed {
        String t = text;
        int shift = 0;
        char last = Character.toUpperCase(t.charAt(t.length() - 1));
        boolean hex = t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"));
        if (!hex && (last == 'K' || last == 'M')) {
            shift = last == 'K' ? 10 : 20;
            t = t.substring(0, t.length() - 1);
        } else if (hex && (last == 'K' || last == 'M') && t.length() > 3) {
            // GNU ld takes 0x10K as 0x10 KiB; K and M are not hexadecimal digits.
            shift = last == 'K' ? 10 : 20;
            t = t.substring(0, t.length() - 1);
        }
        try {
            if (t.length() > 40) {
                throw new NumberFormatException();
            }
            BigInteger v;
            if (hex) {
                v = new BigInteger(t.substring(2), 16);
            } else if (t.length() > 1 && t.startsWith("0")) {
                v = new BigInteger(t.substring(1), 8);
            } else {
                v = new BigInteger(t, 10);
            }
            return v.shiftLeft(shift);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Malformed(line, q(text) + " is not a number; write decimal digits or `0x`"
                    + " and hexadecimal digits, with an optional `K` or `M`.");
        }
    }

    // ---------------------------------------------------------------- grammar

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private Token expect(String what, String why) throws Malformed {
        Token t = next();
        if (!t.is(what)) {
            throw new Malformed(t.line(), "expected `" + what + "` " + why + ", found " + t.shown() + ".");
        }
        return t;
    }

    private void file() throws Malformed {
        while (peek().kind() != Kind.END) {
            Token t = next();
            if (t.is(";")) {
                continue;
            }
            if (t.is("MEMORY")) {
                memory();
            } else if (t.is("INCLUDE") && RUNTIME_SCRIPTS.contains(peek().text())) {
                // A memory.x that is also the top script ends by including the runtime's link.x, which the
                // script targetspec writes replaces.
                next();
                optional(";");
            } else if (t.is("REGION_ALIAS")) {
                alias(t);
            } else if (t.is("PROVIDE") || t.is("PROVIDE_HIDDEN")) {
                expect("(", "after " + q(t.text()));
                assignment(next(), true);
                expect(")", "to close " + q(t.text()));
                optional(";");
            } else if (t.kind() == Kind.NAME && peek().is("=") && !Names.KEYWORDS.contains(t.text())) {
                assignment(t, false);
                expect(";", "after the assignment to " + q(t.text()));
            } else {
                throw new Malformed(t.line(), t.kind() == Kind.NAME ? "found " + t.shown() + ", but a memory.x file"
                        + " read by targetspec may hold only `MEMORY`, `REGION_ALIAS` and symbol assignments; move it"
                        + " into the spec (`layout.sections` for output sections) or remove it."
                        : "found " + t.shown() + " where a `MEMORY` block, a `REGION_ALIAS` or an assignment should"
                        + " start.");
            }
        }
    }

    private void optional(String p) {
        if (peek().is(p)) {
            next();
        }
    }

    private void memory() throws Malformed {
        expect("{", "after `MEMORY`");
        while (!peek().is("}")) {
            Token name = next();
            if (name.kind() == Kind.END) {
                throw new Malformed(name.line(), "the `MEMORY` block is not closed; close it with `}`.");
            }
            if (name.kind() != Kind.NAME || Names.KEYWORDS.contains(name.text())) {
                throw new Malformed(name.line(), "expected a region name in the `MEMORY` block, found " + name.shown()
                        + ".");
            }
            StringBuilder attrs = new StringBuilder();
            if (peek().is("(")) {
                next();
                boolean negated = false;
                while (!peek().is(")")) {
                    Token a = next();
                    if (a.is("!")) {
                        negated = true;
                    } else if (a.kind() == Kind.NAME && a.text().matches("[rwxaiRWXAIlL]+")) {
                        if (!negated) {
                            attrs.append(a.text().replaceAll("[lL]", ""));
                        }
                    } else {
                        throw new Malformed(a.line(), "the attributes of region " + q(name.text()) + " hold "
                                + a.shown() + "; use only the letters `r`, `w`, `x`, `a`, `i` and `!`.");
                    }
                }
                next();
            }
            expect(":", "after region name " + q(name.text()));
            BigInteger origin = keyword(name, "ORIGIN", "org", "o");
            optional(",");
            BigInteger length = keyword(name, "LENGTH", "len", "l");
            for (Entry e : regions) {
                if (e.name().equals(name.text())) {
                    throw new Malformed(name.line(), "region " + q(name.text()) + " is already defined on line "
                            + e.line() + "; give each region its own name.");
                }
            }
            regions.add(new Entry(name.text(), attrs.toString(), origin, length, name.line()));
            optional(",");
        }
        next();
    }

    private BigInteger keyword(Token region, String... spellings) throws Malformed {
        Token k = next();
        boolean ok = false;
        for (String s : spellings) {
            ok |= k.kind() == Kind.NAME && k.text().equals(s);
        }
        if (!ok) {
            throw new Malformed(k.line(), "expected `" + spellings[0] + " =` in region " + q(region.text())
                    + ", found " + k.shown() + ".");
        }
        expect("=", "after " + q(k.text()));
        BigInteger v = expression();
        if (v.signum() < 0 || v.bitLength() > 64) {
            throw new Malformed(k.line(), "the " + spellings[0] + " of region " + q(region.text()) + " is "
                    + (v.signum() < 0 ? "negative" : "beyond 64 bits") + "; correct the expression.");
        }
        return v;
    }

    private void alias(Token at) throws Malformed {
        expect("(", "after `REGION_ALIAS`");
        String alias = nameOrString("the alias");
        expect(",", "between the alias and the region in `REGION_ALIAS`");
        String region = nameOrString("the region");
        expect(")", "to close `REGION_ALIAS`");
        optional(";");
        if (aliases.containsKey(alias) || regions.stream().anyMatch(r -> r.name().equals(alias))) {
            throw new Malformed(at.line(), q(alias) + " is already a region or an alias; an alias"
                    + " is defined once.");
        }
        aliases.put(alias, region);
    }

    private String nameOrString(String what) throws Malformed {
        Token t = next();
        if (t.kind() == Kind.NAME || t.kind() == Kind.STRING) {
            return t.text();
        }
        throw new Malformed(t.line(), "expected " + what + " in `REGION_ALIAS`, found " + t.shown() + ".");
    }

    private void assignment(Token name, boolean provide) throws Malformed {
        if (name.kind() != Kind.NAME) {
            throw new Malformed(name.line(), "expected a symbol name, found " + name.shown() + ".");
        }
        expect("=", "after " + q(name.text()));
        BigInteger v = expression();
        symbols.remove(name.text());
        symbols.put(name.text(), new Symbol(name.text(), v, provide, name.line()));
    }

    private BigInteger expression() throws Malformed {
        BigInteger v = term();
        while (peek().is("+") || peek().is("-")) {
            boolean plus = next().is("+");
            BigInteger t = term();
            v = plus ? v.add(t) : v.subtract(t);
        }
        return v;
    }

    private BigInteger term() throws Malformed {
        BigInteger v = factor();
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            BigInteger f = factor();
            if (op.is("/")) {
                if (f.signum() == 0) {
                    throw new Malformed(op.line(), "the expression divides by zero; correct it.");
                }
                v = v.divide(f);
            } else {
                v = v.multiply(f);
            }
            if (v.bitLength() > 128) {
                throw new Malformed(op.line(), "the expression is far beyond 64 bits; correct it.");
            }
        }
        return v;
    }

    private BigInteger factor() throws Malformed {
        Token t = next();
        if (++depth > MAX_DEPTH) {
            throw new Malformed(t.line(), "the expression nests deeper than " + MAX_DEPTH + " levels; simplify it.");
        }
        try {
            return factor(t);
        } finally {
            depth--;
        }
    }

    private BigInteger factor(Token t) throws Malformed {
        if (t.kind() == Kind.NUMBER) {
            return t.value();
        }
        if (t.is("(")) {
            BigInteger v = expression();
            expect(")", "to close the parenthesis");
            return v;
        }
        if (t.is("-")) {
            return factor().negate();
        }
        if (t.is("ORIGIN") || t.is("LENGTH")) {
            expect("(", "after " + q(t.text()));
            String name = nameOrStringIn(t.text());
            expect(")", "to close " + q(t.text()));
            String real = aliases.getOrDefault(name, name);
            for (Entry e : regions) {
                if (e.name().equals(real)) {
                    return t.is("ORIGIN") ? e.origin() : e.length();
                }
            }
            throw new Malformed(t.line(), q(t.text() + "(" + name + ")") + " names no region defined"
                    + " above it; define the region in `MEMORY` first.");
        }
        if (t.kind() == Kind.NAME && symbols.containsKey(t.text())) {
            return symbols.get(t.text()).value();
        }
        if (t.kind() == Kind.NAME) {
            throw new Malformed(t.line(), "the expression uses " + t.shown() + ", which targetspec cannot evaluate"
                    + " here; use numbers, `+ - * /`, `ORIGIN(...)`, `LENGTH(...)` and symbols assigned above.");
        }
        throw new Malformed(t.line(), "expected a number or `ORIGIN(...)`/`LENGTH(...)`, found " + t.shown() + ".");
    }

    private String nameOrStringIn(String what) throws Malformed {
        Token t = next();
        if (t.kind() == Kind.NAME || t.kind() == Kind.STRING) {
            return t.text();
        }
        throw new Malformed(t.line(), "expected a region name in `" + what + "(...)`, found " + t.shown() + ".");
    }
}
