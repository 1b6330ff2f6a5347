/* SPDX-License-Identifier: MIT */
/* netfront: the guest half of Xen's PV network device, as the native module
 * `_netif` that stdlib/xen/net.py drives.
 *
 * What it does: the ring, grant and event-channel work of one or more vifs
 * (xen/io/netif.h): a shared tx ring and rx ring (one page each), a pool of
 * granted transmit buffers (two per page, read-only to the backend) and of
 * receive pages posted on the rx ring for the backend to copy frames into
 * (request-rx-copy), one event channel for both rings.  The xenstore
 * handshake, MAC, MTU and all policy live in Python.
 *
 * Promises:
 * - A frame handed to send() is copied at once and queued on the tx ring, or
 *   refused (False) when no transmit buffer is free; nothing queued is lost
 *   or sent twice.  Completed transmits are reclaimed on every call; they
 *   raise an event only after a refusal (so a waiting sender wakes up).
 * - Every receive page is posted again as soon as its frame is copied out,
 *   so the backend always has NF_RX_BUFS pages minus those being read.
 * - recv() returns whole frames of 14..max_frame bytes, each once, in ring
 *   order.  A response that is an error, empty, a runt, oversize, outside
 *   its page or part of a multi-slot packet (never negotiated: no
 *   feature-sg, no GSO) is dropped and counted (stats: rx_dropped); its page
 *   is posted again.
 * - A backend that breaks the ring protocol is counted (protocol_errors):
 *   a tx completion for a buffer not in flight, an rx response whose id is
 *   not its request's; a response producer ahead of the requests made
 *   makes the device "broken": every later call raises OSError(EIO).  Bad
 *   arguments raise TypeError/ValueError; resource shortage raises OSError
 *   (ENOMEM, ENOSPC, ENODEV without Xen).
 * - Nothing here blocks: waiting is port_wait's job (the event channel is
 *   in its wait set from the start).
 *
 * Facts used (from xen/io/netif.h and xen/io/ring.h): rx responses come
 * back in the ring slot of their request, so the slot tells the buffer;
 * extra-info slots overlay responses and also use up a request; every
 * response answers a request, so the response producer never passes the
 * request producer. */
#include "platform.h"

#include "../vm/obj.h"

#include <errno.h>

/* The barriers xen/io/ring.h's macros use (for interface versions from
 * 0x00030208 on, the includer defines them).  x86 keeps loads in order
 * with loads and stores with stores, so only a full barrier (a store
 * before a load) needs an instruction.  Defined here, not taken on trust:
 * the macros expand inside a system header, where a missing definition
 * is only a link error. */
#define xen_mb() __asm__ volatile("mfence" ::: "memory")
#define xen_rmb() __asm__ volatile("" ::: "memory")
#define xen_wmb() __asm__ volatile("" ::: "memory")

#include <xen/grant_table.h>
#include <xen/io/netif.h>
#include <xen/io/ring.h>

/* Vifs open at once. */
#define NF_MAX 4
/* Transmit buffers in flight (two 2 KiB halves per granted page). */
#define NF_TX_BUFS 64
#define NF_TX_HALF 2048u
#define NF_TX_PAGES (NF_TX_BUFS / 2)
/* Receive pages posted on the rx ring (one frame each). */
#define NF_RX_BUFS 128
#define NF_ETH_HDR 14u

_Static_assert(NF_RX_BUFS <= __CONST_RING_SIZE(netif_rx, XEN_PAGE_SIZE), "rx ring too small");
_Static_assert(NF_TX_BUFS <= __CONST_RING_SIZE(netif_tx, XEN_PAGE_SIZE), "tx ring too small");

typedef struct {
    uint64_t rx_frames, rx_bytes, rx_dropped, rx_errors;
    uint64_t tx_frames, tx_bytes, tx_errors, tx_full, protocol_errors;
} nf_stats;

typedef struct {
    bool used, broken;
    domid_t backend;
    evtchn_port_t port;
    unsigned max_frame;
    netif_tx_front_ring_t tx;
    netif_rx_front_ring_t rx;
    int tx_ring_ref, rx_ring_ref;
    uint8_t *tx_page[NF_TX_PAGES];
    int tx_gref[NF_TX_PAGES];
    bool tx_busy[NF_TX_BUFS];
    uint16_t tx_free[NF_TX_BUFS];
    unsigned ntx_free;
    uint8_t *rx_page[NF_RX_BUFS];
    int rx_gref[NF_RX_BUFS];
    uint16_t rx_free[NF_RX_BUFS];
    unsigned nrx_free;
    /* the buffer posted in each rx ring slot */
    uint16_t rx_slot[__CONST_RING_SIZE(netif_rx, XEN_PAGE_SIZE)];
    bool rx_extra; /* the next slot is an extra-info slot */
    bool rx_chain; /* the next slot continues a dropped packet */
    nf_stats st;
} netfront;

