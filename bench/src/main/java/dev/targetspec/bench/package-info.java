/**
 * JMH benchmarks of the hot paths, and the generator of large registries that {@code bench/run.sh}
 * times. Uses the library; built only with the {@code bench} profile.
 */
package dev.targetspec.bench;
