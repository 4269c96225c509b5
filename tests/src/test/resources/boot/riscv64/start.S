/*
 * Start-up for an S-mode kernel on QEMU `virt` behind OpenSBI (a0 = hart id, a1 = device tree).
 * UART: the NS16550A at 0x10000000 (QEMU hw/riscv/virt.c, VIRT_UART0). Exit: the SiFive test
 * device at 0x100000 (VIRT_TEST); writing (code << 16) | 0x3333 makes QEMU exit with `code`
 * (QEMU hw/misc/sifive_test.c, FINISHER_FAIL).
 */
    .section .text.boot, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, __stack_top
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sb zero, 0(t0)
    addi t0, t0, 1
    j 1b
2:  call test_main
3:  wfi
    j 3b

    .text
    .globl board_putc
board_putc:
    li t0, 0x10000000
    sb a0, 0(t0)
    ret

    .globl board_exit
board_exit:
    li t0, 0x100000
    slli a0, a0, 16
    li t1, 0x3333
    or a0, a0, t1
    sw a0, 0(t0)
4:  j 4b

    .section .note.GNU-stack, "", @progbits
