/*
 * A static x86_64 Linux program with no libc: writes one line and exits with 42, through the
 * write (1) and exit_group (231) system calls (Linux arch/x86/entry/syscalls/syscall_64.tbl).
 */
static const char message[] = "hello from targetspec\n";   /* .rodata */
static volatile long status = 42;                            /* .data */
static volatile long cleared;                                /* .bss */

static long syscall3(long n, long a, long b, long c) {
    long ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return ret;
}

__attribute__((noreturn)) void _start(void) {
    syscall3(1, 1, (long)message, sizeof message - 1);
    syscall3(231, status + cleared, 0, 0);
    __builtin_unreachable();
}
