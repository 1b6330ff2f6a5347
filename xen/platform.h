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

/* ---- devices: pages, grants, event channels, xenstore ------------------ */
/* Used by the split drivers (blkfront.c, netfront.c) and by mod_xen.c.
 * All of these run in VM context (called from native functions): page_alloc
 * takes memory from the VM heap.  Without Xen every call fails cleanly
 * (NULL, a negative errno, false); none of them panics on bad input. */

#define XEN_PAGE_SIZE 4096u

/* pages.c: one zeroed, 4 KiB-aligned page of guest memory (guest physical =
 * virtual, so its frame number is page_gfn(p)), carved from the VM heap and
 * kept out of the garbage collector's reach until page_free.  NULL when the
 * heap is exhausted.  Nothing is reserved at boot. */
void *page_alloc(void);
/* Give a page back to the pool (it must not be granted any more). */
void page_free(void *page);
static inline uint64_t page_gfn(const void *p)
{
    return (uint64_t)(uintptr_t)p >> 12;
}
/* The GC must not free the memory at addr while it is pinned: the heap
 * block that holds it stays alive until page_unpin (for Python buffers granted to
 * a backend).  Memory outside the heap is accepted and ignored.  Returns
 * false when the pin table is full. */
bool page_pin(const void *addr);
void page_unpin(const void *addr);

/* gnttab.c: grant table v1, frames mapped with XENMEM_add_to_physmap.
 * gnttab_grant gives domid access to frame gfn (read-only or read/write)
 * and returns the grant reference (>= 0), or -ENODEV (no Xen), -ENOSPC
 * (no free reference).  gnttab_end revokes it: true when revoked (the ref
 * is free again); false when the remote domain still has it mapped
 * (GTF_reading/GTF_writing): the grant stays, try again later. */
int gnttab_grant(domid_t domid, uint64_t gfn, bool readonly);
bool gnttab_end(int ref);
/* Number of references in use (tests, leaks). */
unsigned gnttab_in_use(void);

/* evtchn.c: interdomain event channels.  alloc_unbound and
 * bind_interdomain return the local port (>= 0) or a negative Xen errno
 * (-ENODEV without Xen); the new port joins the wait set (evtchn_watch).
 * evtchn_close leaves the wait set and closes the port. */
long evtchn_alloc_unbound(domid_t remote);
long evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port);
void evtchn_notify(evtchn_port_t port);
void evtchn_close(evtchn_port_t port);

/* xenstore.c: one request at a time over the xenstore ring.  xs_request
 * sends a message (type XS_*, transaction id tx, body of len bytes) and
 * waits until its reply (matched by req_id) or deadline_ns (monotonic;
 * UINT64_MAX: none).  Watch events read meanwhile are queued for
 * xs_next_event.  Returns the reply body length (the body is copied to
 * reply, NUL-terminated, so cap must exceed the length) and its type in
 * *rtype (XS_ERROR: the body is the error name, "ENOENT", "EAGAIN" ...), or
 * -ENODEV (no xenstore), -ETIMEDOUT, -E2BIG (body or reply too long),
 * -EIO (ring protocol broken). */
long xs_request(uint32_t type, uint32_t tx, const void *body, size_t len, char *reply, size_t cap,
                uint32_t *rtype, uint64_t deadline_ns);
/* The next queued watch event's body ("path\0token\0") into buf: its length,
 * 0 when none arrived by deadline_ns, -ENODEV, -E2BIG. */
long xs_next_event(char *buf, size_t cap, uint64_t deadline_ns);
/* Watch events dropped because the queue was full (counts up). */
extern unsigned long xs_events_dropped;

/* time.c additions: leave the wait set; and whether port fired since the
 * last call (port_wait records the pending bits it clears). */
void evtchn_unwatch(evtchn_port_t port);
bool evtchn_take(evtchn_port_t port);

/* Platform native modules (port_module.init), named in the per-image
 * port_modules table that freeze/boot.py generates for the modules a
 * program imports: `_xen` (mod_xen.c), `_blkif` (blkfront.c), `_netif`
 * (netfront.c). */
void *mod_xen_init(void);
void *mod_blkif_init(void);
void *mod_netif_init(void);

/* ---- start.c ------------------------------------------------------------ */

const struct hvm_start_info *start_info(void);
/* Stop the guest with status (console already flushed by the caller). */
_Noreturn void start_stop(int status);

#endif
