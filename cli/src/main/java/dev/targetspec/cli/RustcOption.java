package dev.targetspec.cli;

import dev.targetspec.profile.Profile;
import dev.targetspec.profile.Profiles;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --rustc} option: which rustc's verdict a command gives. */
final class RustcOption {
    @Option(names = "--rustc", paramLabel = "VERSION",
            description = "Judge as this rustc does: a release targetspec has a profile of, such as 1.95 or "
                    + "1.97 (the 1.97 nightly), or stable, or nightly; validate also takes all, for one verdict per "
                    + "profile. Default: stable, the rustc the registry was imported from (1.95).")
    String version;

    /** The profiles asked for: every one for {@code all}, else the one {@link #profile()} gives. */
    java.util.List<Profile> profiles() {
        return "all".equals(version == null ? null : version.strip()) ? Profiles.all() : java.util.List.of(profile());
    }

    /** The profile asked for, or the standard one. */
    Profile profile() {
        if (version == null) {
            return Profiles.standard();
        }
        return Profiles.named(version.strip()).orElseThrow(() -> CliException.usage("--rustc " + version
                + " is not a rustc targetspec has a profile of; use one of " + known() + "."));
    }

    /** The releases there are profiles of, such as {@code 1.95.0, 1.97.0-nightly}. */
    static String known() {
        return Profiles.all().stream().map(Profile::release).collect(Collectors.joining(", "));
    }
}
