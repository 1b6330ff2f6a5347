/* SPDX-License-Identifier: MIT */
/* Page tables and the heap.
 *
 * paging_init builds the final identity map of the low 4 GiB and switches
 * to it (fresh tables, not an in-place edit of the live boot tables):
 *  - 2 MiB pages, read/write and no-execute, everywhere except
 *  - the 2 MiB regions that hold the image, mapped with 4 KiB pages:
 *    text read+execute, rodata read-only+NX, data and .bss read/write+NX,
 *    the two stack guard pages not present, the rest of the region
 *    read/write+NX.
 * Page 0 stays mapped until paging_unmap_null: QEMU puts start_info's
 * memory map there, so it goes only after start_info has been read.
 * So no page is both writable and executable, and the only executable
 * pages are the image's text.  Without NX (not seen on x86-64 machines Xen
 * runs on) the NX bit is left out.
 *
 * mm_heap chooses the VM heap: the largest piece of usable RAM below 4 GiB
 * (the mapped part) in the start_info memory map, after cutting out the
 * first MiB, the image (with its .bss: stacks, page tables, thread block),
 * start_info, the memory map, the command line, the modules and their
 * command lines, and the PV console / xenstore pages. */
#include "platform.h"
#include "../vm/port.h"

#include <xen/hvm/params.h>

#define PTE_P   (1ull << 0)
#define PTE_W   (1ull << 1)
#define PTE_PS  (1ull << 7)
#define PTE_NX  (1ull << 63)
#define PAGE    4096ull
#define LARGE   (2ull << 20)

/* The image must fit in this many 2 MiB regions (checked at link time too:
 * see xenlet.ld). */
#define IMAGE_REGIONS 4

static uint64_t pml4[512] __attribute__((aligned(4096)));
static uint64_t pdpt[512] __attribute__((aligned(4096)));
static uint64_t pd[4][512] __attribute__((aligned(4096)));
static uint64_t pt[IMAGE_REGIONS][512] __attribute__((aligned(4096)));

static uint64_t page_flags(uint64_t a, uint64_t nx)
{
    uint64_t text0 = (uintptr_t)__text_start, text1 = (uintptr_t)__text_end;
    uint64_t ro0 = (uintptr_t)__rodata_start, ro1 = (uintptr_t)__rodata_end;
    if (a == (uintptr_t)xen_stack_guard || a == (uintptr_t)xen_ist_guard)
        return 0;
    if (a >= text0 && a < text1)
        return PTE_P;
    if (a >= ro0 && a < ro1)
        return PTE_P | nx;
    return PTE_P | PTE_W | nx;
}

void paging_init(void)
{
    uint64_t nx = xen_have_nx ? PTE_NX : 0;
    uint64_t first = (uintptr_t)__image_start / LARGE;
    uint64_t last = ((uintptr_t)__image_end - 1) / LARGE;
    if (last - first + 1 > IMAGE_REGIONS)
        port_panic("paging_init: image larger than the mapped regions");
    /* Region 0 always gets 4 KiB pages (in pt[0]) so that page 0 can be
     * unmapped later. */
    pml4[0] = (uintptr_t)pdpt | PTE_P | PTE_W;
    for (uint64_t g = 0; g < 4; g++) {
        pdpt[g] = (uintptr_t)pd[g] | PTE_P | PTE_W;
        for (uint64_t i = 0; i < 512; i++)
            pd[g][i] = ((g * 512 + i) * LARGE) | PTE_P | PTE_W | PTE_PS | nx;
    }
    unsigned used = 0;
    for (uint64_t r = 0; r < 2048; r++) {
        if (r != 0 && (r < first || r > last))
            continue;
        if (used == IMAGE_REGIONS)
            port_panic("paging_init: out of page tables");
        uint64_t *t = pt[used++];
        for (uint64_t i = 0; i < 512; i++) {
            uint64_t a = r * LARGE + i * PAGE;
            uint64_t fl = page_flags(a, nx);
            t[i] = fl ? a | fl : 0;
        }
        pd[r / 512][r % 512] = (uintptr_t)t | PTE_P | PTE_W;
    }
    __asm__ volatile("mov %0, %%cr3" : : "r"((uintptr_t)pml4) : "memory");
}

