/* SPDX-License-Identifier: MIT */
/* The heap: a segregated-fit allocator with a mark-and-sweep collector.
 *
 * Heap layout: the region the platform hands over is cut into 8 KiB pages.
 * A page is free, holds small blocks of one size class, or belongs to a
 * run of pages holding one large block.  Per-page metadata (kind, class,
 * and three bitmaps: allocated, marked, raw) lives in an array at the start
 * of the region; the mark stack follows it.
 *
 * Allocation: a small request takes the head of its class's free list (O(1);
 * the cost does not depend on the heap size), refilling the list from a new
 * page when empty.  A large request (> 2 KiB) takes pages from a first-fit
 * list of free page runs, rebuilt (and coalesced) by every sweep.
 *
 * Blocks are objects (start with an Obj header; traced by their type's
 * trace function) or raw (arrays owned by one object, which traces their
 * contents; marked with gc_mark_raw).
 *
 * Roots: registered static slots and objects (types, interned names), the
 * VM's frames (vm/eval.c traces them precisely), and the C stack plus
 * registers, scanned conservatively: any word that points into an
 * allocated block keeps it alive.  A raw block found that way is itself
 * scanned conservatively, since its owner may be unreachable (a temporary
 * array held only by a C local).
 *
 * Collection: when the bytes allocated since the last collection exceed
 * max(1 MiB, live bytes after it) or a request cannot be met.  Marking uses
 * an explicit stack; if it overflows, marking rescans marked blocks until
 * nothing new is marked.  If a request still cannot be met after a
 * collection, MemoryError is raised (preallocated). */
#include "obj.h"
#include "port.h"

#define PAGE_SHIFT 13
#define PAGE_SIZE ((size_t)1 << PAGE_SHIFT)
#define GRAIN 16
#define SLOTS_PER_PAGE (PAGE_SIZE / GRAIN)
#define WORDS (SLOTS_PER_PAGE / 64)
#define SMALL_LIMIT 2048

enum { P_FREE, P_SMALL, P_LARGE, P_CONT };

typedef struct {
    uint8_t kind, cls;
    uint32_t run; /* P_LARGE/free run head: pages in run; P_CONT: head index */
    uint64_t alloc[WORDS], mark[WORDS], raw[WORDS];
} PageMeta;

static const uint16_t class_size[] = {16,  32,  48,  64,  80,  96,  112,
                                      128, 160, 192, 224, 256, 320, 384,
                                      448, 512, 640, 768, 1024, 1360, 2048};
#define NCLASSES (sizeof class_size / sizeof class_size[0])
static uint8_t size_to_class[SMALL_LIMIT / GRAIN + 1];
static uint32_t class_recip[NCLASSES];

typedef struct FreeRun {
    struct FreeRun *next;
    size_t npages;
} FreeRun;

static struct {
    uint8_t *base; /* first page */
    size_t npages;
    size_t top;    /* pages below top have been handed out at least once */
    PageMeta *meta;
    void *free_list[NCLASSES];
    FreeRun *runs;
    Value *mstack;
    size_t mcap, mtop;
    bool moverflow;
    size_t used;          /* bytes in allocated blocks */
    size_t since_gc;      /* bytes allocated since the last collection */
    size_t threshold;
    void *stack_top;
    Value *roots[256];
    size_t nroots;
    Obj *statics[512];
    size_t nstatics;
    bool collecting;
} H;

bool gc_enabled = true;
unsigned gc_stress; /* when non-zero: collect every gc_stress allocations (tests) */
static unsigned stress_count;

static inline size_t page_of(const void *p) { return (size_t)((const uint8_t *)p - H.base) >> PAGE_SHIFT; }
static inline uint8_t *page_addr(size_t i) { return H.base + (i << PAGE_SHIFT); }
static inline bool in_heap(const void *p) {
    return (const uint8_t *)p >= H.base && (const uint8_t *)p < H.base + (H.top << PAGE_SHIFT);
}
#define BIT_GET(a, i) (((a)[(i) >> 6] >> ((i)&63)) & 1)
#define BIT_SET(a, i) ((a)[(i) >> 6] |= (uint64_t)1 << ((i)&63))
#define BIT_CLR(a, i) ((a)[(i) >> 6] &= ~((uint64_t)1 << ((i)&63)))

static void runs_push(size_t first, size_t n) {
    FreeRun *r = (FreeRun *)page_addr(first);
    for (size_t i = 0; i < n; i++) {
        H.meta[first + i].kind = P_FREE;
        H.meta[first + i].run = 0;
    }
    H.meta[first].run = (uint32_t)n;
    r->npages = n;
    r->next = H.runs;
    H.runs = r;
}

