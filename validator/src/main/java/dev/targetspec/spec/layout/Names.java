package dev.targetspec.spec.layout;

import dev.targetspec.diag.Messages;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names may reach a generated linker script or assembly file, and how they are written there.
 * A name with a double quote, NUL or another control character is refused: GNU ld and LLD have no
 * escape for {@code "} inside a quoted name, so such a name could end the quotes and add script text.
 * Every other symbol or input pattern is written bare when it is plainly a name and quoted otherwise.
 * Output-section and region names are never quoted (older LLD keeps the quotes in the output), so
 * they must be plain names.
 */
public final class Names {
    /** Letters, digits, {@code _} and {@code .}, not starting with a digit: safe bare everywhere. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_.][A-Za-z0-9_.]*");
    /** A C identifier: what the assembly renderers accept for symbols they define or call. */
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Characters an input-section pattern may use bare: the name characters and the wildcards. */
    private static final Pattern BARE_PATTERN = Pattern.compile("[A-Za-z0-9_.*?]+");

    /**
     * Words with a meaning in GNU ld or LLD scripts (including the MEMORY abbreviations). A symbol
     * spelled like one is quoted; a section or region may not be spelled like one.
     */
    static final Set<String> KEYWORDS = Set.of("ABSOLUTE", "ADDR", "AFTER", "ALIGN", "ALIGNOF", "ALIGN_WITH_INPUT",
            "AS_NEEDED", "ASSERT", "AT", "BEFORE", "BIND", "BLOCK", "BYTE", "COMMON", "COMMONPAGESIZE", "CONSTANT",
            "CONSTRUCTORS", "COPY", "CREATE_OBJECT_SYMBOLS", "DATA_SEGMENT_ALIGN", "DATA_SEGMENT_END",
            "DATA_SEGMENT_RELRO_END", "DEFINED", "DSECT", "ENTRY", "EXCLUDE_FILE", "EXTERN", "FILEHDR", "FILL", "FLAGS",
            "FORCE_COMMON_ALLOCATION", "FORCE_GROUP_ALLOCATION", "GROUP", "HIDDEN", "HLL", "INCLUDE", "INFO", "INHIBIT_COMMON_ALLOCATION",
            "INPUT", "INPUT_SECTION_FLAGS", "INSERT", "KEEP", "LD_FEATURE", "LENGTH", "LOADADDR", "LOG2CEIL", "LONG",
            "MAP", "MAX", "MAXPAGESIZE", "MEMORY", "MIN", "NEXT", "NOCROSSREFS", "NOCROSSREFS_TO", "NOFLOAT", "NOLOAD",
            "ONLY_IF_RO", "ONLY_IF_RW", "ORIGIN", "OUTPUT", "OUTPUT_ARCH", "OUTPUT_FORMAT", "OVERLAY",
            "OVERWRITE_SECTIONS", "PHDRS", "PROVIDE", "PROVIDE_HIDDEN", "QUAD", "READONLY", "REGION_ALIAS",
            "REVERSE", "SEARCH_DIR", "SECTIONS", "SEGMENT_START", "SHORT", "SIZEOF", "SIZEOF_HEADERS", "SORT",
            "SORT_BY_ALIGNMENT", "SORT_BY_INIT_PRIORITY", "SORT_BY_NAME", "SORT_NONE", "SPECIAL", "SQUAD",
            "STARTUP", "SUBALIGN", "SYSLIB", "TARGET", "TYPE", "VERSION", "l", "len", "o", "org");

    /**
     * Words that GNU ld and LLD read as commands or keywords where a name may stand: no section,
     * region, symbol or pattern in a spec may be one of them. All but {@code DISCARD} and
     * {@code /DISCARD/} are also in {@link #KEYWORDS}, which lists every word a name must not be bare.
     */
    private static final Set<String> COMMANDS = Set.of("INCLUDE", "INPUT", "GROUP", "OUTPUT", "SEARCH_DIR",
            "STARTUP", "OUTPUT_FORMAT", "OUTPUT_ARCH", "TARGET", "ENTRY", "SECTIONS", "MEMORY", "PHDRS", "VERSION",
            "INSERT", "ASSERT", "EXTERN", "PROVIDE", "PROVIDE_HIDDEN", "HIDDEN", "KEEP", "SORT", "EXCLUDE_FILE",
            "NOCROSSREFS", "OVERLAY", "REGION_ALIAS", "AT", "ALIGN", "SUBALIGN", "FILL", "NOLOAD", "COMMON",
            "DISCARD", "/DISCARD/", "BYTE", "SHORT", "LONG", "QUAD", "SQUAD", "CONSTRUCTORS", "ORIGIN", "LENGTH");

    private Names() {
    }

    /**
     * The {@code linker-names} policy for a name a spec gives at {@code pointer}: only letters, digits,
     * {@code _}, {@code .} and {@code $}, not starting with a digit ({@code pattern}: an input-section
     * pattern, which may also use {@code *} and {@code ?} and start with a digit), and not a command.
     * Returns the sentence that says why {@code name} breaks it, or empty; an empty name is left to the schema.
     */
    public static Optional<String> linkerNameProblem(String pointer, String name, boolean pattern) {
        String field = pointer.substring(1).replace('/', '.');
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // `COMMON` is also the input section that holds common symbols: `*(COMMON)`.
        if ((COMMANDS.contains(name) && !(pattern && name.equals("COMMON"))) || name.equals(".")) {
            return Optional.of("`" + field + "` is `" + name + "`, which a linker script reads as "
                    + (name.equals(".") ? "the location counter" : "a command") + "; choose another name.");
        }
        int bad = firstBad(name, pattern);
        if (bad < 0) {
            return Optional.empty();
        }
        int cp = name.codePointAt(bad);
        String what = cp >= 0x80 || cp < 0x20 || cp == 0x7f
                ? Messages.nonAsciiNote(new String(Character.toChars(cp))).replaceFirst("^; it contains ", "")
                : "`" + (char) cp + "`" + (bad == 0 && cp >= '0' && cp <= '9' ? " first" : "");
        String shown = Messages.oneLine(name.length() > 60 ? name.substring(0, 57) + "…" : name);
        return Optional.of("`" + field + "` is `" + shown + "`, which has " + what
                + "; a name in a linker script may use only letters, digits, `_`, `.` and `$`"
                + (pattern ? " and the wildcards `*` and `?`" : ", not starting with a digit") + ".");
    }

    /** The index of the first character a name may not have, or -1. */
    private static int firstBad(String name, boolean pattern) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '.' || c == '$'
                    || (c >= '0' && c <= '9' && (pattern || i > 0)) || (pattern && (c == '*' || c == '?'));
            if (!ok) {
                return i;
            }
        }
        return -1;
    }

    /** Why {@code name} can never reach a generated file, as the end of a sentence; empty when it can. */
    public static Optional<String> unsafe(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.length() > 256) {
            return Optional.of("is longer than 256 characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                return Optional.of("contains a double quote, which no linker script can quote");
            }
            if (c == 0) {
                return Optional.of("contains NUL");
            }
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("contains a control character");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a plain name that is not a script keyword: fit for a section or region. */
    public static boolean plain(String name) {
        return PLAIN.matcher(name).matches() && !name.equals(".") && !KEYWORDS.contains(name)
                && !name.equals("/DISCARD/");
    }

    /** Whether {@code name} is a C identifier, as the assembly renderers need. */
    public static boolean identifier(String name) {
        return IDENT.matcher(name).matches();
    }

    /** {@code name} as a symbol in a linker script: bare when plain, else in double quotes. */
    public static String symbol(String name) {
        requireSafe(name);
        return PLAIN.matcher(name).matches() && !KEYWORDS.contains(name) ? name : "\"" + name + "\"";
    }

    /** {@code pattern} as an input-section pattern: bare when it uses only name and wildcard characters. */
    public static String pattern(String pattern) {
        requireSafe(pattern);
        if (pattern.equals("COMMON")) {
            return pattern;
        }
        return BARE_PATTERN.matcher(pattern).matches() && !KEYWORDS.contains(pattern) ? pattern : "\"" + pattern + "\"";
    }

    /** Text fit for the inside of a comment in a script or assembly file: no comment ends, no control characters. */
    public static String comment(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 300; i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        String s = b.toString();
        while (s.contains("*/") || s.contains("/*")) {
            s = s.replace("*/", "* /").replace("/*", "/ *");
        }
        return s;
    }

    private static void requireSafe(String name) {
        Optional<String> why = unsafe(name);
        if (why.isPresent()) {
            throw new IllegalArgumentException("The name " + why.get() + ".");
        }
    }
}
