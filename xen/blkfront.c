/* SPDX-License-Identifier: MIT */
/* `_blkif`: the ring work of a Xen block frontend (xen/io/blkif.h).
 *
 * Promises: open(backend_domid, handle) sets up one shared ring page and
 * NSLOT sets of BLKIF_MAX_SEGMENTS_PER_REQUEST data pages, all granted
 * read/write to the backend once and reused (the grants end in close()),
 * and an unbound event channel in the wait set.  io() moves any number of
 * bytes (a multiple of 512) between a Python buffer and the disk starting
 * at a 512-byte sector: it splits them into requests of up to 11 pages
 * each, keeps up to NSLOT of them in flight, copies through the data pages
 * and waits with port_wait, never spinning.  A backend error raises OSError
 * (EIO; EOPNOTSUPP for an unsupported flush) after every request in flight
 * has completed; when the backend answers nothing for `timeout` seconds
 * (the clock restarts at every response) TimeoutError is raised and the
 * ring is unusable afterwards (later calls raise).
 *
 * Units: without "feature-large-sector-size" (never written by
 * stdlib/xen/block.py) sector_number, first_sect and last_sect are 512-byte
 * units whatever the disk's sector-size, as Linux's blkback uses them.
 * Everything else (the xenbus handshake, sizes, read-only, bounds) is
 * stdlib/xen/block.py's. */
#include "platform.h"
#include "../vm/obj.h"
#include "../vm/port.h"

#include <errno.h>

/* ring.h's barriers (this interface version leaves them to the guest):
 * x86 keeps loads and stores in order except a store before a load. */
#define xen_mb() __asm__ volatile("mfence" ::: "memory")
#define xen_rmb() __asm__ volatile("" ::: "memory")
#define xen_wmb() __asm__ volatile("" ::: "memory")
#define rmb() xen_rmb()

#include <xen/io/blkif.h>
#include <xen/io/ring.h>

#define NSLOT 4
#define SEGS BLKIF_MAX_SEGMENTS_PER_REQUEST
#define SLOT_BYTES (SEGS * XEN_PAGE_SIZE)

struct slot {
    void *page[SEGS];
    grant_ref_t ref[SEGS];
    bool busy;
    size_t off, len; /* the part of the caller's buffer it carries */
};

typedef struct {
    Obj hdr;
    domid_t backend;
    uint16_t handle;
    bool open, broken;
    evtchn_port_t port;
    grant_ref_t ring_ref;
    blkif_sring_t *sring;
    blkif_front_ring_t front;
    struct slot slots[NSLOT];
} Ring;

static Type ring_type;

_Noreturn static void os_error(int err, const char *what)
{
    Value args[2] = {MK_SMALL(err), (Value)str_from_cstr(what)};
    vm_raise(vm_call((Value)OSError_type, args, 2, NULL));
}

static Ring *self_ring(Value v, const char *fname)
{
    if (!is_type(v, &ring_type))
        vm_raisef(TypeError_type, "%s: not a ring from _blkif.open", fname);
    Ring *r = (Ring *)v;
    if (!r->open)
        vm_raisef(ValueError_type, "%s: the ring is closed", fname);
    if (r->broken)
        os_error(EIO, "blkfront: the ring is unusable after a timeout");
    return r;
}

/* End the grants and free the pages of a ring; true if every grant ended
 * (false: the backend still maps some; those pages are left granted). */
static bool teardown(Ring *r)
{
    bool all = true;
    for (int s = 0; s < NSLOT; s++)
        for (int i = 0; i < SEGS; i++) {
            struct slot *sl = &r->slots[s];
            if (!sl->page[i])
                continue;
            if (sl->ref[i] && !gnttab_end((int)sl->ref[i])) {
                all = false;
                continue;
            }
            page_free(sl->page[i]);
            sl->page[i] = NULL;
            sl->ref[i] = 0;
        }
    if (r->sring) {
        if (r->ring_ref && !gnttab_end((int)r->ring_ref)) {
            all = false;
        } else {
            page_free(r->sring);
            r->sring = NULL;
            r->ring_ref = 0;
        }
    }
    if (r->port) {
        evtchn_close(r->port);
        r->port = 0;
    }
    r->open = false;
    return all;
}

