/*
 * A Multiboot kernel_main for the boot tests: checks what the loader and the boot stub hand over,
 * prints one line on COM1 and leaves QEMU through the isa-debug-exit device (port 0xf4), which
 * makes QEMU exit with (value << 1) | 1.
 *
 * Build with -DEXPECTED_MAGIC=0x2badb002 (Multiboot 1) or 0x36d76289 (Multiboot 2).
 */
typedef unsigned int u32;
typedef unsigned long uptr;

static inline void outb(unsigned short port, unsigned char value) {
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline void outl(unsigned short port, u32 value) {
    __asm__ volatile("outl %0, %1" : : "a"(value), "Nd"(port));
}

static void putc_serial(char c) {
    outb(0x3f8, (unsigned char)c);
}

static void puts_serial(const char *s) {
    while (*s) {
        putc_serial(*s++);
    }
}

static void puthex(uptr v) {
    puts_serial("0x");
    for (int shift = (int)sizeof(uptr) * 8 - 4; shift >= 0; shift -= 4) {
        putc_serial("0123456789abcdef"[(v >> shift) & 0xf]);
    }
}

static volatile u32 initialised = 41;   /* .data: the loader must copy it */
static volatile u32 zeroed;             /* .bss: the stub must clear it */
extern char __stack_bottom[], __stack_top[];

void kernel_main(u32 magic, u32 info) {
    char here;
    int ok = magic == EXPECTED_MAGIC && info != 0 && initialised == 41 && zeroed == 0
            && &here > __stack_bottom && &here < __stack_top;
    puts_serial(ok ? "boot ok" : "boot FAILED");
    puts_serial(" magic=");
    puthex(magic);
    puts_serial(" main=");
    puthex((uptr)&kernel_main);
    puts_serial("\n");
    outl(0xf4, ok ? 0x21 : 0x22);
    for (;;) {
        __asm__ volatile("cli; hlt");
    }
}