static netfront devs[NF_MAX];

_Noreturn static void os_error(int err, const char *what)
{
    Value args[2] = {MK_SMALL(err), (Value)str_printf("%s: %s", what, strerror(err))};
    vm_raise(vm_call((Value)OSError_type, args, 2, NULL));
}

/* ---- set-up and tear-down ------------------------------------------------ */

/* Revoke a grant and free its page; a page the backend still maps is kept
 * (leaked) rather than reused while foreign-mapped.  True when freed. */
static bool release(uint8_t **page, int *ref)
{
    bool ok = true;
    if (*ref >= 0) {
        ok = gnttab_end(*ref);
        *ref = -1;
    }
    if (*page && ok)
        page_free(*page);
    *page = NULL;
    return ok;
}

/* Undo netfront_create, as far as it got.  True when every grant was
 * revoked (the backend let go of everything). */
static bool teardown(netfront *nf)
{
    bool ok = true;
    if (nf->port)
        evtchn_close(nf->port);
    uint8_t *ring = (uint8_t *)nf->tx.sring;
    ok &= release(&ring, &nf->tx_ring_ref);
    ring = (uint8_t *)nf->rx.sring;
    ok &= release(&ring, &nf->rx_ring_ref);
    for (unsigned i = 0; i < NF_TX_PAGES; i++)
        ok &= release(&nf->tx_page[i], &nf->tx_gref[i]);
    for (unsigned i = 0; i < NF_RX_BUFS; i++)
        ok &= release(&nf->rx_page[i], &nf->rx_gref[i]);
    memset(nf, 0, sizeof *nf);
    return ok;
}

/* A granted, zeroed page for the backend; 0 or a negative errno. */
static int granted_page(domid_t backend, bool readonly, uint8_t **page, int *ref)
{
    *page = page_alloc();
    if (!*page)
        return -ENOMEM;
    *ref = gnttab_grant(backend, page_gfn(*page), readonly);
    return *ref < 0 ? *ref : 0;
}

/* Post every free receive page on the rx ring; notify when the backend
 * asked for it (req_event). */
static void rx_post(netfront *nf)
{
    if (!nf->nrx_free)
        return;
    while (nf->nrx_free && !RING_FULL(&nf->rx)) {
        uint16_t id = nf->rx_free[--nf->nrx_free];
        RING_IDX i = nf->rx.req_prod_pvt++;
        netif_rx_request_t *req = RING_GET_REQUEST(&nf->rx, i);
        req->id = id;
        req->gref = (grant_ref_t)nf->rx_gref[id];
        nf->rx_slot[i & (RING_SIZE(&nf->rx) - 1)] = id;
    }
    int notify;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&nf->rx, notify);
    if (notify)
        evtchn_notify(nf->port);
}

/* Set up rings, buffers and the event channel for a vif served by backend;
 * 0 or a negative errno (everything undone). */
static int netfront_create(netfront *nf, domid_t backend, unsigned max_frame)
{
    memset(nf, 0, sizeof *nf);
    nf->used = true;
    nf->backend = backend;
    nf->max_frame = max_frame;
    nf->tx_ring_ref = nf->rx_ring_ref = -1;
    for (unsigned i = 0; i < NF_TX_PAGES; i++)
        nf->tx_gref[i] = -1;
    for (unsigned i = 0; i < NF_RX_BUFS; i++)
        nf->rx_gref[i] = -1;

    uint8_t *page;
    int rc = granted_page(backend, false, &page, &nf->tx_ring_ref);
    nf->tx.sring = (netif_tx_sring_t *)page;
    if (rc)
        goto fail;
    SHARED_RING_INIT(nf->tx.sring);
    FRONT_RING_INIT(&nf->tx, nf->tx.sring, XEN_PAGE_SIZE);

    rc = granted_page(backend, false, &page, &nf->rx_ring_ref);
    nf->rx.sring = (netif_rx_sring_t *)page;
    if (rc)
        goto fail;
    SHARED_RING_INIT(nf->rx.sring);
    FRONT_RING_INIT(&nf->rx, nf->rx.sring, XEN_PAGE_SIZE);

    for (unsigned i = 0; i < NF_TX_PAGES; i++)
        if ((rc = granted_page(backend, true, &nf->tx_page[i], &nf->tx_gref[i])))
            goto fail;
    for (unsigned i = 0; i < NF_TX_BUFS; i++)
        nf->tx_free[i] = (uint16_t)(NF_TX_BUFS - 1 - i);
    nf->ntx_free = NF_TX_BUFS;

    for (unsigned i = 0; i < NF_RX_BUFS; i++)
        if ((rc = granted_page(backend, false, &nf->rx_page[i], &nf->rx_gref[i])))
            goto fail;
    for (unsigned i = 0; i < NF_RX_BUFS; i++)
        nf->rx_free[i] = (uint16_t)(NF_RX_BUFS - 1 - i);
    nf->nrx_free = NF_RX_BUFS;

    long port = evtchn_alloc_unbound(backend);
    if (port < 0) {
        rc = (int)port;
        goto fail;
    }
    nf->port = (evtchn_port_t)port;
    rx_post(nf);
    return 0;
fail:
    teardown(nf);
    return rc;
}