/* A page granted read/write to the backend; false on failure. */
static bool granted_page(domid_t backend, void **page, grant_ref_t *ref)
{
    *page = page_alloc();
    if (!*page)
        return false;
    int g = gnttab_grant(backend, page_gfn(*page), false);
    if (g < 0) {
        page_free(*page);
        *page = NULL;
        return false;
    }
    *ref = (grant_ref_t)g;
    return true;
}

/* open(backend_domid, handle) -> ring */
static Value ring_open(Value *a, int n, Tuple *kw)
{
    arg_nokw("open", kw);
    arg_count("open", n, 2, 2);
    int64_t d = arg_int(a[0], "backend"), h = arg_int(a[1], "handle");
    if (d < 0 || d >= DOMID_FIRST_RESERVED || h < 0 || h > 0xffff)
        vm_raisef(ValueError_type, "open: bad backend domid or handle");
    if (!xen_shared_info)
        os_error(ENODEV, "xen: not running under Xen");
    Ring *r = gc_alloc(&ring_type, sizeof(Ring));
    r->backend = (domid_t)d;
    r->handle = (uint16_t)h;
    r->open = true;
    void *ring_page;
    bool ok = granted_page(r->backend, &ring_page, &r->ring_ref);
    if (ok) {
        r->sring = ring_page;
        SHARED_RING_INIT(r->sring);
        FRONT_RING_INIT(&r->front, r->sring, XEN_PAGE_SIZE);
    }
    for (int s = 0; ok && s < NSLOT; s++)
        for (int i = 0; ok && i < SEGS; i++)
            ok = granted_page(r->backend, &r->slots[s].page[i], &r->slots[s].ref[i]);
    long port = ok ? evtchn_alloc_unbound(r->backend) : -ENOMEM;
    if (port < 0) {
        teardown(r);
        os_error(port == -ENOMEM ? ENOMEM : (int)-port,
                 ok ? "blkfront: no event channel" : "blkfront: no memory or grant references for the ring");
    }
    r->port = (evtchn_port_t)port;
    return (Value)r;
}

/* Put one request for slot s on the ring (the caller checked room). */
static void post(Ring *r, int s, uint8_t op, uint64_t sector)
{
    struct slot *sl = &r->slots[s];
    blkif_request_t *req = RING_GET_REQUEST(&r->front, r->front.req_prod_pvt);
    req->operation = op;
    req->handle = r->handle;
    req->id = (uint64_t)s;
    req->sector_number = sector;
    unsigned nseg = 0;
    for (size_t done = 0; done < sl->len; done += XEN_PAGE_SIZE, nseg++) {
        size_t k = sl->len - done < XEN_PAGE_SIZE ? sl->len - done : XEN_PAGE_SIZE;
        req->seg[nseg].gref = sl->ref[nseg];
        req->seg[nseg].first_sect = 0;
        req->seg[nseg].last_sect = (uint8_t)(k / 512 - 1);
    }
    req->nr_segments = (uint8_t)nseg;
    sl->busy = true;
    r->front.req_prod_pvt++;
}

static void kick(Ring *r)
{
    int notify;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&r->front, notify);
    if (notify)
        evtchn_notify(r->port);
}

/* Take the responses that have arrived: copy read data out, free their
 * slots; returns the number taken; *status gets the worst status. */
