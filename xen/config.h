/* SPDX-License-Identifier: MIT */
/* Build knobs of the Xen platform, shared by its C and assembly files.
 * Each may be overridden with -D on the compiler command line. */
#ifndef XEN_CONFIG_H
#define XEN_CONFIG_H

/* The C stack the VM runs on (below it: one unmapped guard page). */
#ifndef XEN_STACK_SIZE
#define XEN_STACK_SIZE (256 * 1024)
#endif

/* Each of the two interrupt stacks (IST1: exceptions; IST2: #DF/NMI/#MC). */
#ifndef XEN_IST_SIZE
#define XEN_IST_SIZE (16 * 1024)
#endif

/* GDT selectors (layout in head.S). */
#define XEN_GDT_CODE64 0x08
#define XEN_GDT_DATA   0x10
#define XEN_GDT_TSS    0x18

/* Exit status of port_panic and of a CPU fault.  Statuses are reported to
 * QEMU's isa-debug-exit, whose exit code (status << 1) | 1 keeps only 7 bits,
 * so both stay below 128. */
#define XEN_STATUS_PANIC 125
#define XEN_STATUS_FAULT 126

#endif
