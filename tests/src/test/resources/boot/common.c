/*
 * The program the aarch64, riscv64 and thumbv7em boot tests run: checks that start-up code copied
 * .data and cleared .bss and that the stack is where the linker script put it, prints one line on
 * the board's UART and exits QEMU with code 0x21 (0x22 on failure). board_putc and board_exit come
 * from the board's start.S.
 */
void board_putc(char c);
void board_exit(int code) __attribute__((noreturn));

static volatile int initialised = 41;   /* .data */
static volatile int zeroed;             /* .bss */
static const char hex[] = "0123456789abcdef";   /* .rodata */
extern char __stack_bottom[], __stack_top[];

static void puts_uart(const char *s) {
    while (*s) {
        board_putc(*s++);
    }
}

static void puthex(unsigned long v) {
    puts_uart("0x");
    for (int shift = (int)sizeof(v) * 8 - 4; shift >= 0; shift -= 4) {
        board_putc(hex[(v >> shift) & 0xf]);
    }
}

void test_main(void) {
    char here;
    int ok = initialised == 41 && zeroed == 0 && &here > __stack_bottom && &here < __stack_top;
    puts_uart(ok ? "boot ok" : "boot FAILED");
    puts_uart(" main=");
    puthex((unsigned long)&test_main);
    puts_uart("\n");
    board_exit(ok ? 0x21 : 0x22);
}
