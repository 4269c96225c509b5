package dev.targetspec.triple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a proposed target name says and what is wrong with it.
 *
 * <p>{@link #explain} is a pure function: it explains each component of the
 * name (read the way LLVM reads triples), checks the target-tier naming rule
 * (ASCII letters, digits, {@code -} and {@code _} only; no periods), looks for
 * collisions and near-collisions with existing names, and compares the name
 * with its {@code llvm-target} when one is given.
 *
 * @param name       the proposed name
 * @param components each written component with the role LLVM gives it
 * @param findings   problems and remarks, errors first
 */
public record NameReport(String name, List<Component> components, List<Finding> findings) {

    /** How serious a finding is. */
    public enum Severity { ERROR, WARNING, NOTE }

    /**
     * One written component.
     *
     * @param text    the component as written
     * @param role    architecture, vendor, operating system, environment or object format
     * @param meaning what it means, in plain words
     */
    public record Component(String text, String role, String meaning) {
    }

    /**
     * One finding.
     *
     * @param severity how serious it is
     * @param code     a stable identifier, e.g. {@code naming.period}
     * @param message  one sentence
     */
    public record Finding(Severity severity, String code, String message) {
    }

    public NameReport {
        Objects.requireNonNull(name, "name");
        components = List.copyOf(components);
        findings = List.copyOf(findings);
    }

    /** True when there is no finding of severity ERROR. */
    public boolean acceptable() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private static final String[] ROLES = {
        "architecture", "vendor", "operating system", "environment", "object format"};

    /**
     * Explains {@code name}.
     *
     * @param name       the proposed target name
     * @param existing   names already in use (may be empty)
     * @param llvmTarget the target's {@code llvm-target}, or null when not known
     */
    public static NameReport explain(String name, Collection<String> existing, String llvmTarget) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(existing, "existing");
        List<Finding> findings = new ArrayList<>();
        checkNaming(name, findings);
        List<Component> components = name.isEmpty() ? List.of() : components(name);
        checkCollisions(name, existing, findings);
        if (llvmTarget != null) {
            compareWithLlvmTarget(name, llvmTarget, findings);
        } else if (!components.isEmpty() && LlvmTables.arch(components.get(0).text()) == null) {
            findings.add(new Finding(Severity.NOTE, "llvm.arch-unknown",
                    "LLVM does not recognise the architecture '" + components.get(0).text()
                            + "', so the llvm-target must spell it differently."));
        }
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return new NameReport(name, components, findings);
    }

    // ------------------------------------------------------------------ naming rule

    private static void checkNaming(String name, List<Finding> findings) {
        if (name.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "naming.empty", "The target name is empty."));
            return;
        }
        if (name.indexOf('.') >= 0) {
            findings.add(new Finding(Severity.ERROR, "naming.period",
                    "Target names must not contain periods ('.'); put versions elsewhere."));
        }
        StringBuilder bad = new StringBuilder();
        name.chars().filter(c -> c != '.' && !isAllowed(c)).distinct()
                .forEach(c -> bad.append(bad.length() == 0 ? "" : " ").append('\'').appendCodePoint(c).append('\''));
        if (bad.length() > 0) {
            findings.add(new Finding(Severity.ERROR, "naming.characters",
                    "Target names may contain only ASCII letters, digits, '-' and '_'; found " + bad + "."));
        }
        if (name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
            findings.add(new Finding(Severity.ERROR, "naming.empty-component",
                    "The name has an empty component (a leading, trailing or doubled '-')."));
        }
    }

    private static boolean isAllowed(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    // ------------------------------------------------------------------ components

    private static List<Component> components(String name) {
        String[] written = name.split("-", -1);
        List<String> normalized = new ArrayList<>(LlvmTriple.normalizedComponents(name));
        boolean[] used = new boolean[normalized.size()];
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            int slot = -1;
            for (int j = 0; j < normalized.size(); j++) {
                if (!used[j] && normalized.get(j).equals(written[i])) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                slot = Math.min(i, ROLES.length - 1);
            } else {
                used[slot] = true;
            }
            int role = Math.min(slot, ROLES.length - 1);
            if (role == 3 && LlvmTables.environment(written[i]) == null
                    && LlvmTables.objectFormat(written[i]) != null) {
                role = 4;
            }
            out.add(new Component(written[i], ROLES[role], meaning(role, written[i])));
        }
        boolean windows = normalized.size() > 2 && normalized.get(2).equals("windows");
        out.replaceAll(c -> windows && c.role().equals(ROLES[3]) && c.text().equals("gnu")
                ? new Component(c.text(), c.role(), "MinGW-w64: the GNU toolchain and C runtime on Windows")
                : c);
        return out;
    }

    private static String meaning(int role, String text) {
        switch (role) {
            case 0: {
                String arch = LlvmTables.arch(text);
                if (arch != null) {
                    String sub = LlvmTables.subArch(text);
                    return "LLVM architecture " + arch + (sub.isEmpty() ? "" : ", sub-architecture " + sub);
                }
                String prefix = longestArchPrefix(text);
                if (prefix != null) {
                    return "not an LLVM architecture name: LLVM knows '" + prefix + "'; the suffix '"
                            + text.substring(prefix.length()) + "' names ISA extensions or a variant";
                }
                return "not an architecture LLVM recognises";
            }
            case 1: {
                String known = TermGlossary.vendor(text);
                String llvm = LlvmTables.vendor(text);
                if (known != null) {
                    return known + (llvm == null && !text.equals("unknown") ? " (a vendor LLVM ignores)" : "");
                }
                return llvm != null ? "vendor " + llvm : "vendor '" + text + "' (unknown to LLVM, kept as written)";
            }
            case 2: {
                if (text.equals("none")) {
                    return TermGlossary.system("none");
                }
                String os = LlvmTables.os(text);
                if (os == null) {
                    if (text.startsWith("mingw") || text.startsWith("cygwin") || text.startsWith("msys")) {
                        return "Windows spelling that LLVM rewrites to 'windows'";
                    }
                    return "system '" + text + "' (unknown to LLVM, kept as written)";
                }
                String plain = TermGlossary.system(os);
                String version = versionSuffix(text, os);
                return (plain != null ? plain : "LLVM OS " + os) + version;
            }
            case 3: {
                String env = LlvmTables.environment(text);
                String format = LlvmTables.objectFormat(text);
                if (env == null && format != null) {
                    return "object format " + format;
                }
                if (env == null) {
                    return "environment '" + text + "' (unknown to LLVM, kept as written)";
                }
                String plain = TermGlossary.environment(env);
                return (plain != null ? plain : "LLVM environment " + env) + versionSuffix(text, env);
            }
            default: {
                String format = LlvmTables.objectFormat(text);
                return format != null ? "object format " + format : "extra component '" + text + "'";
            }
        }
    }

    private static String versionSuffix(String text, String type) {
        if (text.startsWith(type) && text.length() > type.length()) {
            return ", version/variant '" + text.substring(type.length()) + "'";
        }
        return "";
    }

    private static String longestArchPrefix(String text) {
        for (int end = text.length() - 1; end > 0; end--) {
            String p = text.substring(0, end);
            if (LlvmTables.arch(p) != null) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ collisions

    private static void checkCollisions(String name, Collection<String> existing, List<Finding> findings) {
        String llvm = LlvmTriple.normalize(name);
        for (String other : existing) {
            if (other == null || other.isEmpty()) {
                continue;
            }
            switch (nearness(name, llvm, other)) {
                case SAME -> findings.add(new Finding(Severity.ERROR, "collision.exact",
                        "The name '" + name + "' is already taken."));
                case CASE -> findings.add(new Finding(Severity.ERROR, "collision.case",
                        "The name differs from '" + other + "' only in letter case, which collides on"
                                + " case-insensitive file systems."));
                case SEPARATOR -> findings.add(new Finding(Severity.WARNING, "near.separator",
                        "The name differs from '" + other + "' only by '-' versus '_'."));
                case LLVM_EQUIVALENT -> findings.add(new Finding(Severity.WARNING, "near.llvm-equivalent",
                        "The name means the same triple as '" + other + "' to LLVM (both normalize to '"
                                + llvm + "')."));
                case TYPO -> findings.add(new Finding(Severity.WARNING, "near.typo",
                        "The name is one character away from '" + other + "'."));
                case FAR -> {
                }
            }
        }
    }

    /** How close one name is to another. */
    private enum Nearness {
        SAME, CASE, SEPARATOR, LLVM_EQUIVALENT, TYPO, FAR
    }

    private static Nearness nearness(String name, String llvm, String other) {
        if (other.equals(name)) {
            return Nearness.SAME;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String otherLower = other.toLowerCase(Locale.ROOT);
        if (otherLower.equals(lower)) {
            return Nearness.CASE;
        }
        if (otherLower.replace('_', '-').equals(lower.replace('_', '-'))) {
            return Nearness.SEPARATOR;
        }
        if (LlvmTriple.normalize(other).equals(llvm)) {
            return Nearness.LLVM_EQUIVALENT;
        }
        return editDistanceAtMostOne(lower, otherLower) ? Nearness.TYPO : Nearness.FAR;
    }

    /**
     * The names of {@code existing} that {@code name} is a near miss of, as {@code triple explain}
     * finds them: the same but for letter case or {@code -} versus {@code _}, the same triple to LLVM,
     * or one character away. In the order of {@code existing}; empty when {@code name} is one of them.
     */
    public static List<String> nearMisses(String name, Collection<String> existing) {
        List<String> out = new ArrayList<>();
        String llvm = LlvmTriple.normalize(name);
        for (String other : existing) {
            if (other == null || other.isEmpty()) {
                continue;
            }
            Nearness n = nearness(name, llvm, other);
            if (n == Nearness.SAME) {
                return List.of();
            }
            if (n != Nearness.FAR) {
                out.add(other);
            }
        }
        return out;
    }

    /** True when a and b differ by one insertion, deletion or substitution (a != b). */
    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    // ------------------------------------------------------------------ llvm-target

    private static void compareWithLlvmTarget(String name, String llvmTarget, List<Finding> findings) {
        List<String> n = LlvmTriple.normalizedComponents(name);
        List<String> l = LlvmTriple.normalizedComponents(llvmTarget);
        LlvmTriple pn = LlvmTriple.parse(String.join("-", n));
        LlvmTriple pl = LlvmTriple.parse(String.join("-", l));
        String[] typesN = {pn.arch(), pn.vendor(), pn.os(), pn.environment()};
        String[] typesL = {pl.arch(), pl.vendor(), pl.os(), pl.environment()};
        for (int slot = 0; slot < 4; slot++) {
            String a = slot < n.size() ? n.get(slot) : "";
            String b = slot < l.size() ? l.get(slot) : "";
            if (a.equals(b) || slot == 1 && (a.isEmpty() || a.equals("unknown")) && b.equals("unknown")) {
                continue;
            }
            String role = ROLES[slot];
            if (b.isEmpty()) {
                if (!a.isEmpty() && !a.equals("unknown")) {
                    findings.add(new Finding(Severity.NOTE, "llvm-target.missing-" + key(slot),
                            "The llvm-target '" + llvmTarget + "' leaves the " + role
                                    + " unspecified, while the name says '" + a + "'."));
                }
                continue;
            }
            boolean sameType = !typesN[slot].equals("unknown") && typesN[slot].equals(typesL[slot]);
            if (slot == 0 && typesN[0].equals("unknown") && !typesL[0].equals("unknown")) {
                findings.add(new Finding(Severity.NOTE, "llvm-target.arch",
                        "The name's architecture '" + a + "' is not an LLVM architecture; the llvm-target uses '"
                                + b + "' (LLVM " + typesL[0] + ")."));
            } else if (sameType) {
                findings.add(new Finding(Severity.NOTE, "llvm-target." + key(slot),
                        "The " + role + " is spelled '" + a + "' in the name but '" + b
                                + "' in the llvm-target; LLVM reads both as " + typesN[slot] + "."));
            } else {
                findings.add(new Finding(Severity.WARNING, "llvm-target." + key(slot),
                        "The " + role + " differs: '" + (a.isEmpty() ? "(none)" : a) + "' in the name, '"
                                + (b.isEmpty() ? "(none)" : b) + "' in the llvm-target."));
            }
        }
    }

    private static String key(int slot) {
        return switch (slot) {
            case 0 -> "arch";
            case 1 -> "vendor";
            case 2 -> "os";
            default -> "environment";
        };
    }
}
