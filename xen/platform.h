/* SPDX-License-Identifier: MIT */
/* Internal interface between the files of the Xen platform (the C files in xen/).
 * Nothing outside xen/ includes this; the VM core sees only vm/port.h. */
#ifndef XEN_PLATFORM_H
#define XEN_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>
#include <xen/event_channel.h>

#include "config.h"

/* ---- symbols from head.S and xenlet.ld --------------------------------- */

extern uint64_t xen_boot_tsc;         /* TSC at the PVH entry */
extern uint64_t xen_start_info_paddr; /* %ebx at the PVH entry */
extern uint32_t xen_have_nx;          /* EFER.NXE was set */
extern uint8_t xen_gdt[];
extern uint8_t xen_stack_guard[], xen_stack_top[];
extern uint8_t xen_ist_guard[], xen_ist1_top[], xen_ist2_top[];
extern uint8_t __image_start[], __image_end[];
extern uint8_t __text_start[], __text_end[];
extern uint8_t __rodata_start[], __rodata_end[];
extern uint8_t __data_start[];

/* ---- CPU primitives----------------------------------------------------- */

static inline void cpu_outb(uint16_t port, uint8_t v)
{
    __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline void cpu_outl(uint16_t port, uint32_t v)
{
    __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t cpu_inb(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline uint64_t cpu_rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

static inline void cpu_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
    __asm__ volatile("cpuid"
                     : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
                     : "a"(leaf), "c"(sub));
}

static inline void cpu_wrmsr(uint32_t msr, uint64_t v)
{
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}

static inline void cpu_pause(void)
{
    __asm__ volatile("pause" ::: "memory");
}

static inline _Noreturn void cpu_halt_forever(void)
{
    for (;;)
        __asm__ volatile("cli; hlt");
}

/* ---- hypercall.c -------------------------------------------------------- */

/* True once hypercall_init found Xen and installed the hypercall page. */
extern bool xen_present;

void hypercall_init(void);
long hypercall_sched_op(int cmd, void *arg);
long hypercall_event_channel_op(int cmd, void *arg);
long hypercall_hvm_op(int cmd, void *arg);
long hypercall_memory_op(int cmd, void *arg);
/* HVMOP_get_param; returns 0 and *value, or a negative Xen errno. */
long hypercall_get_param(uint32_t index, uint64_t *value);
void hypercall_evtchn_notify(evtchn_port_t port);
/* Block until one of ports is pending or Xen system time reaches
 * timeout_ns (0: no timeout). */
void hypercall_poll(evtchn_port_t *ports, unsigned n, uint64_t timeout_ns);
_Noreturn void hypercall_shutdown(unsigned reason);

/* ---- events (time.c) ---------------------------------------------------- */

/* The shared info page (Xen only; NULL without Xen). */
extern shared_info_t *xen_shared_info;

/* Add an event channel to the set port_wait blocks on (drivers call this
 * once per port they care about).  Panics when the set is full. */
void evtchn_watch(evtchn_port_t port);
/* Atomically clear the pending bit of port; true if it was set. */
bool evtchn_clear(evtchn_port_t port);

/* ---- time.c ------------------------------------------------------------- */

void time_init(void);
/* TSC cycles -> ns when the TSC rate is known; false otherwise. */
bool time_cycles_to_ns(uint64_t cycles, uint64_t *ns);

/* ---- console.c ---------------------------------------------------------- */

/* Serial without Xen; port 0xe9 under Xen until console_init. */
void console_early_init(void);
void console_init(void);
/* Write bytes to the console, no boot-timing hook (for fault reports). */
void console_write_raw(const char *s, size_t len);
void console_puts(const char *s);
/* Best-effort flush that gives up after stall_ns without progress. */
void console_flush_timeout(uint64_t stall_ns);
/* Console event channel under Xen, 0 otherwise. */
extern evtchn_port_t console_evtchn;

/* ---- trap.c ------------------------------------------------------------- */

void trap_init(void);

/* ---- mm.c --------------------------------------------------------------- */

/* Replace the boot page tables by the final W^X identity map. */
void paging_init(void);
/* Unmap page 0 so that null pointers fault; start_info is unusable after
 * (QEMU places parts of it in page 0). */
void paging_unmap_null(void);
/* The largest usable RAM range not used by the image or boot data. */
void mm_heap(void **base, size_t *size);

/* ---- start.c ------------------------------------------------------------ */

const struct hvm_start_info *start_info(void);
/* Stop the guest with status (console already flushed by the caller). */
_Noreturn void start_stop(int status);

#endif
