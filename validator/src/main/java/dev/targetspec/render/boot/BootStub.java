package dev.targetspec.render.boot;

import dev.targetspec.render.Provenance;
import dev.targetspec.render.RenderException;
import dev.targetspec.render.Applicability;
import dev.targetspec.render.Artifact;
import dev.targetspec.render.Format;
import dev.targetspec.render.RenderContext;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.render.Layouts;
import dev.targetspec.spec.layout.Problem;
import dev.targetspec.spec.Target;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders the 32-bit entry code of an x86 Multiboot kernel as GNU assembler source.
 *
 * <p>For {@code x86_64}: builds page tables (the first 1 GiB identity-mapped with 2 MiB pages, and,
 * for a higher-half layout, up to {@link #HIGH_MAP_BYTES} of the kernel mapped at the virtual base
 * with 4 KiB pages), enables PAE, long mode and paging, loads a 64-bit GDT, sets the stack from the
 * layout, clears {@code .bss} and calls {@code kernel_main(magic, info)} under the System V x86-64
 * ABI. For {@code x86}: sets the stack, clears {@code .bss} and calls {@code kernel_main(magic, info)}
 * with the cdecl convention.
 *
 * <p>Facts used: the Multiboot specifications (section 3.2 of both) say the loader leaves EAX = the
 * magic value, EBX = the physical address of the boot information, protected mode without paging,
 * interrupts off and ESP undefined. The Intel SDM vol. 3A, 9.8.5 "Initializing IA-32e Mode", gives
 * the order: CR4.PAE, CR3, IA32_EFER.LME (MSR 0xC0000080 bit 8), then CR0.PG; 4.5 gives the 4-level
 * entry format (bit 0 present, bit 1 writable, bit 7 page size).
 */
public final class BootStub implements Artifact {
    private static final List<Format> FORMATS = List.of(new Format("text", "-stub.S"));
    /** How much physical memory, from address 0, the x86_64 stub maps at the same virtual address. */
    public static final BigInteger IDENTITY_MAP_BYTES = BigInteger.ONE.shiftLeft(30);
    /** How much of a higher-half kernel, from its virtual base, the x86_64 stub maps. */
    public static final BigInteger HIGH_MAP_BYTES = BigInteger.valueOf(16L << 20);
    private static final int HIGH_TABLES = 8;

    @Override
    public String name() {
        return "boot-stub";
    }

    @Override
    public String summary() {
        return "the 32-bit Multiboot entry that enters long mode and calls kernel_main";
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
        return l.arch().equals("x86") ? i686(l, context.provenance()) : x86_64(l, context.provenance());
    }

    /** The layout of an x86 Multiboot target. */
    private static Layout layout(Target target) throws RenderException {
        Layout l = Layouts.require(target);
        if (!l.multiboot() || !(l.arch().equals("x86_64") || l.arch().equals("x86"))) {
            throw new RenderException("The boot stub is for x86 and x86_64 Multiboot kernels, but `"
                    + target.triple() + "` has `arch` `" + l.arch() + "` and `boot.protocol` `" + l.protocol() + "`.",
                    List.of());
        }
        return l;
    }

    private static String magic(Layout l) {
        return l.protocol().equals("multiboot2") ? "0x36d76289" : "0x2badb002";
    }

    private static void entry(Asm a, Layout l) {
        a.heading("Entry: 32-bit protected mode, paging off, interrupts off, no stack yet");
        a.op(".section .boot.text, \"ax\"", "linked at its load address; the linker script keeps it in .boot");
        a.op(".code32");
        a.op(".globl " + l.entrySymbol());
        a.op(".type " + l.entrySymbol() + ", @function");
        a.line(l.entrySymbol() + ":");
        a.op("cli", "no interrupts until the kernel has an IDT");
        a.op("cld", "string instructions count up (the ABI requires DF clear)");
        a.op("movl %eax, %ebp", "keep the loader's magic (" + magic(l) + ")");
        a.op("movl %ebx, %esi", "keep the physical address of the boot information");
    }

    private static void halt(Asm a, Layout l) {
        a.line("");
        a.line("    /* " + l.mainSymbol() + " must not return; if it does, stop this CPU. */");
        a.line("boot_halt:");
        a.op("cli");
        a.op("hlt");
        a.op("jmp boot_halt");
        a.op(".size " + l.entrySymbol() + ", . - " + l.entrySymbol());
    }

    private static String i686(Layout l, Provenance p) {
        Asm a = new Asm();
        a.provenance("Multiboot boot stub (32-bit)", l, p,
                "Enters at " + l.entrySymbol() + " in 32-bit protected mode as Multiboot leaves it (Multiboot",
                "specifications, section 3.2): EAX holds the magic, EBX the physical address of the boot",
                "information, ESP is undefined. It clears .bss, sets the stack to __stack_top (from the",
                "linker script) and calls",
                "    void " + l.mainSymbol() + "(uint32_t magic, uint32_t info);",
                "with the cdecl convention. The GDT the loader set up stays in use: load your own before",
                "reloading a segment register.");
        entry(a, l);
        a.heading("Clear .bss (the stack is above __bss_end and is not cleared)");
        a.op("movl $__bss_start, %edi");
        a.op("movl $__bss_end, %ecx");
        a.op("subl %edi, %ecx");
        a.op("xorl %eax, %eax");
        a.op("rep stosb");
        a.heading("Stack, then the call");
        a.op("movl $__stack_top, %esp", "from the layout: " + Address.human(l.stack().size()));
        a.op("subl $8, %esp", "so that ESP is 16-byte aligned at the call");
        a.op("pushl %esi", "second argument: boot information");
        a.op("pushl %ebp", "first argument: magic");
        a.op("xorl %ebp, %ebp", "end of the frame-pointer chain");
        a.op("call " + l.mainSymbol());
        halt(a, l);
        a.noteStack();
        return a.text();
    }

    private static String x86_64(Layout l, Provenance p) throws RenderException {
        BigInteger vb = l.virtualBase().orElseThrow();
        BigInteger load = l.loadBase().orElseThrow();
        boolean high = l.higherHalf();
        int pml4 = vb.shiftRight(39).intValue() & 511;
        int pdpt = vb.shiftRight(30).intValue() & 511;
        int pd = vb.shiftRight(21).intValue() & 511;
        int pt = vb.shiftRight(12).intValue() & 511;
        if (high && pml4 == 0) {
            throw new RenderException("The boot stub maps a higher-half kernel through its own top-level entry,"
                    + " but `layout.virtual-base` `" + Address.hex(vb) + "` shares the first 512 GiB with the"
                    + " identity map; link at `0xffffffff80000000`.", List.of(new Problem("layout-grub-physical",
                    "/layout/virtual-base", "`layout.virtual-base` must be at or above 512 GiB for the boot stub.")));
        }
        if (high && pd + HIGH_TABLES + (pt == 0 ? 0 : 1) > 512) {
            throw new RenderException("The boot stub maps " + Address.human(HIGH_MAP_BYTES) + " from"
                    + " `layout.virtual-base` `" + Address.hex(vb) + "` inside one 1 GiB table, but that range"
                    + " crosses a 1 GiB boundary; move the virtual base down.", List.of());
        }
        int tables = HIGH_TABLES + (pt == 0 ? 0 : 1);
        Asm a = new Asm();
        a.provenance("Multiboot boot stub (32-bit entry to 64-bit long mode)", l, p,
                "Enters at " + l.entrySymbol() + " in 32-bit protected mode as Multiboot leaves it (Multiboot",
                "specifications, section 3.2): EAX holds the magic, EBX the physical address of the boot",
                "information, paging is off. Following the Intel SDM vol. 3A, 9.8.5, it:",
                "  1. builds page tables in .boot.bss: the first " + Address.human(IDENTITY_MAP_BYTES)
                        + " identity-mapped with 2 MiB pages" + (high ? "," : ";"),
                high ? "     and " + Address.human(HIGH_MAP_BYTES) + " at " + Address.hex(vb) + " mapped to "
                        + Address.hex(load) + " with 4 KiB pages;" : "",
                "  2. enables CR4.PAE, loads CR3, sets IA32_EFER.LME and enables CR0.PG;",
                "  3. loads a 64-bit GDT (selector 0x08 code, 0x10 data) and jumps to 64-bit code;",
                "  4. sets RSP to __stack_top, clears .bss and calls",
                "       void " + l.mainSymbol() + "(uint32_t magic, uint32_t info);",
                "     with the System V ABI: magic in EDI, info (a physical address) in ESI.",
                "Interrupts stay off: the kernel must load an IDT before enabling them.");
        a.line("");
        a.op(".set LOAD_BASE, " + Address.hex(load), "layout.load-base");
        entry(a, l);

        a.heading("Clear the page tables (not every loader clears .boot.bss)");
        a.op("movl $boot_page_tables, %edi");
        a.op("movl $((boot_page_tables_end - boot_page_tables) / 4), %ecx");
        a.op("xorl %eax, %eax");
        a.op("rep stosl");

        a.heading("Identity map: PML4[0] -> PDPT[0] -> 512 pages of 2 MiB");
        a.op("movl $(boot_pdpt_low + 3), %eax", "present | writable");
        a.op("movl %eax, boot_pml4");
        a.op("movl $(boot_pd_low + 3), %eax");
        a.op("movl %eax, boot_pdpt_low");
        a.op("movl $boot_pd_low, %edi");
        a.op("movl $0x83, %eax", "present | writable | 2 MiB page, physical 0");
        a.op("movl $512, %ecx");
        a.line("1:");
        a.op("movl %eax, (%edi)");
        a.op("addl $0x200000, %eax");
        a.op("addl $8, %edi");
        a.op("loop 1b");
        if (high) {
            a.heading("Higher half: PML4[" + pml4 + "] -> PDPT[" + pdpt + "] -> PD[" + pd + ".."
                    + (pd + tables - 1) + "] -> page tables, kernel pages from LOAD_BASE");
            a.op("movl $(boot_pdpt_high + 3), %eax");
            a.op("movl %eax, boot_pml4 + " + (pml4 * 8));
            a.op("movl $(boot_pd_high + 3), %eax");
            a.op("movl %eax, boot_pdpt_high + " + (pdpt * 8));
            a.op("movl $(boot_pd_high + " + (pd * 8) + "), %edi");
            a.op("movl $(boot_pt_high + 3), %eax");
            a.op("movl $" + tables + ", %ecx");
            a.line("1:");
            a.op("movl %eax, (%edi)");
            a.op("addl $0x1000, %eax");
            a.op("addl $8, %edi");
            a.op("loop 1b");
            a.op("movl $(boot_pt_high + " + (pt * 8) + "), %edi");
            a.op("movl $(LOAD_BASE + 3), %eax", "first kernel page, present | writable");
            a.op("movl $__kernel_phys_end, %ecx", "pages to map: (__kernel_phys_end - LOAD_BASE) / 4 KiB, rounded up");
            a.op("subl $LOAD_BASE, %ecx");
            a.op("addl $0xfff, %ecx");
            a.op("shrl $12, %ecx");
            a.line("1:");
            a.op("movl %eax, (%edi)");
            a.op("addl $0x1000, %eax");
            a.op("addl $8, %edi");
            a.op("loop 1b");
        }

        a.heading("Long mode: PAE, CR3, EFER.LME, then paging");
        a.op("movl %cr4, %eax");
        a.op("orl $(1 << 5), %eax", "CR4.PAE");
        a.op("movl %eax, %cr4");
        a.op("movl $boot_pml4, %eax");
        a.op("movl %eax, %cr3");
        a.op("movl $0xc0000080, %ecx", "IA32_EFER");
        a.op("rdmsr");
        a.op("orl $(1 << 8), %eax", "EFER.LME");
        a.op("wrmsr");
        a.op("movl %cr0, %eax");
        a.op("orl $0x80000001, %eax", "CR0.PG | CR0.PE");
        a.op("movl %eax, %cr0");
        a.op("lgdt boot_gdt_pointer");
        a.op("ljmp $0x08, $boot_long_mode", "reload CS with the 64-bit code segment");

        a.heading("64-bit code");
        a.op(".code64");
        a.line("boot_long_mode:");
        a.op("movw $0x10, %ax", "data segment");
        a.op("movw %ax, %ds");
        a.op("movw %ax, %es");
        a.op("movw %ax, %ss");
        a.op("xorw %ax, %ax");
        a.op("movw %ax, %fs");
        a.op("movw %ax, %gs");
        a.op("movabsq $__stack_top, %rsp", "from the layout: " + Address.human(l.stack().size()));
        a.op("movabsq $__bss_start, %rdi", "clear .bss (the stack is above __bss_end)");
        a.op("movabsq $__bss_end, %rcx");
        a.op("subq %rdi, %rcx");
        a.op("xorl %eax, %eax");
        a.op("rep stosb");
        a.op("movl %ebp, %edi", "first argument: magic (zero-extended)");
        a.op("movl %esi, %esi", "second argument: boot information (zero-extended)");
        a.op("xorl %ebp, %ebp", "end of the frame-pointer chain");
        a.op("movabsq $" + l.mainSymbol() + ", %rax", "an absolute call reaches a higher-half kernel");
        a.op("call *%rax");
        halt(a, l);

        a.heading("GDT: null, 64-bit code (0x08), data (0x10) (Intel SDM vol. 3A, 3.4.5)");
        a.op(".section .boot.rodata, \"a\"");
        a.op(".balign 8");
        a.line("boot_gdt:");
        a.op(".quad 0", "null descriptor");
        a.op(".quad 0x00af9a000000ffff", "code: present, ring 0, executable, L=1 (64-bit)");
        a.op(".quad 0x00cf92000000ffff", "data: present, ring 0, writable");
        a.line("boot_gdt_end:");
        a.line("boot_gdt_pointer:");
        a.op(".word boot_gdt_end - boot_gdt - 1", "limit");
        a.op(".long boot_gdt", "base (a 32-bit physical address: lgdt runs in 32-bit mode)");

        a.heading("Page tables, 4 KiB each");
        a.op(".section .boot.bss, \"aw\", @nobits");
        a.op(".balign 4096");
        a.line("boot_page_tables:");
        a.line("boot_pml4:");
        a.op(".skip 4096");
        a.line("boot_pdpt_low:");
        a.op(".skip 4096");
        a.line("boot_pd_low:");
        a.op(".skip 4096");
        if (high) {
            a.line("boot_pdpt_high:");
            a.op(".skip 4096");
            a.line("boot_pd_high:");
            a.op(".skip 4096");
            a.line("boot_pt_high:");
            a.op(".skip 4096 * " + tables, Address.human(HIGH_MAP_BYTES) + " of 4 KiB pages");
        }
        a.line("boot_page_tables_end:");
        a.noteStack();
        return a.text();
    }
}
