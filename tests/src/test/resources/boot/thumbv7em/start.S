/*
 * Start-up for QEMU `mps2-an386` (Cortex-M4). The core loads SP and PC from the vector table at
 * address 0 (Armv7-M ARM, B1.5.5). UART: the CMSDK APB UART0 at 0x40004000 (QEMU hw/arm/mps2.c),
 * DATA at +0, CTRL at +8 (bit 0 enables transmit). Exit: Arm semihosting SYS_EXIT_EXTENDED (0x20)
 * with ADP_Stopped_ApplicationExit (0x20026) and the code, through `bkpt 0xab`.
 */
    .syntax unified
    .thumb

    /* The linker script writes the initial stack pointer first; the reset vector and the exception
       vectors follow, in the input sections cortex-m-rt uses. */
    .section .vector_table.reset_vector, "a"
    .word Reset
    .section .vector_table.exceptions, "a"
    .word fault                     /* NMI */
    .word fault                     /* HardFault */
    .rept 12
    .word fault
    .endr

    .section .text.boot, "ax"
    .globl Reset
    .thumb_func
Reset:
    ldr r0, =__data_load_start      /* copy .data from flash to RAM */
    ldr r1, =__data_start
    ldr r2, =__data_end
1:  cmp r1, r2
    bhs 2f
    ldr r3, [r0], #4
    str r3, [r1], #4
    b 1b
2:  ldr r1, =__bss_start
    ldr r2, =__bss_end
    movs r3, #0
3:  cmp r1, r2
    bhs 4f
    strb r3, [r1], #1
    b 3b
4:  ldr r0, =0xe000ed88             /* CPACR: full access to CP10 and CP11 (the FPU) */
    ldr r1, [r0]
    orr r1, r1, #(0xf << 20)
    str r1, [r0]
    dsb
    isb
    ldr r0, =0x40004008             /* UART0 CTRL: transmit enable */
    movs r1, #1
    str r1, [r0]
    bl test_main
    .thumb_func
fault:
    b fault

    .text
    .globl board_putc
    .thumb_func
board_putc:
    ldr r1, =0x40004000
    strb r0, [r1]
    bx lr

    .globl board_exit
    .thumb_func
board_exit:
    sub sp, sp, #8
    ldr r1, =0x20026
    str r1, [sp]
    str r0, [sp, #4]
    mov r1, sp
    movs r0, #0x20
    bkpt 0xab
5:  b 5b

    .section .note.GNU-stack, "", %progbits
