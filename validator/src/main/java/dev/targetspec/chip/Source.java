package dev.targetspec.chip;

/**
 * Where a chip's data comes from.
 *
 * @param repository the GitHub repository, {@code owner/name}
 * @param commit the commit the data was imported from
 * @param path the file in that repository
 */
public record Source(String repository, String commit, String path) {
}
