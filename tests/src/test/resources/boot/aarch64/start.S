/*
 * Start-up for QEMU `virt` (aarch64), entered at EL1 at the ELF entry point. UART: the PL011 at
 * 0x09000000 (QEMU hw/arm/virt.c, VIRT_UART). Exit: Arm semihosting SYS_EXIT (0x18) with
 * ADP_Stopped_ApplicationExit (0x20026) and the exit code, through `hlt #0xf000` (Arm "Semihosting
 * for AArch32 and AArch64", 5.17).
 */
    .section .text.boot, "ax"
    .globl _start
_start:
    adrp x0, __stack_top
    add x0, x0, :lo12:__stack_top
    mov sp, x0
    // aarch64-unknown-none's code uses the FP/SIMD registers, which trap at EL1 until CPACR_EL1.FPEN
    // allows them; the entry artifact asks the start-up code to allow them before any C or Rust runs.
    mov x0, #(3 << 20)
    msr cpacr_el1, x0
    isb
    adrp x0, __bss_start
    add x0, x0, :lo12:__bss_start
    adrp x1, __bss_end
    add x1, x1, :lo12:__bss_end
1:  cmp x0, x1
    b.hs 2f
    strb wzr, [x0], #1
    b 1b
2:  bl test_main
3:  wfe
    b 3b

    .text
    .globl board_putc
board_putc:
    mov x1, #0x09000000
    strb w0, [x1]
    ret

    .globl board_exit
board_exit:
    sub sp, sp, #16
    mov x1, #0x0026
    movk x1, #0x2, lsl #16
    str x1, [sp]
    sxtw x0, w0
    str x0, [sp, #8]
    mov x1, sp
    mov x0, #0x18
    hlt #0xf000
4:  b 4b

    .section .note.GNU-stack, "", @progbits
