package dev.targetspec.render.intrinsics;

/** The groups runtime routines fall into. */
public enum Family {
    /** Block copies, fills and comparisons: memcpy and friends, or their ARM EABI forms. */
    MEMORY("memory"),
    /** Integer division, remainder, multiplication, shifts and bit counts the hardware lacks. */
    INTEGER("integer"),
    /** Floating-point arithmetic, comparison and conversion done in software. */
    FLOAT("float"),
    /** Atomic operations wider than, or of a kind, the hardware does not do inline. */
    ATOMICS("atomics"),
    /** The routine that touches each page of a large stack frame. */
    STACK_PROBE("stack-probe"),
    /** C math library functions the compiler calls for Rust operators ({@code %} on floats, min, max). */
    LIBM("libm"),
    /** Personality routines the unwind tables name. */
    UNWIND("unwind"),
    /** Hooks of a sanitizer runtime the target enables by default. */
    SANITIZER("sanitizer"),
    /** Symbols the object refers to that the linker or the platform's loader defines. */
    LINKER("linker");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The family's name in the JSON and text output. */
    public String id() {
        return id;
    }
}
