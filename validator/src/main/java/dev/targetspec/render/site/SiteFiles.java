package dev.targetspec.render.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A documentation site before it is written.
 *
 * @param files each file's contents by its path in the site's folder, {@code /} between sub-folders
 * @param report what the site holds
 */
public record SiteFiles(Map<String, byte[]> files, SiteReport report) {
    public SiteFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
