package dev.targetspec.render.site;

import java.util.List;

/**
 * What {@link Site#write} wrote.
 *
 * @param targetPages the number of target pages
 * @param artifacts   the number of artifact files written beside them
 * @param skipped     triples with no page, each with the reason
 */
public record SiteReport(int targetPages, int artifacts, List<String> skipped) {
    public SiteReport {
        skipped = List.copyOf(skipped);
    }
}
