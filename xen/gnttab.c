/* SPDX-License-Identifier: MIT */
/* Grant table v1: letting a backend domain map our pages.
 *
 * Promises: the table's frames are mapped over page-aligned .bss with
 * XENMEM_add_to_physmap(XENMAPSPACE_grant_table), one frame at a time, the
 * first time a reference from it is needed (a guest that never grants
 * maps nothing).  References below GNTTAB_NR_RESERVED_ENTRIES belong to
 * the toolstack (console, xenstore) and are never handed out.  A grant is
 * published as Xen's header prescribes: domid and frame first, a write
 * barrier, then the flags.  Ending a grant follows grant_table.h's
 * "invalidating an in-use GTF_permit_access entry": the flags are cleared
 * with a compare-and-swap only while neither GTF_reading nor GTF_writing
 * is set, so a page is never reused while a backend still has it mapped. */
#include "platform.h"

#include <errno.h>
#include <xen/grant_table.h>
#include <xen/memory.h>

#define GNTTAB_FRAMES 4
#define PER_FRAME (XEN_PAGE_SIZE / sizeof(grant_entry_v1_t))
#define NREFS (GNTTAB_FRAMES * PER_FRAME)

__attribute__((aligned(4096))) static grant_entry_v1_t table[NREFS];
static unsigned frames_mapped;
/* Free references, a stack: free_refs[0 .. nfree). */
static uint16_t free_refs[NREFS];
static unsigned nfree;
static unsigned in_use;

/* Map the next frame of the table and put its references on the free
 * list; false when Xen refuses (the domain's grant frame limit). */
static bool map_frame(void)
{
    if (frames_mapped == GNTTAB_FRAMES)
        return false;
    struct xen_add_to_physmap xatp = {
        .domid = DOMID_SELF,
        .space = XENMAPSPACE_grant_table,
        .idx = frames_mapped,
        .gpfn = page_gfn(&table[frames_mapped * PER_FRAME]),
    };
    if (hypercall_memory_op(XENMEM_add_to_physmap, &xatp) != 0)
        return false;
    unsigned first = frames_mapped * PER_FRAME;
    if (first < GNTTAB_NR_RESERVED_ENTRIES)
        first = GNTTAB_NR_RESERVED_ENTRIES;
    for (unsigned r = (frames_mapped + 1) * PER_FRAME; r-- > first;)
        free_refs[nfree++] = (uint16_t)r;
    frames_mapped++;
    return true;
}

int gnttab_grant(domid_t domid, uint64_t gfn, bool readonly)
{
    if (!xen_shared_info)
        return -ENODEV;
    if (nfree == 0 && !map_frame())
        return -ENOSPC;
    unsigned ref = free_refs[--nfree];
    grant_entry_v1_t *e = &table[ref];
    e->domid = domid;
    e->frame = (uint32_t)gfn;
    __atomic_thread_fence(__ATOMIC_RELEASE);
    __atomic_store_n(&e->flags, (uint16_t)(GTF_permit_access | (readonly ? GTF_readonly : 0)),
                     __ATOMIC_RELEASE);
    in_use++;
    return (int)ref;
}

bool gnttab_end(int ref)
{
    if (ref < GNTTAB_NR_RESERVED_ENTRIES || (unsigned)ref >= frames_mapped * PER_FRAME)
        return false;
    grant_entry_v1_t *e = &table[ref];
    uint16_t flags = __atomic_load_n(&e->flags, __ATOMIC_ACQUIRE);
    do {
        if ((flags & GTF_type_mask) == GTF_invalid)
            return false; /* not granted: nothing to end (a double end) */
        if (flags & (GTF_reading | GTF_writing))
            return false;
    } while (!__atomic_compare_exchange_n(&e->flags, &flags, 0, false, __ATOMIC_ACQ_REL,
                                          __ATOMIC_ACQUIRE));
    free_refs[nfree++] = (uint16_t)ref;
    in_use--;
    return true;
}

unsigned gnttab_in_use(void)
{
    return in_use;
}
