/* SPDX-License-Identifier: MIT */
/* PVH entry of the xenlet image.
 *
 * Xen (and QEMU's -kernel PVH loader) find xen_pvh_entry through the Xen ELF
 * note XEN_ELFNOTE_PHYS32_ENTRY and jump to it in 32-bit protected mode with
 * paging off, flat segments, interrupts off and %ebx = physical address of
 * struct hvm_start_info.  There is no stack yet.
 *
 * What this file promises to the C side (xen_start in start.c):
 *  - .bss is zeroed; the entry TSC and the start_info address are saved;
 *  - long mode with a boot identity map of the low 1 GiB (2 MiB pages,
 *    RWX: replaced by paging_init's W^X tables before anything else runs);
 *  - EFER.NXE set when the CPU has NX (xen_have_nx = 1), CR0.WP on so that
 *    read-only pages bind the kernel too;
 *  - SSE usable (CR0.EM=0, CR0.MP=1, CR4.OSFXSR|OSXMMEXCPT), x87 and
 *    MXCSR reset to their defaults (FNINIT, MXCSR = 0x1f80);
 *  - the FS base points at a zeroed, self-pointing 4 KiB thread block that
 *    musl's libc.a expects (see below), with a stack-protector canary;
 *  - %rsp = xen_stack_top, 16-byte aligned, with the guard page
 *    xen_stack_guard just below the stack (unmapped by paging_init). */
#include "config.h"

#define MSR_EFER       0xc0000080
#define MSR_FS_BASE    0xc0000100
#define EFER_LME       (1 << 8)
#define EFER_NXE       (1 << 11)
#define CR0_PE         (1 << 0)
#define CR0_MP         (1 << 1)
#define CR0_NE         (1 << 5)
#define CR0_WP         (1 << 16)
#define CR0_PG         (1 << 31)
#define CR4_PAE        (1 << 5)
#define CR4_OSFXSR     (1 << 9)
#define CR4_OSXMMEXCPT (1 << 10)

/* musl 1.2.3 struct pthread on x86-64 (read from libc.a's code:
 * __errno_location adds 0x34, __ctype_get_mb_cur_max loads 0xa8):
 * 0x00 self pointer, 0x28 stack-protector canary, 0x34 errno,
 * 0xa8 locale pointer.  A locale whose category pointers are all NULL is
 * musl's C locale, so the locale pointer aims at zeroes further on in the
 * same block (it must not be NULL: page 0 is unmapped). */
#define TP_CANARY      0x28
#define TP_LOCALE      0xa8
#define TP_C_LOCALE    0x800

        /* XEN_ELFNOTE_PHYS32_ENTRY (18): name "Xen", 8-byte descriptor
         * (Xen's loader accepts 4 or 8 bytes; QEMU reads 8 from ELF64). */
        .section .note.Xen, "a", @note
        .balign 4
        .long 2f - 1f           /* namesz */
        .long 4f - 3f           /* descsz */
        .long 18                /* type */
1:      .asciz "Xen"
2:      .balign 4
3:      .quad xen_pvh_entry
4:      .balign 4

        .section .text.boot, "ax", @progbits
        .code32
        .globl xen_pvh_entry
        .type xen_pvh_entry, @function
xen_pvh_entry:
        cld
        /* Entry TSC first, for boot timing; both go to .data, not .bss. */
        rdtsc
        movl %eax, xen_boot_tsc
        movl %edx, xen_boot_tsc + 4
        movl %ebx, xen_start_info_paddr

        /* Zero .bss (loaders do, but nothing in the PVH ABI says so). */
        movl $__bss_start, %edi
        movl $__bss_end, %ecx
        subl %edi, %ecx
        xorl %eax, %eax
        rep stosb

        /* Long mode is required; NX is used when present. */
        movl $0x80000000, %eax
        cpuid
        cmpl $0x80000001, %eax
        jb no_long_mode
        movl $0x80000001, %eax
        cpuid
        btl $29, %edx
        jnc no_long_mode
        xorl %esi, %esi
        btl $20, %edx
        jnc 1f
        movl $1, %esi
        movl %esi, xen_have_nx
1:
        /* Boot tables: PML4[0] -> PDPT, PDPT[0] -> PD, PD = 512 x 2 MiB. */
        movl $boot_pdpt, %eax
        orl $0x3, %eax
        movl %eax, boot_pml4
        movl $boot_pd, %eax
        orl $0x3, %eax
        movl %eax, boot_pdpt
        movl $boot_pd, %edi
        movl $0x83, %eax                /* present, writable, 2 MiB */
        movl $512, %ecx
