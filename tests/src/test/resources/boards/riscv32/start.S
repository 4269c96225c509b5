/*
 * Start-up for QEMU `sifive_e` (the FE310), written as a riscv-rt program would be: `_start` in
 * `.init`, the data copied and cleared through riscv-rt's symbols (`_sidata`, `_sdata`, `_edata`,
 * `_sbss`, `_ebss`), the stack from `_stack_start`, gp from `__global_pointer$`. The reset code in
 * QEMU's mask ROM jumps to 0x20400000, where the spec's `layout.text-start` puts `.text`.
 *
 * A trap (the store that overflows the stack past the start of RAM) resets sp to the top of the
 * stack region and calls fault_report. Semihosting (RISC-V Semihosting 0.2): the operation in a0,
 * its argument in a1, and the sequence `slli zero, zero, 0x1f; ebreak; srai zero, zero, 7`,
 * uncompressed. SYS_WRITE0 (0x04) prints a string; SYS_EXIT_EXTENDED (0x20) with
 * ADP_Stopped_ApplicationExit (0x20026) ends QEMU with a code.
 */
    .section .init, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, _stack_start
    la t0, trap
    csrw mtvec, t0
    la t0, _sidata
    la t1, _sdata
    la t2, _edata
1:  bgeu t1, t2, 2f
    lw t3, 0(t0)
    sw t3, 0(t1)
    addi t0, t0, 4
    addi t1, t1, 4
    j 1b
2:  la t1, _sbss
    la t2, _ebss
3:  bgeu t1, t2, 4f
    sw zero, 0(t1)
    addi t1, t1, 4
    j 3b
4:  mv a0, sp
    call test_main
5:  j 5b

    .section .trap, "ax"
    .balign 4
trap:
    la sp, __stack_top
    call fault_report
6:  j 6b

    .text
    .globl board_write
board_write:
    mv a1, a0
    li a0, 0x04
    .balign 16
    .option push
    .option norvc
    slli zero, zero, 0x1f
    ebreak
    srai zero, zero, 7
    .option pop
    ret

    .globl board_exit
board_exit:
    addi sp, sp, -16
    li t0, 0x20026
    sw t0, 0(sp)
    sw a0, 4(sp)
    mv a1, sp
    li a0, 0x20
    .balign 16
    .option push
    .option norvc
    slli zero, zero, 0x1f
    ebreak
    srai zero, zero, 7
    .option pop
7:  j 7b

    .section .note.GNU-stack, "", @progbits