void gc_init(void *base, size_t size, void *stack_top) {
    for (size_t c = 0, s = 0; s <= SMALL_LIMIT; s += GRAIN) {
        while (class_size[c] < s) c++;
        size_to_class[s / GRAIN] = (uint8_t)c;
    }
    for (size_t c = 0; c < NCLASSES; c++)
        class_recip[c] = (uint32_t)(((uint64_t)1 << 32) / class_size[c] + 1);
    uintptr_t b = ((uintptr_t)base + 15) & ~(uintptr_t)15;
    uintptr_t end = (uintptr_t)base + size;
    /* metadata for n pages + mark stack must fit before the first page */
    size_t n = (end - b) / (PAGE_SIZE + sizeof(PageMeta));
    size_t mcap = 4096 + n * 32;
    for (;;) {
        uintptr_t first = (b + n * sizeof(PageMeta) + mcap * sizeof(Value) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
        if (n == 0) port_panic("heap too small");
        if (first + n * PAGE_SIZE <= end) {
            H.base = (uint8_t *)first;
            break;
        }
        n--;
    }
    /* Pages are committed lazily from `top` upwards, so start-up does not
     * touch the metadata of a large heap. */
    H.meta = (PageMeta *)b;
    H.mstack = (Value *)(b + n * sizeof(PageMeta));
    H.mcap = mcap;
    H.npages = n;
    H.top = 0;
    H.threshold = 1 << 20;
    H.stack_top = stack_top;
}

size_t gc_heap_used(void) { return H.used; }
size_t gc_heap_size(void) { return H.npages * PAGE_SIZE; }

void gc_add_root(Value *slot) {
    if (H.nroots == sizeof H.roots / sizeof H.roots[0]) port_panic("gc: too many roots");
    H.roots[H.nroots++] = slot;
}

void gc_add_static(Obj *o) {
    if (H.nstatics == sizeof H.statics / sizeof H.statics[0]) port_panic("gc: too many statics");
    H.statics[H.nstatics++] = o;
}

/* ---- allocation ----------------------------------------------------------- */

static bool take_pages(size_t n, size_t *first) {
    FreeRun **pp = &H.runs;
    for (FreeRun *r = H.runs; r; pp = &r->next, r = r->next) {
        if (r->npages < n) continue;
        size_t start = page_of(r);
        if (r->npages == n) {
            *pp = r->next;
        } else { /* keep the head of the run free, take its tail */
            r->npages -= n;
            H.meta[start].run = (uint32_t)r->npages;
            start += r->npages;
        }
        *first = start;
        return true;
    }
    if (H.top + n <= H.npages) {
        *first = H.top;
        memset(&H.meta[H.top], 0, n * sizeof(PageMeta));
        H.top += n;
        return true;
    }
    return false;
}

static bool refill(size_t c) {
    size_t p;
    if (!take_pages(1, &p)) return false;
    PageMeta *m = &H.meta[p];
    memset(m, 0, sizeof *m);
    m->kind = P_SMALL;
    m->cls = (uint8_t)c;
    size_t sz = class_size[c], n = PAGE_SIZE / sz;
    uint8_t *a = page_addr(p);
    void *head = H.free_list[c];
    for (size_t i = n; i-- > 0;) {
        *(void **)(a + i * sz) = head;
        head = a + i * sz;
    }
    H.free_list[c] = head;
    return true;
}

_Noreturn void gc_out_of_memory(void);

static void maybe_collect(size_t size) {
    H.since_gc += size;
    bool stress = gc_stress && ++stress_count % gc_stress == 0;
    if ((H.since_gc > H.threshold || stress) && gc_enabled && !H.collecting) gc_collect();
}

static void *alloc_block(size_t size, bool raw, bool zero) {
    if (size == 0) size = GRAIN;
    maybe_collect(size);
    void *p;
    if (size <= SMALL_LIMIT) {
        size_t c = size_to_class[(size + GRAIN - 1) / GRAIN];
        if (!H.free_list[c] && !refill(c)) {
            if (!H.collecting) gc_collect();
            if (!H.free_list[c] && !refill(c)) gc_out_of_memory();
        }
        p = H.free_list[c];
        H.free_list[c] = *(void **)p;
        PageMeta *m = &H.meta[page_of(p)];
        size_t off = (size_t)((uint8_t *)p - page_addr(page_of(p)));
        size_t slot = (size_t)(((uint64_t)off * class_recip[c]) >> 32);
        BIT_SET(m->alloc, slot);
        if (raw) BIT_SET(m->raw, slot);
        else BIT_CLR(m->raw, slot);
        size = class_size[c];
    } else {
        size_t n = (size + PAGE_SIZE - 1) >> PAGE_SHIFT, first;
        if (!take_pages(n, &first)) {
            if (!H.collecting) gc_collect();
            if (!take_pages(n, &first)) gc_out_of_memory();
        }
        PageMeta *m = &H.meta[first];
        memset(m, 0, sizeof *m);
        m->kind = P_LARGE;
        m->run = (uint32_t)n;
        m->alloc[0] = 1;
        m->raw[0] = raw;
        for (size_t i = 1; i < n; i++) {
            H.meta[first + i].kind = P_CONT;
            H.meta[first + i].run = (uint32_t)first;
        }
        p = page_addr(first);
        size = n << PAGE_SHIFT;
    }
    H.used += size;
    if (zero) memset(p, 0, size);
    return p;
}

void *gc_alloc(Type *t, size_t size) {
    Obj *o = alloc_block(size, false, true);
    o->type = t;
    return o;
}

void *gc_alloc_raw(size_t size) { return alloc_block(size, true, true); }

/* A raw block left as it is: for a large region its owner initialises
 * piecemeal (the frame stack), so start-up does not touch every page. */
void *gc_alloc_raw_uninit(size_t size) { return alloc_block(size, true, false); }

/* ---- marking ---------------------------------------------------------------- */

/* Find the block containing p: its page meta, slot index and start. */
static bool find_block(const void *p, PageMeta **mp, size_t *slot, uint8_t **start) {
    if (!in_heap(p)) return false;
    size_t pg = page_of(p);
    PageMeta *m = &H.meta[pg];
    switch (m->kind) {
    case P_SMALL: {
        size_t off = (size_t)((const uint8_t *)p - page_addr(pg));
        size_t s = (size_t)(((uint64_t)off * class_recip[m->cls]) >> 32);
        if (s >= PAGE_SIZE / class_size[m->cls]) return false;
        *mp = m;
        *slot = s;
        *start = page_addr(pg) + s * class_size[m->cls];
        return true;
    }
    case P_CONT:
        pg = m->run;
        m = &H.meta[pg];
        /* fall through */
    case P_LARGE:
        *mp = m;
        *slot = 0;
        *start = page_addr(pg);
        return true;
    default:
        return false;
    }
}

static void push(Value v) {
    if (H.mtop == H.mcap) {
        H.moverflow = true;
        return;
    }
    H.mstack[H.mtop++] = v;
}

void gc_mark(Value v) {
    if (!v || IS_SMALL(v) || !in_heap(v)) return;
    PageMeta *m;
    size_t slot;
    uint8_t *start;
    if (!find_block(v, &m, &slot, &start) || (uint8_t *)v != start) return;
    if (!BIT_GET(m->alloc, slot) || BIT_GET(m->mark, slot)) return;
    BIT_SET(m->mark, slot);
    if (!BIT_GET(m->raw, slot)) push(v);
}

void gc_mark_raw(const void *p) {
    PageMeta *m;
    size_t slot;
    uint8_t *start;
    if (p && find_block(p, &m, &slot, &start) && BIT_GET(m->alloc, slot)) BIT_SET(m->mark, slot);
}

static size_t block_size(PageMeta *m) {
    return m->kind == P_SMALL ? class_size[m->cls] : (size_t)m->run << PAGE_SHIFT;
}

__attribute__((no_sanitize_address)) static void scan_conservative(const void *lo, const void *hi);

/* A word that may point into a block: mark that block; trace objects,
 * scan raw blocks conservatively. */
static void mark_conservative(uintptr_t w) {
    PageMeta *m;
    size_t slot;
    uint8_t *start;
    if (!find_block((void *)w, &m, &slot, &start)) return;
    if (!BIT_GET(m->alloc, slot) || BIT_GET(m->mark, slot)) return;
    BIT_SET(m->mark, slot);
    if (BIT_GET(m->raw, slot)) scan_conservative(start, start + block_size(m));
    else push((Value)start);
}

/* Reads arbitrary stack words: exempt from AddressSanitizer, whose stack
 * redzones it would otherwise report. */
__attribute__((no_sanitize_address)) static void scan_conservative(const void *lo, const void *hi) {
    const uintptr_t *p = (const uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
    for (; (const void *)(p + 1) <= hi; p++) mark_conservative(*p);
}

static void trace_obj(Obj *o) {
    gc_mark((Value)o->type);
    gc_mark((Value)o->dict);
    if (o->type->trace) o->type->trace(o);
}

static void drain(void) {
    for (;;) {
        while (H.mtop) trace_obj((Obj *)H.mstack[--H.mtop]);
        if (!H.moverflow) return;
        /* The stack overflowed: some marked objects were not traced.  Trace
         * every marked object again (tracing is idempotent). */
        H.moverflow = false;
        for (size_t pg = 0; pg < H.top; pg++) {
            PageMeta *m = &H.meta[pg];
            if (m->kind == P_SMALL) {
                size_t sz = class_size[m->cls], n = PAGE_SIZE / sz;
                for (size_t s = 0; s < n; s++)
                    if (BIT_GET(m->mark, s) && !BIT_GET(m->raw, s)) {
                        trace_obj((Obj *)(page_addr(pg) + s * sz));
                        while (H.mtop) trace_obj((Obj *)H.mstack[--H.mtop]);
                    }
            } else if (m->kind == P_LARGE && m->mark[0] && !m->raw[0]) {
                trace_obj((Obj *)page_addr(pg));
                while (H.mtop) trace_obj((Obj *)H.mstack[--H.mtop]);
            }
        }
    }
}

void vm_trace_roots(void); /* vm/eval.c: frames, caches, the VM's globals */
void image_trace(void);    /* vm/import.c: the loaded code objects */

/* Spill the callee-saved registers (a caller's only reference to an object
 * may live in one) where the conservative scan sees them.  Not setjmp:
 * glibc mangles the saved rbp and rsp in a jmp_buf. */
__attribute__((noinline)) static void scan_stack(void) {
    uintptr_t regs[8] = {0};
#if defined(__x86_64__)
    __asm__ volatile("mov %%rbx, 0(%0)\n\t"
                     "mov %%rbp, 8(%0)\n\t"
                     "mov %%r12, 16(%0)\n\t"
                     "mov %%r13, 24(%0)\n\t"
                     "mov %%r14, 32(%0)\n\t"
                     "mov %%r15, 40(%0)\n\t"
                     :
                     : "r"(regs)
                     : "memory");
#else
    __builtin_unwind_init();
#endif
    scan_conservative(regs, regs + 8);
    volatile uintptr_t here = (uintptr_t)&regs;
    scan_conservative((const void *)here, H.stack_top);
}

/* ---- sweeping --------------------------------------------------------------- */

static void sweep(void) {
    for (size_t c = 0; c < NCLASSES; c++) H.free_list[c] = NULL;
    H.runs = NULL;
    H.used = 0;
    size_t run_start = 0, run_len = 0;
    /* Walk pages from high to low so free lists come out in address order. */
    for (size_t pg = H.top; pg-- > 0;) {
        PageMeta *m = &H.meta[pg];
        bool page_free = false;
        if (m->kind == P_SMALL) {
            size_t sz = class_size[m->cls], n = PAGE_SIZE / sz;
            bool any = false;
            for (size_t w = 0; w < WORDS; w++) {
                m->alloc[w] &= m->mark[w];
                m->raw[w] &= m->alloc[w];
                m->mark[w] = 0;
                any |= m->alloc[w] != 0;
            }
            if (!any) {
                page_free = true;
            } else {
                uint8_t *a = page_addr(pg);
                for (size_t s = n; s-- > 0;) {
                    if (BIT_GET(m->alloc, s)) {
                        H.used += sz;
                    } else {
                        *(void **)(a + s * sz) = H.free_list[m->cls];
                        H.free_list[m->cls] = a + s * sz;
                    }
                }
            }
        } else if (m->kind == P_CONT) {
            continue; /* handled with its head below */
        } else if (m->kind == P_LARGE) {
            if (m->mark[0]) {
                m->mark[0] = 0;
                H.used += (size_t)m->run << PAGE_SHIFT;
            } else {
                /* free the whole run; its continuation pages lie above pg
                 * and were skipped, so add them to the current free run */
                size_t n = m->run;
                for (size_t i = 0; i < n; i++) H.meta[pg + i].kind = P_FREE;
                if (run_len && run_start == pg + n) {
                    run_start = pg;
                    run_len += n;
                } else {
                    if (run_len) runs_push(run_start, run_len);
                    run_start = pg;
                    run_len = n;
                }
                continue;
            }
        } else {
            page_free = true;
        }
        if (page_free) {
            m->kind = P_FREE;
            if (run_len && run_start == pg + 1) {
                run_start = pg;
                run_len++;
            } else {
                if (run_len) runs_push(run_start, run_len);
                run_start = pg;
                run_len = 1;
            }
        } else if (run_len) {
            runs_push(run_start, run_len);
            run_len = 0;
        }
    }
    if (run_len) runs_push(run_start, run_len);
}

void gc_collect(void) {
    if (H.collecting) return;
    H.collecting = true;
    for (size_t i = 0; i < H.nroots; i++) gc_mark(*H.roots[i]);
    /* statics are built-in types: static storage, or (exception classes)
     * heap objects that only C globals point to */
    for (size_t i = 0; i < H.nstatics; i++) {
        if (in_heap(H.statics[i])) gc_mark((Value)H.statics[i]);
        else trace_obj(H.statics[i]);
    }
    vm_trace_roots();
    str_trace_interned();
    image_trace();
    scan_stack();
    drain();
    sweep();
    H.since_gc = 0;
    H.threshold = H.used > (1u << 20) ? H.used : (1u << 20);
    H.collecting = false;
}