2:      movl %eax, (%edi)
        addl $0x200000, %eax
        addl $8, %edi
        loop 2b

        movl %cr4, %eax
        orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        movl %eax, %cr4
        movl $boot_pml4, %eax
        movl %eax, %cr3

        movl $MSR_EFER, %ecx
        rdmsr
        orl $EFER_LME, %eax
        testl %esi, %esi
        jz 3f
        orl $EFER_NXE, %eax
3:      wrmsr

        movl %cr0, %eax
        andl $~(1 << 2), %eax           /* EM off: SSE instructions run */
        orl $(CR0_PE | CR0_MP | CR0_NE | CR0_WP | CR0_PG), %eax
        movl %eax, %cr0

        lgdt xen_gdt_desc
        ljmp $XEN_GDT_CODE64, $long_mode

no_long_mode:
        /* Nothing to print with yet; tell QEMU's debug-exit if present. */
        movw $0xf4, %dx
        movl $XEN_STATUS_PANIC, %eax
        outl %eax, %dx
4:      cli
        hlt
        jmp 4b

        .code64
long_mode:
        movl $XEN_GDT_DATA, %eax
        movl %eax, %ds
        movl %eax, %es
        movl %eax, %ss
        xorl %eax, %eax
        movl %eax, %fs
        movl %eax, %gs
        movabsq $xen_stack_top, %rsp

        /* FPU and SSE in their architectural reset state.  Xen does not
         * promise it at the PVH entry; musl formats and parses doubles with
         * x87 long double, which a non-default precision control corrupts
         * (seen: %.17g of 0.1 printing the float value), and strtod's
         * subnormals need MXCSR's FTZ/DAZ off. */
        fninit
        movl $0x1f80, %eax
        movl %eax, -4(%rsp)
        ldmxcsr -4(%rsp)

        /* Thread block for musl: self pointer, canary, C locale. */
        movabsq $xen_tls_block, %rdi
        movq %rdi, (%rdi)
        leaq TP_C_LOCALE(%rdi), %rax
        movq %rax, TP_LOCALE(%rdi)
        rdtsc
        shlq $32, %rdx
        orq %rdx, %rax
        movabsq $0x9e3779b97f4a7c15, %rdx
        imulq %rdx, %rax
        xorb %al, %al                   /* a zero byte stops string overreads */
        movq %rax, TP_CANARY(%rdi)
        movl %edi, %eax
        shrq $32, %rdi
        movl %edi, %edx
        movl $MSR_FS_BASE, %ecx
        wrmsr

        xorl %ebp, %ebp
        call xen_start
5:      cli
        hlt
        jmp 5b
        .size xen_pvh_entry, . - xen_pvh_entry

        .section .data, "aw", @progbits
        .balign 8
        .globl xen_boot_tsc, xen_start_info_paddr, xen_have_nx
xen_boot_tsc:           .quad 0
xen_start_info_paddr:   .quad 0
xen_have_nx:            .long 0
        .long 0

        /* GDT: null, 64-bit code, data, then a 16-byte TSS descriptor that
         * trap_init fills in.  Writable on purpose: ltr sets the busy bit. */
        .balign 16
        .globl xen_gdt
xen_gdt:
        .quad 0
        .quad 0x00af9a000000ffff        /* XEN_GDT_CODE64 */
        .quad 0x00cf92000000ffff        /* XEN_GDT_DATA */
        .quad 0, 0                      /* XEN_GDT_TSS */
xen_gdt_end:
        .balign 8
        .globl xen_gdt_desc
xen_gdt_desc:
        .word xen_gdt_end - xen_gdt - 1
        .quad xen_gdt

        /* Page-aligned blocks that must not be mixed with other .bss. */
        .section .bss.page_aligned, "aw", @nobits
        .balign 4096
boot_pml4:      .skip 4096
boot_pdpt:      .skip 4096
boot_pd:        .skip 4096
        .globl xen_tls_block
xen_tls_block:  .skip 4096
        .globl xen_stack_guard, xen_stack_top
xen_stack_guard: .skip 4096             /* unmapped: overflow faults */
        .skip XEN_STACK_SIZE
xen_stack_top:
        .globl xen_ist_guard, xen_ist1_top, xen_ist2_top
xen_ist_guard:  .skip 4096              /* unmapped too */
        .skip XEN_IST_SIZE
xen_ist1_top:                           /* exceptions */
        .skip XEN_IST_SIZE
xen_ist2_top:                           /* double fault, NMI, machine check */

        /* Written by Xen when hypercall_init installs it (hypercall.c);
         * xen/xenlet.ld puts it last in the text segment: no file bytes. */
        .section .hypercall_page, "ax", @nobits
        .balign 4096
        .globl hypercall_page
hypercall_page: .skip 4096

        .section .note.GNU-stack, "", @progbits
