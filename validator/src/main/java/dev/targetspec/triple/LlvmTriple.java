package dev.targetspec.triple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target triple as LLVM 22 reads it, and LLVM's normalization.
 *
 * <p>{@link #normalize(String)} follows the rules of LLVM's
 * {@code Triple::normalize}: recognised components are moved into their
 * canonical positions (arch, vendor, OS, environment), missing ones are
 * filled with {@code unknown}, unrecognised ones are kept as written, a
 * {@code none} between arch and environment becomes the OS, and the Windows
 * spellings (win32, mingw*, cygwin*, msys*) are rewritten to
 * {@code windows-msvc}, {@code windows-gnu} and {@code windows-cygnus}.
 *
 * <p>{@link #parse(String)} reads a triple without moving components, the way
 * LLVM's {@code Triple} constructor does, and reports LLVM's canonical type
 * name for each slot ({@code "unknown"} when unrecognised; the object format
 * falls back to the architecture's default).
 *
 * @param text         the triple as given
 * @param arch         LLVM architecture type name, e.g. {@code i386} for {@code i686}
 * @param subArch      LLVM sub-architecture, e.g. {@code v7em}; empty when none
 * @param vendor       LLVM vendor type name
 * @param os           LLVM OS type name
 * @param environment  LLVM environment type name
 * @param objectFormat object file format: coff, elf, goff, macho, wasm, xcoff, spirv or dxcontainer
 */
public record LlvmTriple(String text, String arch, String subArch, String vendor, String os,
                         String environment, String objectFormat) {

    static final String UNKNOWN = "unknown";

    public LlvmTriple {
        Objects.requireNonNull(text, "text");
    }

    /** Reads {@code triple} without reordering, as LLVM's {@code Triple} constructor does. */
    /** Every LLVM architecture type a triple can name, as {@code Triple::getArchTypeName} spells it. */
    public static java.util.SortedSet<String> archTypes() {
        return LlvmTables.archTypes();
    }

    public static LlvmTriple parse(String triple) {
        Objects.requireNonNull(triple, "triple");
        String[] c = triple.split("-", 4);
        String arch = LlvmTables.arch(c[0]);
        String subArch = LlvmTables.subArch(c[0]);
        String vendor = c.length > 1 ? LlvmTables.vendor(c[1]) : null;
        String os = c.length > 2 ? LlvmTables.os(c[2]) : null;
        String env = null;
        String format = null;
        if (c.length > 3) {
            env = LlvmTables.environment(c[3]);
            format = LlvmTables.objectFormat(c[3]);
        } else if (c.length == 1) {
            env = lonelyMipsEnvironment(c[0]);
        }
        if (format == null) {
            format = LlvmTables.defaultFormat(arch, os);
        }
        return new LlvmTriple(triple, orUnknown(arch), subArch, orUnknown(vendor), orUnknown(os),
                orUnknown(env), format);
    }

    private static String lonelyMipsEnvironment(String arch) {
        if (arch.startsWith("mipsn32")) {
            return "gnuabin32";
        }
        if (arch.startsWith("mips64") || arch.startsWith("mipsisa64")) {
            return "gnuabi64";
        }
        if (arch.startsWith("mipsisa32")) {
            return "gnu";
        }
        return switch (arch) {
            case "mips", "mipsel", "mipsr6", "mipsr6el" -> "gnu";
            default -> null;
        };
    }

    private static String orUnknown(String s) {
        return s == null ? UNKNOWN : s;
    }

    /** Normalizes {@code triple} the way LLVM 22's {@code Triple::normalize} does. */
    public static String normalize(String triple) {
        Objects.requireNonNull(triple, "triple");
        return String.join("-", normalizedComponents(triple));
    }

    static List<String> normalizedComponents(String triple) {
        List<String> c = new ArrayList<>(Arrays.asList(triple.split("-", -1)));
        final int slots = 4;

        String arch = LlvmTables.arch(c.get(0));
        String vendor = c.size() > 1 ? LlvmTables.vendor(c.get(1)) : null;
        String os = null;
        boolean cygwin = false;
        boolean mingw = false;
        if (c.size() > 2) {
            os = LlvmTables.os(c.get(2));
            cygwin = isCygwin(c.get(2));
            mingw = c.get(2).startsWith("mingw");
        }
        String env = c.size() > 3 ? LlvmTables.environment(c.get(3)) : null;
        String format = c.size() > 4 ? LlvmTables.objectFormat(c.get(4)) : null;

        boolean[] found = {arch != null, vendor != null, os != null, env != null};

        for (int pos = 0; pos < slots; pos++) {
            if (found[pos]) {
                continue;
            }
            for (int idx = 0; idx < c.size(); idx++) {
                if (idx < slots && found[idx]) {
                    continue;
                }
                String comp = c.get(idx);
                boolean valid;
                switch (pos) {
                    case 0 -> {
                        arch = LlvmTables.arch(comp);
                        valid = arch != null;
                    }
                    case 1 -> {
                        vendor = LlvmTables.vendor(comp);
                        valid = vendor != null;
                    }
                    case 2 -> {
                        os = LlvmTables.os(comp);
                        cygwin = isCygwin(comp);
                        mingw = comp.startsWith("mingw");
                        valid = os != null || cygwin || mingw;
                    }
                    default -> {
                        env = LlvmTables.environment(comp);
                        valid = env != null;
                        if (!valid) {
                            format = LlvmTables.objectFormat(comp);
                            valid = format != null;
                        }
                    }
                }
                if (!valid) {
                    continue;
                }
                if (pos < idx) {
                    moveLeft(c, found, pos, idx);
                } else if (pos > idx) {
                    moveRight(c, found, pos, idx);
                }
                found[pos] = true;
                break;
            }
        }

        // A "none" between a known arch and a known environment is the OS
        // (arm-none-eabi -> arm-unknown-none-eabi).
        if (found[0] && !found[1] && !found[2] && found[3]
                && c.get(1).equals("none") && c.get(2).isEmpty()) {
            c.set(2, "none");
            c.set(1, "");
        }

        c.replaceAll(s -> s.isEmpty() ? UNKNOWN : s);

        if ("android".equals(env) && c.get(3).startsWith("androideabi")) {
            c.set(3, "android" + c.get(3).substring("androideabi".length()));
        }
        if ("suse".equals(vendor) && "gnueabi".equals(env)) {
            c.set(3, "gnueabihf");
        }

        boolean windows = "windows".equals(os);
        if (windows) {
            resize(c, 4);
            c.set(2, "windows");
            if (env == null) {
                c.set(3, format == null || format.equals("coff") ? "msvc" : format);
            }
        } else if (mingw) {
            resize(c, 4);
            c.set(2, "windows");
            c.set(3, "gnu");
        } else if (cygwin) {
            resize(c, 4);
            c.set(2, "windows");
            c.set(3, "cygnus");
        }
        if ((mingw || cygwin || (windows && env != null)) && format != null && !format.equals("coff")) {
            resize(c, 5);
            c.set(4, format);
        }

        if (c.get(0).equals("dxil")) {
            if (c.size() > 4) {
                resize(c, 4);
            }
            if ("shadermodel".equals(os)) {
                c.set(0, dxilArchForShaderModel(c.get(2)));
            }
        }
        return c;
    }

    private static boolean isCygwin(String s) {
        return s.startsWith("cygwin") || s.startsWith("msys");
    }

    /** Inserts c[idx] at pos, pushing the non-fixed components in between to the right. */
    private static void moveLeft(List<String> c, boolean[] found, int pos, int idx) {
        String current = c.set(idx, "");
        for (int i = pos; !current.isEmpty(); i++) {
            while (i < found.length && found[i]) {
                i++;
            }
            current = c.set(i, current);
        }
    }

    /** Pushes c[idx] right to pos by inserting empty components before it. */
    private static void moveRight(List<String> c, boolean[] found, int pos, int idx) {
        do {
            String current = "";
            for (int i = idx; i < c.size();) {
                current = c.set(i, current);
                if (current.isEmpty()) {
                    break;
                }
                while (++i < found.length && found[i]) {
                    // skip fixed components
                }
            }
            if (!current.isEmpty()) {
                c.add(current);
            }
            while (++idx < found.length && found[idx]) {
                // skip fixed components
            }
        } while (idx < pos);
    }

    private static void resize(List<String> c, int size) {
        while (c.size() > size) {
            c.remove(c.size() - 1);
        }
        while (c.size() < size) {
            c.add("");
        }
    }

    private static final Pattern SHADER_MODEL_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.\\d+){0,2}");

    /** The DXIL version a shader-model OS implies: shadermodel6.N -> dxilv1.N (LLVM 22 knows up to 1.9). */
    private static String dxilArchForShaderModel(String osName) {
        String version = osName.substring("shadermodel".length());
        if (version.equals("6.x")) {
            return "dxilv1.9";
        }
        Matcher m = SHADER_MODEL_VERSION.matcher(version);
        if (m.matches() && m.group(1).equals("6") && m.group(2) != null) {
            int minor = Integer.parseInt(m.group(2));
            if (minor <= 9) {
                return "dxilv1." + minor;
            }
        }
        return "dxilv1.0";
    }

    /** This triple normalized by LLVM's rules. */
    public String normalized() {
        return normalize(text);
    }
}
