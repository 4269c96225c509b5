package dev.targetspec.it.rustc;

import dev.targetspec.profile.Profiles;
import dev.targetspec.registry.Registry;
import dev.targetspec.validate.Validator;
import java.util.Optional;

/**
 * Which validator stands for which rustc release in the differential tests: the one of
 * {@code validate --rustc RELEASE}. A corpus, or a fresh run, of a release with a profile fails on any
 * disagreement; one without a profile is judged with the default profile and only reported.
 */
final class RustcProfiles {

    /** The release targetspec's default rules follow. */
    static final String DEFAULT_RELEASE = Profiles.standard().version();

    private RustcProfiles() {
    }

    /** The validator for {@code release} ({@code 1.95}, {@code 1.97}), if targetspec has a profile of it. */
    static Optional<Validator> profile(String release) {
        return Profiles.named(release).map(p -> new Validator(Registry.empty(), p));
    }

    /** The validator to report with when {@code release} has no profile of its own. */
    static Validator fallback() {
        return new Validator(Registry.empty());
    }
}
