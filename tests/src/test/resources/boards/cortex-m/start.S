/*
 * Start-up for the QEMU Cortex-M boards, written as a cortex-m-rt program would be: the linker
 * script writes the initial stack pointer (`_stack_start`) as the first word of `.vector_table`;
 * this file gives the reset vector and the 14 exception vectors in the input sections cortex-m-rt
 * uses, and copies `.data` and clears `.bss` through cortex-m-rt's symbols (`__sidata`, `__sdata`,
 * `__edata`, `__sbss`, `__ebss`). Like cortex-m-rt, it defines its handlers as `HardFault_` and
 * `DefaultHandler_` and leaves the exception names to the script's PROVIDEs: HardFault is
 * HardFault_, the others DefaultHandler, which is DefaultHandler_. Armv6-M instructions only, so
 * that the Cortex-M0 of the micro:bit runs it too.
 *
 * Semihosting (Arm "Semihosting for AArch32 and AArch64", 2.2.1): `bkpt 0xab` with the operation
 * in r0 and its argument in r1. SYS_WRITE0 (0x04) prints a NUL-terminated string, and
 * SYS_EXIT_EXTENDED (0x20) with ADP_Stopped_ApplicationExit (0x20026) ends QEMU with a code.
 */
    .syntax unified
    .thumb

    .section .vector_table.reset_vector, "a"
    .word Reset

    .section .vector_table.exceptions, "a"
    .word NonMaskableInt
    .word HardFault
    .word MemoryManagement
    .word BusFault
    .word UsageFault
    .word SecureFault
    .word 0
    .word 0
    .word 0
    .word SVCall
    .word DebugMonitor
    .word 0
    .word PendSV
    .word SysTick

    .section .text.Reset, "ax"
    .globl Reset
    .type Reset, %function
    .thumb_func
Reset:
    ldr r0, =__sidata
    ldr r1, =__sdata
    ldr r2, =__edata
1:  cmp r1, r2
    bhs 2f
    ldr r3, [r0]
    str r3, [r1]
    adds r0, r0, #4
    adds r1, r1, #4
    b 1b
2:  ldr r1, =__sbss
    ldr r2, =__ebss
    movs r3, #0
3:  cmp r1, r2
    bhs 4f
    str r3, [r1]
    adds r1, r1, #4
    b 3b
4:  mov r0, sp
    bl test_main
5:  b 5b

/* A fault: the stack may be unusable (an overflow past the start of RAM), so move to the top of
   the stack region before calling C. */
    .section .HardFault.default, "ax"
    .globl HardFault_
    .type HardFault_, %function
    .thumb_func
HardFault_:
    ldr r0, =__stack_top
    mov sp, r0
    bl fault_report
6:  b 6b

    .section .text.DefaultHandler, "ax"
    .globl DefaultHandler_
    .type DefaultHandler_, %function
    .thumb_func
DefaultHandler_:
    movs r0, #0x2f
    bl board_exit

    .text
    .globl board_write
    .type board_write, %function
    .thumb_func
board_write:
    mov r1, r0
    movs r0, #0x04
    bkpt 0xab
    bx lr

    .globl board_exit
    .type board_exit, %function
    .thumb_func
board_exit:
    sub sp, sp, #8
    ldr r1, =0x20026
    str r1, [sp]
    str r0, [sp, #4]
    mov r1, sp
    movs r0, #0x20
    bkpt 0xab
7:  b 7b

    .section .note.GNU-stack, "", %progbits
