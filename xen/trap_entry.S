/* SPDX-License-Identifier: MIT */
/* Exception entry stubs: one per vector 0..31, all funnelling into
 * trap_report(frame) in trap.c, which never returns.
 *
 * The IDT sends every vector to an IST stack (see trap.c), so the frame is
 * never pushed into the red zone of the interrupted code (musl's libc.a is
 * built with one) nor onto an overflowed stack.  In 64-bit mode the CPU
 * aligns the IST pointer to 16 bytes before pushing SS, RSP, RFLAGS, CS,
 * RIP and, for some vectors, an error code.  The stubs push a zero error
 * code where the CPU pushes none, then the vector, then the 15 general
 * registers: 22 quadwords, so %rsp stays 16-byte aligned for the call.
 * The layout matches struct trap_frame in trap.c. */

        .section .text, "ax", @progbits

.macro stub vec, has_err
        .balign 16
trap_stub_\vec:
        .if \has_err == 0
        pushq $0
        .endif
        pushq $\vec
        jmp trap_common
.endm

/* Vectors that push an error code: 8, 10-14, 17, 21, 29, 30. */
stub 0,0;  stub 1,0;  stub 2,0;  stub 3,0;  stub 4,0;  stub 5,0;  stub 6,0;  stub 7,0
stub 8,1;  stub 9,0;  stub 10,1; stub 11,1; stub 12,1; stub 13,1; stub 14,1; stub 15,0
stub 16,0; stub 17,1; stub 18,0; stub 19,0; stub 20,0; stub 21,1; stub 22,0; stub 23,0
stub 24,0; stub 25,0; stub 26,0; stub 27,0; stub 28,0; stub 29,1; stub 30,1; stub 31,0

trap_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, %rdi
        cld
        call trap_report
1:      cli
        hlt
        jmp 1b

        /* The stub addresses, for trap_init to put in the IDT. */
        .section .rodata, "a", @progbits
        .balign 8
        .globl trap_stubs
trap_stubs:
.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad trap_stub_\v
.endr

        .section .note.GNU-stack, "", @progbits