/* ---- the rings ------------------------------------------------------------ */

/* A response producer that ran past our requests (a stricter form of
 * ring.h's RING_RESPONSE_PROD_OVERFLOW). */
#define PROD_BEYOND_REQUESTS(_r, _prod)                                                            \
    ((RING_IDX)((_prod) - (_r)->rsp_cons) > (RING_IDX)((_r)->req_prod_pvt - (_r)->rsp_cons))

/* Give back the transmit buffers of completed requests.  With arm, also
 * ask the backend for an event at the next completion (rsp_event), as
 * send() does when every buffer is in flight.  Otherwise completions raise
 * no event (rsp_event is left behind): they are reclaimed on the next call
 * anyway, and echoing a frame then wakes the guest once, not twice. */
static void tx_reclaim(netfront *nf, bool arm)
{
    for (;;) {
        RING_IDX prod = nf->tx.sring->rsp_prod;
        xen_rmb(); /* responses are read after the producer index */
        if (PROD_BEYOND_REQUESTS(&nf->tx, prod)) {
            nf->broken = true;
            nf->st.protocol_errors++;
            return;
        }
        for (RING_IDX i = nf->tx.rsp_cons; i != prod; i++) {
            netif_tx_response_t rsp;
            RING_COPY_RESPONSE(&nf->tx, i, &rsp);
            if (rsp.status == NETIF_RSP_NULL)
                continue;
            if (rsp.id >= NF_TX_BUFS || !nf->tx_busy[rsp.id]) {
                nf->st.protocol_errors++;
                continue;
            }
            nf->tx_busy[rsp.id] = false;
            nf->tx_free[nf->ntx_free++] = rsp.id;
            if (rsp.status != NETIF_RSP_OKAY)
                nf->st.tx_errors++;
        }
        nf->tx.rsp_cons = prod;
        if (!arm)
            return;
        int more;
        RING_FINAL_CHECK_FOR_RESPONSES(&nf->tx, more);
        if (!more)
            return;
    }
}

/* Queue one frame; false when no transmit buffer is free. */
static bool tx_send(netfront *nf, const uint8_t *data, size_t len)
{
    tx_reclaim(nf, false);
    if (!nf->ntx_free || RING_FULL(&nf->tx))
        tx_reclaim(nf, true); /* and be woken by the next completion */
    if (!nf->ntx_free || RING_FULL(&nf->tx)) {
        nf->st.tx_full++;
        return false;
    }
    uint16_t id = nf->tx_free[--nf->ntx_free];
    unsigned offset = (id % 2) * NF_TX_HALF;
    memcpy(nf->tx_page[id / 2] + offset, data, len);
    nf->tx_busy[id] = true;
    netif_tx_request_t *req = RING_GET_REQUEST(&nf->tx, nf->tx.req_prod_pvt);
    req->gref = (grant_ref_t)nf->tx_gref[id / 2];
    req->offset = (uint16_t)offset;
    req->flags = 0;
    req->id = id;
    req->size = (uint16_t)len;
    nf->tx.req_prod_pvt++;
    int notify;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&nf->tx, notify);
    if (notify)
        evtchn_notify(nf->port);
    nf->st.tx_frames++;
    nf->st.tx_bytes += len;
    return true;
}

/* Consume rx responses until one good frame: it is returned as a new
 * bytes object; NULL when none is waiting.  Pages are posted again before
 * returning. */