void paging_unmap_null(void)
{
    pt[0][0] = 0; /* pt[0] maps region 0 (see paging_init) */
    __asm__ volatile("invlpg (%0)" : : "r"((uintptr_t)0) : "memory");
}

/* ---- heap ----------------------------------------------------------------- */

#define MAX_CUTS 24

struct range {
    uint64_t lo, hi; /* [lo, hi) */
};

static struct range cuts[MAX_CUTS];
static unsigned ncuts;

static void cut(uint64_t lo, uint64_t len)
{
    if (len == 0 || ncuts == MAX_CUTS)
        return;
    cuts[ncuts++] = (struct range){lo & ~(PAGE - 1), (lo + len + PAGE - 1) & ~(PAGE - 1)};
}

static size_t cstr_len(uint64_t paddr)
{
    return paddr ? __builtin_strlen((const char *)(uintptr_t)paddr) + 1 : 0;
}

/* The largest piece of [lo, hi) left after removing every cut. */
static struct range best_piece(uint64_t lo, uint64_t hi)
{
    struct range best = {0, 0};
    while (lo < hi) {
        uint64_t end = hi;
        bool moved = false;
        for (unsigned i = 0; i < ncuts; i++) {
            if (cuts[i].lo <= lo && cuts[i].hi > lo) { /* lo inside a cut */
                lo = cuts[i].hi;
                moved = true;
            } else if (cuts[i].lo > lo && cuts[i].lo < end) {
                end = cuts[i].lo;
            }
        }
        if (moved)
            continue;
        if (end - lo > best.hi - best.lo)
            best = (struct range){lo, end};
        lo = end;
    }
    return best;
}

void mm_heap(void **base, size_t *size)
{
    const struct hvm_start_info *si = start_info();
    const uint64_t limit = 4ull << 30; /* only the low 4 GiB is mapped */
    ncuts = 0;
    cut(0, 1u << 20);
    cut((uintptr_t)__image_start, (uintptr_t)__image_end - (uintptr_t)__image_start);
    cut(xen_start_info_paddr, sizeof *si);
    cut(si->cmdline_paddr, cstr_len(si->cmdline_paddr));
    if (si->version >= 1)
        cut(si->memmap_paddr, (uint64_t)si->memmap_entries * sizeof(struct hvm_memmap_table_entry));
    cut(si->modlist_paddr, (uint64_t)si->nr_modules * sizeof(struct hvm_modlist_entry));
    const struct hvm_modlist_entry *mods = (const void *)(uintptr_t)si->modlist_paddr;
    for (uint32_t i = 0; i < si->nr_modules && mods; i++) {
        cut(mods[i].paddr, mods[i].size);
        cut(mods[i].cmdline_paddr, cstr_len(mods[i].cmdline_paddr));
    }
    if (xen_present) {
        uint64_t pfn;
        if (hypercall_get_param(HVM_PARAM_CONSOLE_PFN, &pfn) == 0 && pfn)
            cut(pfn << 12, PAGE);
        if (hypercall_get_param(HVM_PARAM_STORE_PFN, &pfn) == 0 && pfn)
            cut(pfn << 12, PAGE);
    }

    struct range best = {0, 0};
    if (si->version >= 1 && si->memmap_entries && si->memmap_paddr) {
        const struct hvm_memmap_table_entry *e = (const void *)(uintptr_t)si->memmap_paddr;
        for (uint32_t i = 0; i < si->memmap_entries; i++) {
            if (e[i].type != XEN_HVM_MEMMAP_TYPE_RAM || e[i].addr >= limit)
                continue;
            uint64_t lo = (e[i].addr + PAGE - 1) & ~(PAGE - 1);
            uint64_t hi = e[i].addr + e[i].size;
            if (hi > limit)
                hi = limit;
            hi &= ~(PAGE - 1);
            if (lo >= hi)
                continue;
            struct range r = best_piece(lo, hi);
            if (r.hi - r.lo > best.hi - best.lo)
                best = r;
        }
    }
    if (best.hi == best.lo)
        port_panic("mm_heap: no usable RAM in the memory map");
    *base = (void *)(uintptr_t)best.lo;
    *size = (size_t)(best.hi - best.lo);
}
