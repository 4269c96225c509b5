package dev.targetspec.render.site;

/** The forms {@link Site} writes. */
public enum SiteFormat {
    /** Static HTML with a stylesheet and a script, usable from {@code file://} or any static host. */
    HTML,
    /** Markdown pages and a {@code SUMMARY.md}, for an mdBook. */
    MARKDOWN
}