static Value rx_recv(netfront *nf)
{
    Value frame = NULL;
    while (!frame) {
        RING_IDX prod = nf->rx.sring->rsp_prod;
        xen_rmb();
        if (PROD_BEYOND_REQUESTS(&nf->rx, prod)) {
            nf->broken = true;
            nf->st.protocol_errors++;
            break;
        }
        if (nf->rx.rsp_cons == prod) {
            int more;
            RING_FINAL_CHECK_FOR_RESPONSES(&nf->rx, more);
            if (!more)
                break;
            continue;
        }
        RING_IDX i = nf->rx.rsp_cons;
        netif_rx_response_t rsp;
        RING_COPY_RESPONSE(&nf->rx, i, &rsp);
        uint16_t id = nf->rx_slot[i & (RING_SIZE(&nf->rx) - 1)];
        bool keep = false;
        if (nf->rx_extra) {
            /* An extra-info slot (netif_extra_info_t overlays the
             * response); more follow while its MORE flag is set. */
            const netif_extra_info_t *x = (const void *)&rsp;
            nf->rx_extra = x->flags & XEN_NETIF_EXTRA_FLAG_MORE;
        } else if (nf->rx_chain) {
            nf->rx_chain = rsp.flags & NETRXF_more_data;
        } else {
            nf->rx_extra = rsp.flags & NETRXF_extra_info;
            nf->rx_chain = rsp.flags & NETRXF_more_data;
            if (rsp.status < 0) {
                nf->st.rx_errors++;
            } else if (nf->rx_extra || nf->rx_chain || rsp.status < (int)NF_ETH_HDR ||
                       (unsigned)rsp.status > nf->max_frame ||
                       rsp.offset + (unsigned)rsp.status > XEN_PAGE_SIZE) {
                nf->st.rx_dropped++;
            } else {
                keep = true;
            }
            if (rsp.id != id)
                nf->st.protocol_errors++;
        }
        if (keep) {
            /* Allocate before consuming: if this raises MemoryError the
             * response stays on the ring. */
            Bytes *b = bytes_alloc((size_t)rsp.status);
            memcpy(b->data, nf->rx_page[id] + rsp.offset, (size_t)rsp.status);
            frame = (Value)b;
            nf->st.rx_frames++;
            nf->st.rx_bytes += (uint64_t)rsp.status;
        }
        nf->rx.rsp_cons = i + 1;
        nf->rx_free[nf->nrx_free++] = id;
    }
    rx_post(nf);
    return frame;
}

/* ---- the _netif module ------------------------------------------------------ */

/* The open vif a[0] names, broken or not (stats and close work on both). */
static netfront *dev_lookup(Value *a, int n, const char *fname)
{
    if (n < 1)
        vm_raisef(TypeError_type, "%s() missing required argument 'handle'", fname);
    int64_t h = arg_int(a[0], "handle");
    if (h < 0 || h >= NF_MAX || !devs[h].used)
        vm_raisef(ValueError_type, "%s(): no open vif with handle %ld", fname, h);
    return &devs[h];
}

/* The open vif a[0] names, whose ring still works. */
static netfront *dev_arg(Value *a, int n, const char *fname)
{
    netfront *nf = dev_lookup(a, n, fname);
    if (nf->broken)
        os_error(EIO, "the network backend broke the ring protocol");
    return nf;
}

/* create(backend_domid, max_frame) -> (handle, tx_ring_ref, rx_ring_ref, port) */
static Value nf_create(Value *a, int n, Tuple *kw)
{
    arg_nokw("create", kw);
    arg_count("create", n, 2, 2);
    int64_t backend = arg_int(a[0], "backend_domid");
    int64_t max_frame = arg_int(a[1], "max_frame");
    if (backend < 0 || backend >= DOMID_FIRST_RESERVED)
        vm_raisef(ValueError_type, "create(): bad backend domain id %ld", backend);
    if (max_frame < (int64_t)NF_ETH_HDR || max_frame > (int64_t)NF_TX_HALF)
        vm_raisef(ValueError_type, "create(): max_frame must be %d..%d bytes, not %ld",
                  (int)NF_ETH_HDR, (int)NF_TX_HALF, max_frame);
    int h = 0;
    while (h < NF_MAX && devs[h].used)
        h++;
    if (h == NF_MAX)
        vm_raisef(OSError_type, "create(): at most %d vifs can be open at once", NF_MAX);
    int rc = netfront_create(&devs[h], (domid_t)backend, (unsigned)max_frame);
    if (rc < 0)
        os_error(-rc, "setting up the vif's rings");
    netfront *nf = &devs[h];
    Value t[4] = {MK_SMALL(h), MK_SMALL(nf->tx_ring_ref), MK_SMALL(nf->rx_ring_ref),
                  MK_SMALL(nf->port)};
    return (Value)tuple_from(t, 4);
}

