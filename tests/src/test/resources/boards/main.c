/*
 * The program every board test runs. It checks that start-up code copied `.data` and cleared
 * `.bss`, and that the stack is where the linker script says; it prints what it found over
 * semihosting and exits QEMU with 0x21 (0x22 when a check fails).
 *
 * Built with -DOVERFLOW it recurses until the stack overflows instead. Each level checks that
 * `.data`, `.bss` and `.uninit` are intact: when the stack has run into them it prints
 * "corrupted" and exits with 0x24. When the overflow faults first (the stack at the start of RAM,
 * as flip-link places it), the fault handler prints "fault" and exits with 0x23 if they are intact.
 * With -DMPU_GUARD as well, it first makes the memory below the stack fault (see guard_below_stack).
 * board_write and board_exit come from the board's start.S; so does the fault handler's call of
 * fault_report, on a fresh stack.
 */
void board_write(const char *s);
void board_exit(int code) __attribute__((noreturn));

#define GUARD 0x5a5aa5a5u

static volatile unsigned initialised = 41;     /* .data */
static volatile unsigned zeroed;               /* .bss */
/* Not cleared at start-up; above .bss, so a stack that grows down into the data meets it first. It is
   larger than a stack frame, so that no frame can land below it without overwriting part of it. */
static volatile unsigned guard[64] __attribute__((section(".uninit.guard")));
static volatile unsigned depth;                /* .bss: how deep the recursion got */
static volatile unsigned lowest;               /* .bss: the lowest stack address reached */
static const char hex[] = "0123456789abcdef";  /* .rodata */
extern char __stack_bottom[], __stack_top[], __data_start[], __bss_end[];

static void put_hex(unsigned long v) {
    char b[2 + 2 * sizeof v + 1];
    b[0] = '0';
    b[1] = 'x';
    for (unsigned i = 0; i < 2 * sizeof v; i++) {
        b[2 + i] = hex[(v >> (4 * (2 * sizeof v - 1 - i))) & 0xf];
    }
    b[sizeof b - 1] = 0;
    board_write(b);
}

static void report(const char *what, unsigned long v) {
    board_write(what);
    put_hex(v);
}

static int intact(void) {
    for (unsigned i = 0; i < 64; i++) {
        if (guard[i] != GUARD) {
            return 0;
        }
    }
    return initialised == 41 && zeroed == 0;
}

void fault_report(void) {
    report("fault depth=", depth);
    report(" lowest=", lowest);
    board_write(intact() ? " memory intact\n" : " memory corrupted\n");
    board_exit(intact() ? 0x23 : 0x24);
}

#ifdef MPU_GUARD
/*
 * QEMU's netduino2 and Stellaris machines ignore accesses to unmapped memory (their models keep the
 * behaviour QEMU had before it modelled bus errors), where the chips raise a bus fault. A no-access
 * MPU region over the 256 bytes below the stack makes the first store past it fault, as on the chips
 * (Armv7-M ARM, B3.5: MPU_CTRL 0xe000ed94, then MPU_RNR, MPU_RBAR, MPU_RASR).
 */
static void guard_below_stack(void) {
    volatile unsigned *mpu = (volatile unsigned *)0xe000ed94;
    mpu[1] = 0;
    mpu[2] = ((unsigned)(unsigned long)__stack_bottom - 256u) & ~0xffu;
    mpu[3] = (1u << 28) | (7u << 1) | 1u;    /* XN, no access, 2^(7+1) bytes, enabled */
    mpu[0] = 5u;                             /* PRIVDEFENA: the default map elsewhere; ENABLE */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
}
#endif

#ifdef OVERFLOW
__attribute__((noinline)) static unsigned recurse(unsigned n) {
    volatile unsigned frame[16];
    for (unsigned i = 0; i < 16; i++) {
        frame[i] = n + i;
    }
    lowest = (unsigned long)frame;
    depth = n;
    if (!intact()) {
        report("corrupted depth=", n);
        report(" lowest=", lowest);
        board_write("\n");
        board_exit(0x24);
    }
    return recurse(n + 1) + frame[n & 15];
}
#endif

void test_main(unsigned long sp) {
    char here;
    int data_ok = initialised == 41;
    int bss_ok = zeroed == 0;
    int stack_ok = (char *)sp > __stack_bottom && (char *)sp <= __stack_top && &here > __stack_bottom
            && &here < __stack_top;
    report("data=", initialised);
    report(" bss=", zeroed);
    report(" sp=", sp);
    report(" stack=", (unsigned long)__stack_bottom);
    report("..", (unsigned long)__stack_top);
    board_write(data_ok && bss_ok && stack_ok ? " checks ok\n" : " checks FAILED\n");
#ifdef OVERFLOW
    for (unsigned i = 0; i < 64; i++) {
        guard[i] = GUARD;
    }
#ifdef MPU_GUARD
    guard_below_stack();
#endif
    recurse(0);
#endif
    board_exit(data_ok && bss_ok && stack_ok ? 0x21 : 0x22);
}