static int reap(Ring *r, uint8_t *buf, bool is_read, int *status)
{
    int taken = 0;
    int more;
    do {
        RING_IDX prod = r->sring->rsp_prod;
        rmb();
        for (RING_IDX i = r->front.rsp_cons; i != prod; i++) {
            blkif_response_t *rsp = RING_GET_RESPONSE(&r->front, i);
            uint64_t id = rsp->id;
            if (id >= NSLOT || !r->slots[id].busy) {
                r->broken = true; /* a response we never asked for */
                continue;
            }
            struct slot *sl = &r->slots[id];
            if (rsp->status != BLKIF_RSP_OKAY && *status == BLKIF_RSP_OKAY)
                *status = rsp->status;
            if (is_read && rsp->status == BLKIF_RSP_OKAY && buf)
                for (size_t done = 0, p = 0; done < sl->len; done += XEN_PAGE_SIZE, p++) {
                    size_t k = sl->len - done < XEN_PAGE_SIZE ? sl->len - done : XEN_PAGE_SIZE;
                    memcpy(buf + sl->off + done, sl->page[p], k);
                }
            sl->busy = false;
            taken++;
        }
        r->front.rsp_cons = prod;
        RING_FINAL_CHECK_FOR_RESPONSES(&r->front, more);
    } while (more);
    return taken;
}

static int free_slot(Ring *r)
{
    for (int s = 0; s < NSLOT; s++)
        if (!r->slots[s].busy)
            return s;
    return -1;
}

static uint64_t deadline_after(uint64_t timeout_ns)
{
    uint64_t now = port_monotonic_ns();
    return timeout_ns >= UINT64_MAX - now ? UINT64_MAX : now + timeout_ns;
}

/* Run requests until all of [0, total) is done; TimeoutError when the
 * backend answers nothing for timeout_ns (UINT64_MAX: never).  op:
 * BLKIF_OP_READ/WRITE (data through buf) or a flush (total 0). */
static void run(Ring *r, uint8_t op, uint64_t sector, uint8_t *buf, size_t total, uint64_t timeout_ns)
{
    uint64_t deadline = deadline_after(timeout_ns);
    bool is_read = op == BLKIF_OP_READ;
    size_t submitted = 0;
    int inflight = 0, status = BLKIF_RSP_OKAY;
    bool flush_posted = false;
    for (;;) {
        bool posted = false;
        while (status == BLKIF_RSP_OKAY && !RING_FULL(&r->front)) {
            int s = free_slot(r);
            if (s < 0)
                break;
            if (total == 0) { /* a flush: one request, no segments */
                if (flush_posted)
                    break;
                flush_posted = true;
                r->slots[s].off = r->slots[s].len = 0;
                post(r, s, op, 0);
                posted = true;
                inflight++;
                break;
            }
            if (submitted == total)
                break;
            struct slot *sl = &r->slots[s];
            sl->off = submitted;
            sl->len = total - submitted < SLOT_BYTES ? total - submitted : SLOT_BYTES;
            if (!is_read)
                for (size_t done = 0, p = 0; done < sl->len; done += XEN_PAGE_SIZE, p++) {
                    size_t k = sl->len - done < XEN_PAGE_SIZE ? sl->len - done : XEN_PAGE_SIZE;
                    memcpy(sl->page[p], buf + submitted + done, k);
                }
            post(r, s, op, sector + submitted / 512);
            submitted += sl->len;
            inflight++;
            posted = true;
        }
        if (posted)
            kick(r);
        int got = reap(r, buf, is_read, &status);
        inflight -= got;
        if (r->broken)
            os_error(EIO, "blkfront: the backend answered a request it was not given");
        if (inflight == 0 && (status != BLKIF_RSP_OKAY || submitted == total))
            break;
        if (got) { /* progress: post more before waiting; the timeout restarts */
            deadline = deadline_after(timeout_ns);
            continue;
        }
        if (port_monotonic_ns() >= deadline) {
            r->broken = true;
            os_error(ETIMEDOUT, "blkfront: the backend did not answer in time");
        }
        port_wait(deadline);
    }
    if (status == BLKIF_RSP_EOPNOTSUPP)
        os_error(EOPNOTSUPP, "blkfront: the backend does not support this operation");
    if (status != BLKIF_RSP_OKAY)
        os_error(EIO, "blkfront: the backend reported an I/O error");
}