/* kick(handle): tell the backend to look at both rings (after it connected). */
static Value nf_kick(Value *a, int n, Tuple *kw)
{
    arg_nokw("kick", kw);
    arg_count("kick", n, 1, 1);
    netfront *nf = dev_arg(a, n, "kick");
    evtchn_notify(nf->port);
    return None;
}

/* send(handle, frame) -> bool: queued, or False when no buffer is free. */
static Value nf_send(Value *a, int n, Tuple *kw)
{
    arg_nokw("send", kw);
    arg_count("send", n, 2, 2);
    netfront *nf = dev_arg(a, n, "send");
    const uint8_t *p;
    size_t len;
    if (!bytes_buffer(a[1], &p, &len))
        vm_raisef(TypeError_type, "send(): a bytes-like frame is required, not '%s'",
                  vm_type_name(a[1]));
    if (len < NF_ETH_HDR || len > nf->max_frame)
        vm_raisef(ValueError_type, "send(): a frame must be %d..%d bytes, not %zu", (int)NF_ETH_HDR,
                  (int)nf->max_frame, len);
    return BOOL(tx_send(nf, p, len));
}

/* recv(handle) -> bytes or None */
static Value nf_recv(Value *a, int n, Tuple *kw)
{
    arg_nokw("recv", kw);
    arg_count("recv", n, 1, 1);
    netfront *nf = dev_arg(a, n, "recv");
    tx_reclaim(nf, false);
    Value frame = rx_recv(nf);
    return frame ? frame : None;
}

/* pending(handle) -> bool: responses wait on either ring (recv or send
 * would find work without waiting). */
static Value nf_pending(Value *a, int n, Tuple *kw)
{
    arg_nokw("pending", kw);
    arg_count("pending", n, 1, 1);
    netfront *nf = dev_arg(a, n, "pending");
    xen_rmb();
    return BOOL(RING_HAS_UNCONSUMED_RESPONSES(&nf->rx) || RING_HAS_UNCONSUMED_RESPONSES(&nf->tx));
}

/* stats(handle) -> (rx_frames, rx_bytes, rx_dropped, rx_errors, tx_frames,
 * tx_bytes, tx_errors, tx_full, protocol_errors, tx_in_flight) */
static Value nf_stats_fn(Value *a, int n, Tuple *kw)
{
    arg_nokw("stats", kw);
    arg_count("stats", n, 1, 1);
    netfront *nf = dev_lookup(a, n, "stats");
    const nf_stats *s = &nf->st;
    uint64_t v[10] = {s->rx_frames, s->rx_bytes,  s->rx_dropped, s->rx_errors,       s->tx_frames,
                      s->tx_bytes,  s->tx_errors, s->tx_full,    s->protocol_errors, NF_TX_BUFS - nf->ntx_free};
    Value t[10];
    for (int i = 0; i < 10; i++)
        t[i] = int_from_u64(v[i]);
    return (Value)tuple_from(t, 10);
}

/* close(handle) -> bool: free everything; False when the backend still
 * held a grant (those pages are kept, never reused). */
static Value nf_close(Value *a, int n, Tuple *kw)
{
    arg_nokw("close", kw);
    arg_count("close", n, 1, 1);
    return BOOL(teardown(dev_lookup(a, n, "close")));
}

/* The module: registered in an image's platform module table only when the
 * program imports _netif (through xen.net). */
void *mod_netif_init(void)
{
    Module *m = module_new(str_intern_cstr("_netif"));
    module_add_fn(m, "create", nf_create);
    module_add_fn(m, "kick", nf_kick);
    module_add_fn(m, "send", nf_send);
    module_add_fn(m, "recv", nf_recv);
    module_add_fn(m, "pending", nf_pending);
    module_add_fn(m, "stats", nf_stats_fn);
    module_add_fn(m, "close", nf_close);
    module_set(m, "MAX_VIFS", MK_SMALL(NF_MAX));
    module_set(m, "TX_BUFFERS", MK_SMALL(NF_TX_BUFS));
    module_set(m, "RX_BUFFERS", MK_SMALL(NF_RX_BUFS));
    module_set(m, "MAX_FRAME", MK_SMALL(NF_TX_HALF));
    return m;
}
