package dev.targetspec.render;

/**
 * One form an artifact can be written in.
 *
 * @param name the value of {@code --format}, such as {@code text}, {@code json} or {@code ld}
 * @param suffix what follows the triple in the file's name, such as {@code .ld} or {@code -entry.md}
 */
public record Format(String name, String suffix) {
}