/* A timeout argument (None or seconds >= 0) in ns, UINT64_MAX for none. */
static uint64_t timeout_of(Value v)
{
    if (v == None)
        return UINT64_MAX;
    double s = float_as_double(v);
    if (!(s >= 0))
        vm_raisef(ValueError_type, "timeout must be a non-negative number or None");
    return s > 1e9 ? UINT64_MAX : (uint64_t)(s * 1e9);
}

/* io(ring, write, sector512, buf, timeout): read into / write from buf
 * (len(buf) a multiple of 512; a writable buffer to read into). */
static Value ring_io(Value *a, int n, Tuple *kw)
{
    arg_nokw("io", kw);
    arg_count("io", n, 5, 5);
    Ring *r = self_ring(a[0], "io");
    bool write = vm_truthy(a[1]);
    int64_t sector = arg_int(a[2], "sector");
    const uint8_t *p;
    size_t len;
    if (!bytes_buffer(a[3], &p, &len))
        vm_raisef(TypeError_type, "io: a bytes-like object is required, not '%s'", vm_type_name(a[3]));
    if (!write && !vm_isinstance_type(type_of(a[3]), &bytearray_type) &&
        !(is_type(a[3], &memoryview_type) && !vm_truthy(vm_getattr(a[3], str_intern_cstr("readonly")))))
        vm_raisef(TypeError_type, "io: reading needs a writable buffer (bytearray or memoryview)");
    if (sector < 0 || len % 512)
        vm_raisef(ValueError_type, "io: negative sector or a length that is not a multiple of 512");
    uint64_t timeout = timeout_of(a[4]);
    if (len)
        run(r, write ? BLKIF_OP_WRITE : BLKIF_OP_READ, (uint64_t)sector, (uint8_t *)p, len, timeout);
    return None;
}

/* flush(ring, barrier, timeout): BLKIF_OP_FLUSH_DISKCACHE, or
 * BLKIF_OP_WRITE_BARRIER when barrier is true. */
static Value ring_flush(Value *a, int n, Tuple *kw)
{
    arg_nokw("flush", kw);
    arg_count("flush", n, 3, 3);
    Ring *r = self_ring(a[0], "flush");
    uint8_t op = vm_truthy(a[1]) ? BLKIF_OP_WRITE_BARRIER : BLKIF_OP_FLUSH_DISKCACHE;
    run(r, op, 0, NULL, 0, timeout_of(a[2]));
    return None;
}

/* close(ring) -> True if every grant ended */
static Value ring_close(Value *a, int n, Tuple *kw)
{
    arg_nokw("close", kw);
    arg_count("close", n, 1, 1);
    if (!is_type(a[0], &ring_type))
        vm_raisef(TypeError_type, "close: not a ring from _blkif.open");
    Ring *r = (Ring *)a[0];
    if (!r->open && !r->sring)
        return True_;
    return BOOL(teardown(r));
}

/* info(ring) -> (ring_ref, port, max_request_bytes) */
static Value ring_info(Value *a, int n, Tuple *kw)
{
    arg_nokw("info", kw);
    arg_count("info", n, 1, 1);
    Ring *r = self_ring(a[0], "info");
    Value t[3] = {MK_SMALL(r->ring_ref), MK_SMALL(r->port), MK_SMALL(SLOT_BYTES)};
    return (Value)tuple_from(t, 3);
}

static Type ring_type = {
    .cname = "Ring",
    .basicsize = sizeof(Ring),
};

void *mod_blkif_init(void)
{
    type_ready(&ring_type);
    Module *m = module_new(str_intern_cstr("_blkif"));
    module_add_fn(m, "open", ring_open);
    module_add_fn(m, "io", ring_io);
    module_add_fn(m, "flush", ring_flush);
    module_add_fn(m, "close", ring_close);
    module_add_fn(m, "info", ring_info);
    module_set(m, "VDISK_CDROM", MK_SMALL(VDISK_CDROM));
    module_set(m, "VDISK_REMOVABLE", MK_SMALL(VDISK_REMOVABLE));
    module_set(m, "VDISK_READONLY", MK_SMALL(VDISK_READONLY));
    module_set(m, "MAX_SEGMENTS", MK_SMALL(SEGS));
    return m;
}
