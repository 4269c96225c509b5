package dev.targetspec.render.boot;

import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Applicability;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.render.Layouts;
import dev.targetspec.spec.Target;
import java.util.List;

/**
 * Renders the Multiboot 1 or Multiboot 2 header as GNU assembler source, checksum computed, in the
 * input section {@code boot.header-section}.
 *
 * <p>Constants: the Multiboot Specification version 0.6.96, section 3.1 (header magic
 * {@code 0x1BADB002}, within the first 8192 bytes, 32-bit aligned; flags bit 0 page-align modules,
 * bit 1 memory information); the Multiboot2 Specification version 2.0, section 3.1 (magic
 * {@code 0xE85250D6}, within the first 32768 bytes, 64-bit aligned; architecture 0 is 32-bit
 * protected-mode i386; tags 8-byte aligned, ended by a tag of type 0 and size 8).
 */
public final class BootHeader implements Artifact {
    private static final List<Format> FORMATS = List.of(new Format("text", "-header.S"));
    /** Multiboot 1 header magic (Multiboot Specification 0.6.96, 3.1.1). */
    public static final long MULTIBOOT1_MAGIC = 0x1BADB002L;
    /** Multiboot 2 header magic (Multiboot2 Specification 2.0, 3.1.1). */
    public static final long MULTIBOOT2_MAGIC = 0xE85250D6L;
    /** Multiboot 2 architecture field: 32-bit protected mode of i386 (3.1.1). */
    public static final long MULTIBOOT2_ARCH_I386 = 0;

    @Override
    public String name() {
        return "boot-header";
    }

    @Override
    public String summary() {
        return "the Multiboot 1 or 2 header, as GNU assembler source";
    }

    @Override
    public List<Format> formats() {
        return FORMATS;
    }

    @Override
    public CratePart cratePart() {
        return CratePart.ASSEMBLY;
    }

    @Override
    public Applicability applicability(Target target) {
        try {
            layout(target);
            return Applicability.APPLIES;
        } catch (RenderException e) {
            return Applicability.of(e);
        }
    }

    @Override
    public String render(Target target, Format format, RenderContext context) throws RenderException {
        Layout l = layout(target);
        return l.protocol().equals("multiboot") ? multiboot1(l, context.provenance())
                : multiboot2(l, context.provenance());
    }

    /** The layout of a Multiboot target. */
    private static Layout layout(Target target) throws RenderException {
        Layout l = Layouts.require(target);
        if (!l.multiboot()) {
            throw new RenderException("`" + target.triple() + "` has `boot.protocol` `" + l.protocol()
                    + "`, which has no boot header; only `multiboot` and `multiboot2` do.", List.of());
        }
        return l;
    }

    /** The sum a Multiboot checksum field completes to zero modulo 2^32. */
    static long checksum(long... words) {
        long sum = 0;
        for (long w : words) {
            sum += w;
        }
        return -sum & 0xffffffffL;
    }

    private static String multiboot1(Layout l, Provenance p) {
        long flags = l.multibootFlags();
        long sum = checksum(MULTIBOOT1_MAGIC, flags);
        Asm a = new Asm();
        a.provenance("Multiboot 1 header", l, p,
                "The Multiboot Specification 0.6.96, section 3.1: the header is the magic, the flags and",
                "a checksum that makes the three words sum to 0 mod 2^32; it must be 4-byte aligned and",
                "lie wholly in the first 8192 bytes of the file. The linker script puts this section",
                "first and checks both.");
        a.heading("Header");
        a.op(".section " + l.headerSection().orElseThrow() + ", \"a\"", "allocated, so it lands in a PT_LOAD");
        a.op(".balign 4", "Multiboot 1 wants 4-byte alignment");
        a.line("multiboot_header:");
        a.op(".long " + Asm.hex(MULTIBOOT1_MAGIC), "magic");
        a.op(".long " + Asm.hex(flags), "flags:" + ((flags & 1) != 0 ? " bit 0 page-align modules" : "")
                + ((flags & 2) != 0 ? " bit 1 memory information" : ""));
        a.op(".long " + Asm.hex(sum), "checksum: -(magic + flags) mod 2^32");
        a.line("multiboot_header_end:");
        a.noteStack();
        return a.text();
    }

    private static String multiboot2(Layout l, Provenance p) {
        long length = 16;
        for (Layout.HeaderTag t : l.multiboot2Tags()) {
            length += (tagSize(t) + 7) & ~7L;
        }
        length += 8;
        long sum = checksum(MULTIBOOT2_MAGIC, MULTIBOOT2_ARCH_I386, length);
        Asm a = new Asm();
        a.provenance("Multiboot 2 header", l, p,
                "The Multiboot2 Specification 2.0, section 3.1: magic, architecture, header length and a",
                "checksum that makes those four words sum to 0 mod 2^32, then 8-byte aligned tags ended",
                "by a tag of type 0 and size 8. The header must be 8-byte aligned and lie wholly in the",
                "first 32768 bytes of the file; the linker script puts this section first and checks both.");
        a.heading("Header");
        a.op(".section " + l.headerSection().orElseThrow() + ", \"a\"", "allocated, so it lands in a PT_LOAD");
        a.op(".balign 8", "Multiboot 2 wants 8-byte alignment");
        a.line("multiboot_header:");
        a.op(".long " + Asm.hex(MULTIBOOT2_MAGIC), "magic");
        a.op(".long " + Asm.hex(MULTIBOOT2_ARCH_I386), "architecture: 0 = 32-bit protected-mode i386");
        a.op(".long " + length, "header length in bytes, tags included");
        a.op(".long " + Asm.hex(sum), "checksum: -(magic + architecture + length) mod 2^32");
        for (Layout.HeaderTag t : l.multiboot2Tags()) {
            a.heading("Tag: " + t.kind().json() + (t.optional() ? " (optional)" : " (required)"));
            a.op(".balign 8");
            a.op(".short " + t.kind().type(), "type");
            a.op(".short " + (t.optional() ? 1 : 0), "flags: bit 0 = optional");
            a.op(".long " + tagSize(t), "size");
            switch (t.kind()) {
                case INFORMATION_REQUEST -> {
                    for (long v : t.values()) {
                        a.op(".long " + v, "requested information type");
                    }
                }
                case CONSOLE_FLAGS -> a.op(".long " + Asm.hex(t.values().get(0)), "console flags");
                case FRAMEBUFFER -> {
                    a.op(".long " + t.values().get(0), "width (0: no preference)");
                    a.op(".long " + t.values().get(1), "height (0: no preference)");
                    a.op(".long " + t.values().get(2), "depth in bits per pixel (0: no preference)");
                }
                case MODULE_ALIGN -> {
                }
            }
        }
        a.heading("End tag");
        a.op(".balign 8");
        a.op(".short 0", "type: end");
        a.op(".short 0", "flags");
        a.op(".long 8", "size");
        a.line("multiboot_header_end:");
        a.noteStack();
        return a.text();
    }

    private static long tagSize(Layout.HeaderTag t) {
        return switch (t.kind()) {
            case INFORMATION_REQUEST -> 8 + 4L * t.values().size();
            case CONSOLE_FLAGS -> 12;
            case FRAMEBUFFER -> 20;
            case MODULE_ALIGN -> 8;
        };
    }
}
