package dev.targetspec.profile;

import dev.targetspec.json.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The rustc profiles that ship with targetspec, listed in {@code schema/profiles.json}: the stable rustc
 * the registry is for (the default) and a nightly.
 */
public final class Profiles {
    /** The folder in the jar that holds the schemas and profiles. */
    public static final String BUNDLED = "/dev/targetspec/schema/";
    /** The index of the profiles, beside them. */
    public static final String INDEX = "profiles.json";

    private static volatile List<Profile> all;
    private static volatile Profile standard;

    private Profiles() {
    }

    /** Every bundled profile, the default first. */
    public static List<Profile> all() {
        List<Profile> a = all;
        if (a == null) {
            synchronized (Profiles.class) {
                if (all == null) {
                    List<String> files = index();
                    List<Profile> read = new ArrayList<>();
                    read.add(standard());
                    for (String f : files.subList(1, files.size())) {
                        read.add(read(f));
                    }
                    all = List.copyOf(read);
                }
                a = all;
            }
        }
        return a;
    }

    /**
     * The profile verdicts are for unless another is asked for: the stable rustc the registry was
     * imported from. Only its file is read: most runs need no other.
     */
    public static Profile standard() {
        Profile s = standard;
        if (s == null) {
            synchronized (Profiles.class) {
                if (standard == null) {
                    standard = read(index().get(0));
                }
                s = standard;
            }
        }
        return s;
    }

    private static List<String> index() {
        List<String> files = new ArrayList<>();
        for (JsonNode f : StrictJson.bundled(BUNDLED + INDEX).path("profiles")) {
            files.add(f.asString());
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no profile");
        }
        return files;
    }

    private static Profile read(String file) {
        return Profile.of(file, StrictJson.bundled(BUNDLED + file));
    }

    /**
     * The profile whose release starts with {@code version} (such as {@code 1.95} or {@code 1.97.0}), the
     * first listed when several do; {@code stable} is the default profile and {@code nightly} the first
     * nightly one.
     */
    public static Optional<Profile> named(String version) {
        if (version.equals("stable")) {
            return Optional.of(standard());
        }
        if (version.equals("nightly")) {
            return all().stream().filter(p -> p.release().endsWith("-nightly")).findFirst();
        }
        return all().stream().filter(p -> p.release().equals(version) || p.release().startsWith(version + ".")
                || p.release().startsWith(version + "-")).findFirst();
    }
}
