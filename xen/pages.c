/* SPDX-License-Identifier: MIT */
/* Page-aligned guest memory for rings and granted buffers, from the VM heap.
 *
 * Promises: nothing is reserved at boot; pages are carved from the VM's
 * garbage-collected heap on demand, as raw blocks of 8 KiB (the heap's own
 * page size: every large block starts on such a boundary, so both 4 KiB
 * halves are page-aligned) and stay out of the collector's reach for good:
 * a static root object traces every chunk ever taken, and freed pages go
 * on our own free list, not back to the heap.  Guest physical addresses
 * equal virtual ones (xen/mm.c), so a page's frame number is addr >> 12.
 *
 * Pins are for memory the program owns (a Python buffer granted to a
 * backend): the heap block holding a pinned address is marked live at
 * every collection, whatever happens to the Python objects, until unpinned.
 * Memory outside the heap is left alone by the collector anyway. */
#include "platform.h"
#include "../vm/obj.h"
#include "../vm/port.h"

#define CHUNK (2 * XEN_PAGE_SIZE)

static void **chunks;     /* GC raw block of chunk pointers */
static size_t nchunks, cap_chunks;
static const void **pins; /* GC raw block of pinned addresses */
static size_t npins, cap_pins;
static void *free_pages;  /* intrusive list through the first word */

static void root_trace(Obj *o)
{
    (void)o;
    gc_mark_raw(chunks);
    for (size_t i = 0; i < nchunks; i++)
        gc_mark_raw(chunks[i]);
    gc_mark_raw(pins);
    for (size_t i = 0; i < npins; i++)
        gc_mark_raw(pins[i]);
}

static Type root_type = {.cname = "xen_pages_root", .trace = root_trace};
static Obj root = {.type = &root_type};
static bool rooted;

/* A bigger copy of a raw array of pointers (may raise MemoryError). */
static void *grow(void *old, size_t n, size_t *cap)
{
    size_t c = *cap ? *cap * 2 : 64;
    void **a = gc_alloc_raw(c * sizeof(void *));
    if (n)
        memcpy(a, old, n * sizeof(void *));
    *cap = c;
    return a;
}

/* Take a new chunk from the heap; may raise MemoryError. */
static void more_pages(void)
{
    if (!rooted) {
        gc_add_static(&root);
        rooted = true;
    }
    if (nchunks == cap_chunks)
        chunks = grow(chunks, nchunks, &cap_chunks);
    uint8_t *c = gc_alloc_raw(CHUNK);
    if ((uintptr_t)c & (XEN_PAGE_SIZE - 1))
        port_panic("pages: heap block not page-aligned");
    chunks[nchunks++] = c;
    for (size_t off = 0; off < CHUNK; off += XEN_PAGE_SIZE) {
        *(void **)(c + off) = free_pages;
        free_pages = c + off;
    }
}

void *page_alloc(void)
{
    if (!free_pages) {
        VM_TRY(t) { more_pages(); }
        VM_CATCH(t, e) { (void)e; return NULL; }
        VM_END
    }
    void *p = free_pages;
    free_pages = *(void **)p;
    memset(p, 0, XEN_PAGE_SIZE);
    return p;
}

void page_free(void *page)
{
    if (!page)
        return;
    if ((uintptr_t)page & (XEN_PAGE_SIZE - 1))
        port_panic("page_free: not a page");
    *(void **)page = free_pages;
    free_pages = page;
}

bool page_pin(const void *addr)
{
    if (!rooted) {
        gc_add_static(&root);
        rooted = true;
    }
    if (npins == cap_pins) {
        volatile bool ok = true;
        VM_TRY(t) { pins = grow(pins, npins, &cap_pins); }
        VM_CATCH(t, e) { (void)e; ok = false; }
        VM_END
        if (!ok)
            return false;
    }
    pins[npins++] = addr;
    return true;
}

void page_unpin(const void *addr)
{
    for (size_t i = 0; i < npins; i++)
        if (pins[i] == addr) {
            pins[i] = pins[--npins];
            return;
        }
}
