/*
 * Entry for an x86_64 kernel that a loader starts in long mode at its link address (the
 * x86_64-unknown-none seeds): set the stack from the linker script and call kernel_main.
 */
    .section .text.boot, "ax"
    .globl _start
_start:
    movabsq $__stack_top, %rsp
    xorl %edi, %edi
    xorl %esi, %esi
    call kernel_main
1:  hlt
    jmp 1b

    .section .note.GNU-stack, "", @progbits
