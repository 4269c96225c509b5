/**
 * The cflags artifact: the clang and GCC flags that compile C code to match a target (its LLVM
 * triple, freestanding or hosted, red zone, code model, SIMD and float registers, position
 * independence, {@code -march} and {@code -mabi}), each with the reason. The entry artifact shows
 * them too. Uses {@code render}, {@code spec.layout} and {@code spec}.
 */
package dev.targetspec.render.cflags;
