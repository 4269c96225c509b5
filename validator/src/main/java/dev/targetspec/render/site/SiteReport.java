package dev.targetspec.render.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Site#write} wrote.
 *
 * @param targetPages the number of target pages
 * @param artifacts   the number of artifact files written beside them
 * @param skipped     triples with no page, each with the reason
 * @param invalid     triples whose page has no artifacts because the validator rejects the target
 * @param removed     files an earlier site had and this one has not, removed
 * @param kept        such files left in place because they were changed after targetspec wrote them
 */
public record SiteReport(int targetPages, int artifacts, List<String> skipped, List<String> invalid,
        List<Path> removed, List<Path> kept) {
    public SiteReport {
        skipped = List.copyOf(skipped);
        invalid = List.copyOf(invalid);
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
    }
}
