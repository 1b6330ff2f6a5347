/* SPDX-License-Identifier: MIT */
/* A xenstore client over the shared ring (xen/io/xs_wire.h).
 *
 * Promises: one request at a time, as the protocol allows; its reply is
 * recognised by req_id, so a late reply to a request that timed out is
 * read and dropped instead of being taken for the next one's.  Watch
 * events that arrive while waiting are copied into a queue (XS_EVQ bytes;
 * when it is full further events are counted in xs_events_dropped, never
 * overwritten) and handed out by xs_next_event in arrival order.  Waiting
 * uses port_wait on the store event channel: no spinning.  A deadline only
 * bounds the wait for a message to start; a message whose header has been
 * read is always read to its end, so the ring never loses its framing.
 * Parsing of bodies and all policy (paths, errors, retries) is the
 * caller's (stdlib/xen/store.py through mod_xen.c). */
#include "platform.h"
#include "../vm/port.h"

#include <errno.h>
#include <xen/hvm/params.h>
#include <xen/io/xs_wire.h>

#define XS_EVQ 8192

static struct xenstore_domain_interface *ring;
static evtchn_port_t store_port;
static bool tried;
static uint32_t next_req_id = 1;

/* Queued watch events: records of a 4-byte length then the body. */
static char evq[XS_EVQ];
static size_t evq_head, evq_len; /* ring of bytes */
unsigned long xs_events_dropped;

/* Find the ring and its event channel; false without Xen. */
static bool connect(void)
{
    if (ring)
        return true;
    if (tried || !xen_shared_info)
        return false;
    tried = true;
    uint64_t pfn = 0, port = 0;
    if (hypercall_get_param(HVM_PARAM_STORE_PFN, &pfn) != 0 || !pfn ||
        hypercall_get_param(HVM_PARAM_STORE_EVTCHN, &port) != 0)
        return false;
    store_port = (evtchn_port_t)port;
    evtchn_watch(store_port);
    ring = (struct xenstore_domain_interface *)(uintptr_t)(pfn << 12);
    return true;
}

/* Write n bytes into the request ring, waiting for room as needed. */
static void put(const void *data, size_t n)
{
    const char *p = data;
    while (n) {
        XENSTORE_RING_IDX cons = __atomic_load_n(&ring->req_cons, __ATOMIC_ACQUIRE);
        XENSTORE_RING_IDX prod = ring->req_prod;
        size_t room = XENSTORE_RING_SIZE - (prod - cons);
        if (room == 0) {
            evtchn_notify(store_port);
            port_wait(UINT64_MAX);
            continue;
        }
        size_t off = MASK_XENSTORE_IDX(prod);
        size_t k = XENSTORE_RING_SIZE - off;
        if (k > room)
            k = room;
        if (k > n)
            k = n;
        __builtin_memcpy(ring->req + off, p, k);
        __atomic_store_n(&ring->req_prod, prod + (XENSTORE_RING_IDX)k, __ATOMIC_RELEASE);
        p += k;
        n -= k;
    }
    evtchn_notify(store_port);
}

/* Bytes waiting in the response ring. */
static size_t avail(void)
{
    return __atomic_load_n(&ring->rsp_prod, __ATOMIC_ACQUIRE) - ring->rsp_cons;
}

/* Read n bytes from the response ring (into dst, or dropped if NULL),
 * waiting with no deadline: the message has started. */
static void get(void *dst, size_t n)
{
    char *p = dst;
    while (n) {
        size_t have = avail();
        if (have == 0) {
            port_wait(UINT64_MAX);
            continue;
        }
        XENSTORE_RING_IDX cons = ring->rsp_cons;
        size_t off = MASK_XENSTORE_IDX(cons);
        size_t k = XENSTORE_RING_SIZE - off;
        if (k > have)
            k = have;
        if (k > n)
            k = n;
        if (p) {
            __builtin_memcpy(p, ring->rsp + off, k);
            p += k;
        }
        __atomic_store_n(&ring->rsp_cons, cons + (XENSTORE_RING_IDX)k, __ATOMIC_RELEASE);
        n -= k;
        evtchn_notify(store_port);
    }
}

/* Wait until a message starts or the deadline passes. */
static bool wait_message(uint64_t deadline_ns)
{
    while (avail() == 0) {
        if (port_monotonic_ns() >= deadline_ns)
            return false;
        port_wait(deadline_ns);
    }
    return true;
}

static void evq_put(const void *data, size_t n)
{
    for (size_t i = 0; i < n; i++)
        evq[(evq_head + evq_len + i) % XS_EVQ] = ((const char *)data)[i];
    evq_len += n;
}

static void evq_get(void *data, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (data)
            ((char *)data)[i] = evq[evq_head];
        evq_head = (evq_head + 1) % XS_EVQ;
    }
    evq_len -= n;
}

/* A watch event's body, read from the ring into the queue. */
static void queue_event(uint32_t len)
{
    uint32_t len4 = len;
    if (XS_EVQ - evq_len < len + sizeof len4) {
        get(NULL, len);
        xs_events_dropped++;
        return;
    }
    char body[XENSTORE_PAYLOAD_MAX];
    get(body, len);
    evq_put(&len4, sizeof len4);
    evq_put(body, len);
}

long xs_request(uint32_t type, uint32_t tx, const void *body, size_t len, char *reply, size_t cap,
                uint32_t *rtype, uint64_t deadline_ns)
{
    if (!connect())
        return -ENODEV;
    if (len > XENSTORE_PAYLOAD_MAX)
        return -E2BIG;
    struct xsd_sockmsg msg = {.type = type, .req_id = next_req_id++, .tx_id = tx, .len = (uint32_t)len};
    put(&msg, sizeof msg);
    if (len)
        put(body, len);
    for (;;) {
        if (!wait_message(deadline_ns))
            return -ETIMEDOUT;
        struct xsd_sockmsg h;
        get(&h, sizeof h);
        if (h.len > XENSTORE_PAYLOAD_MAX)
            return -EIO; /* not a message boundary any more */
        if (h.type == XS_WATCH_EVENT) {
            queue_event(h.len);
            continue;
        }
        if (h.req_id != msg.req_id) { /* a late reply to an abandoned request */
            get(NULL, h.len);
            continue;
        }
        if (h.len >= cap) {
            get(NULL, h.len);
            return -E2BIG;
        }
        get(reply, h.len);
        reply[h.len] = 0;
        *rtype = h.type;
        return h.len;
    }
}

long xs_next_event(char *buf, size_t cap, uint64_t deadline_ns)
{
    if (!connect())
        return -ENODEV;
    for (;;) {
        if (evq_len) {
            uint32_t len;
            evq_get(&len, sizeof len);
            if (len >= cap) {
                evq_get(NULL, len);
                return -E2BIG;
            }
            evq_get(buf, len);
            buf[len] = 0;
            return len;
        }
        /* Read whatever the ring holds; only events arrive unasked. */
        if (!wait_message(deadline_ns))
            return 0;
        struct xsd_sockmsg h;
        get(&h, sizeof h);
        if (h.len > XENSTORE_PAYLOAD_MAX)
            return -EIO;
        if (h.type == XS_WATCH_EVENT)
            queue_event(h.len);
        else
            get(NULL, h.len); /* a late reply */
    }
}
