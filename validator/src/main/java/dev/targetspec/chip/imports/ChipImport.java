package dev.targetspec.chip.imports;

import dev.targetspec.chip.Chip;
import dev.targetspec.chip.ChipDataException;
import dev.targetspec.chip.ChipDatabase;
import dev.targetspec.chip.ChipFamily;
import dev.targetspec.chip.ChipFormat;
import dev.targetspec.io.AtomicFile;
import dev.targetspec.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code targetspec import chips}: reads probe-rs's chip files, compares them with stm32-data when it is
 * given, and rewrites the database folder: one file per probe-rs family under
 * {@value ChipDatabase#FAMILIES}, {@value ChipDatabase#SOURCES} and {@value ChipDatabase#REPORT}. The
 * hand-written {@value ChipDatabase#CORRECTIONS} is read, never written.
 */
public final class ChipImport {
    /** The licence both sources are published under. */
    public static final String LICENCE = "MIT OR Apache-2.0";

    /**
     * What an import did.
     *
     * @param crossCheck the comparison's counts, when stm32-data was given
     * @param removed family files of an earlier import whose family probe-rs no longer has
     */
    public record Result(int families, int chips, int vendors, Optional<Counts> crossCheck, List<Path> written,
            List<Path> removed) {
    }

    /** The counts of the comparison with stm32-data. */
    public record Counts(int stm32Chips, int pairs, long agreeing, int regionDisagreements, int coreDisagreements) {
    }

    private ChipImport() {
    }

    /**
     * Imports from the probe-rs checkout {@code probeRs} (and the stm32-data-generated checkout {@code stm32},
     * if given) into {@code out}. A commit not given is read from the checkout's {@code .git}.
     */
    public static Result run(Path probeRs, Optional<String> probeRsCommit, Optional<Path> stm32,
            Optional<String> stm32Commit, Path out) throws ChipDataException, IOException {
        String prCommit = commit(probeRs, probeRsCommit, "--probe-rs-commit");
        Optional<String> stCommit = stm32.isEmpty() ? Optional.empty()
                : Optional.of(commit(stm32.get(), stm32Commit, "--stm32-data-commit"));
        Path prFolder = ProbeRs.targets(probeRs);
        List<ChipFamily> families = ProbeRs.read(prFolder, prCommit);
        checkUnique(families);
        Optional<CrossCheck.Result> check = Optional.empty();
        List<Stm32Data.Chip> stChips = List.of();
        if (stm32.isPresent()) {
            stChips = Stm32Data.read(Stm32Data.chips(stm32.get()));
            check = Optional.of(CrossCheck.run(families, stChips));
            families = check.get().families();
        }
        // Write everything first, then remove what an earlier import wrote and this one did not.
        Path dir = out.resolve(ChipDatabase.FAMILIES);
        List<Path> written = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (ChipFamily f : families) {
            Path file = dir.resolve(f.file() + ".json");
            AtomicFile.write(file, ChipFormat.write(f));
            written.add(file);
            names.add(file.getFileName().toString());
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                if (p.getFileName().toString().endsWith(".json") && !names.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    removed.add(p);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int chips = families.stream().mapToInt(f -> f.chips().size()).sum();
        int vendors = (int) families.stream().flatMap(f -> f.vendor().stream()).distinct().count();
        Path sources = out.resolve(ChipDatabase.SOURCES);
        AtomicFile.write(sources, sources(families, chips, prCommit, stCommit, stChips.size(), check)
                .getBytes(StandardCharsets.UTF_8));
        written.add(sources);
        Path report = out.resolve(ChipDatabase.REPORT);
        if (check.isPresent()) {
            AtomicFile.write(report, Report.markdown(check.get(), prCommit, stCommit.get()).getBytes(StandardCharsets.UTF_8));
            written.add(report);
        } else if (Files.deleteIfExists(report)) {
            removed.add(report);
        }
        return new Result(families.size(), chips, vendors, check.map(c -> new Counts(c.stm32Chips(), c.pairs().size(),
                c.agreeing(), c.regionDiffs().size(), c.coreDiffs().size())), written, removed);
    }

    private static String commit(Path dir, Optional<String> given, String option) throws ChipDataException {
        if (given.isPresent()) {
            if (!given.get().matches("[0-9a-f]{40}")) {
                throw new ChipDataException(option + " must be a commit's 40 hex digits, not `" + given.get() + "`.");
            }
            return given.get();
        }
        return GitHead.of(dir).orElseThrow(() -> new ChipDataException(dir + " is not a git checkout, so its commit "
                + "is unknown; pass " + option + " with the commit the files come from."));
    }

    private static void checkUnique(List<ChipFamily> families) throws ChipDataException {
        Map<String, ChipFamily> seen = new HashMap<>();
        for (ChipFamily f : families) {
            for (Chip c : f.chips()) {
                ChipFamily other = seen.putIfAbsent(c.name().toLowerCase(Locale.ROOT), f);
                if (other != null) {
                    throw new ChipDataException("Chip `" + c.name() + "` is in both `" + other.source().path() + "` and `"
                            + f.source().path() + "`; the database needs one entry per name.");
                }
            }
        }
    }

    private static String sources(List<ChipFamily> families, int chips, String prCommit, Optional<String> stCommit,
            int stChips, Optional<CrossCheck.Result> check) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode pr = root.putObject("probe-rs");
        pr.put("repository", ProbeRs.REPOSITORY);
        pr.put("commit", prCommit);
        pr.put("path", ProbeRs.TARGETS);
        pr.put("licence", LICENCE);
        pr.put("families", families.size());
        pr.put("chips", chips);
        if (stCommit.isPresent()) {
            ObjectNode st = root.putObject("stm32-data");
            st.put("repository", Stm32Data.REPOSITORY);
            st.put("commit", stCommit.get());
            st.put("path", Stm32Data.CHIPS);
            st.put("licence", LICENCE);
            st.put("chips", stChips);
            st.put("pairs", check.orElseThrow().pairs().size());
            st.put("report", ChipDatabase.REPORT);
        }
        return Json.pretty(root);
    }
}
