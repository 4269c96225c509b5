/**
 * What a target's memory layout is: its regions, sections, stack and boot header, read from the
 * {@code boot}, {@code layout} and {@code entry} sections with every default filled in and every
 * problem named with its rule; the policy for linker names; and which boot protocol starts a target.
 * Validation rules and renderers both read it. Uses {@code spec}, {@code json} and {@code diag}.
 */
package dev.targetspec.spec.layout;
