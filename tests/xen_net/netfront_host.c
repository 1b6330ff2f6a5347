/* SPDX-License-Identifier: MIT */
/* Host test of xen/netfront.c's ring logic, without Xen: the driver file is
 * compiled into this program with stand-ins for the platform (pages from
 * aligned_alloc, grants remembered in a table, event channels counted) and
 * for the few VM calls it makes, and the program plays the backend on the
 * shared rings.  It delivers good frames and every kind of malformed rx
 * response (error, empty, runt, oversize, outside the page, multi-slot
 * chains, extra-info slots, a wrong id, a runaway producer) and completes
 * transmits (in order, out of order, with errors, with bad ids), checking
 * what recv/send return, the counters, that every receive page is posted
 * again and when the backend would be notified.  Ends with
 * "netfront host test: N checks passed" (exit 0) or the first failed check
 * (exit 1).  Run by tests/xen_net/test_netfront_host.py. */
#include <stdio.h>
#include <stdlib.h>

#include "../../xen/netfront.c"

/* ---- stand-ins ---------------------------------------------------------- */

Type *OSError_type, *TypeError_type, *ValueError_type;
Obj none_obj, true_obj, false_obj;

#define MAX_GRANTS 1024
static struct {
    bool used;
    uint64_t gfn;
    bool readonly;
    domid_t domid;
} grants[MAX_GRANTS];
static int pages_out, notifies, closes;

void *page_alloc(void)
{
    void *p = aligned_alloc(XEN_PAGE_SIZE, XEN_PAGE_SIZE);
    if (p) {
        memset(p, 0, XEN_PAGE_SIZE);
        pages_out++;
    }
    return p;
}

void page_free(void *page)
{
    if (page) {
        pages_out--;
        free(page);
    }
}

int gnttab_grant(domid_t domid, uint64_t gfn, bool readonly)
{
    for (int r = 8; r < MAX_GRANTS; r++) /* refs 0-7 are reserved, as in Xen */
        if (!grants[r].used) {
            grants[r].used = true;
            grants[r].gfn = gfn;
            grants[r].readonly = readonly;
            grants[r].domid = domid;
            return r;
        }
    return -ENOSPC;
}

bool gnttab_end(int ref)
{
    if (ref < 0 || ref >= MAX_GRANTS || !grants[ref].used)
        abort();
    grants[ref].used = false;
    return true;
}

long evtchn_alloc_unbound(domid_t remote)
{
    (void)remote;
    return 17;
}

void evtchn_notify(evtchn_port_t port)
{
    (void)port;
    notifies++;
}

void evtchn_close(evtchn_port_t port)
{
    (void)port;
    closes++;
}

Bytes *bytes_alloc(size_t len)
{
    Bytes *b = calloc(1, sizeof(Bytes) + len + 1);
    if (!b)
        abort();
    b->len = len;
    return b;
}

bool bytes_buffer(Value v, const uint8_t **p, size_t *n)
{
    *p = ((Bytes *)v)->data;
    *n = ((Bytes *)v)->len;
    return true;
}

/* The module functions are not called here: their VM calls only need to link. */
_Noreturn static void unused(void)
{
    abort();
}
void arg_count(const char *f, int n, int lo, int hi)
{
    (void)f, (void)n, (void)lo, (void)hi;
    unused();
}
void arg_nokw(const char *f, Tuple *kw)
{
    (void)f, (void)kw;
    unused();
}
int64_t arg_int(Value v, const char *what)
{
    (void)v, (void)what;
    unused();
}
Value int_from_u64(uint64_t u)
{
    (void)u;
    unused();
}
Module *module_new(Str *name)
{
    (void)name;
    unused();
}
void module_add_fn(Module *m, const char *name, NativeFn fn)
{
    (void)m, (void)name, (void)fn;
    unused();
}
void module_set(Module *m, const char *name, Value v)
{
    (void)m, (void)name, (void)v;
    unused();
}
Str *str_intern_cstr(const char *s)
{
    (void)s;
    unused();
}
Str *str_printf(const char *fmt, ...)
{
    (void)fmt;
    unused();
}
Tuple *tuple_from(Value *items, size_t n)
{
    (void)items, (void)n;
    unused();
}
Value vm_call(Value f, Value *args, int nargs, Tuple *kw)
{
    (void)f, (void)args, (void)nargs, (void)kw;
    unused();
}
void vm_raise(Value exc)
{
    (void)exc;
    unused();
}
void vm_raisef(Type *t, const char *fmt, ...)
{
    (void)t, (void)fmt;
    unused();
}
const char *vm_type_name(Value v)
{
    (void)v;
    unused();
}

/* ---- the backend's side ------------------------------------------------- */

static int checks;
#define CHECK(c)                                                                   \
    do {                                                                           \
        checks++;                                                                  \
        if (!(c)) {                                                                \
            printf("FAILED %s:%d: %s\n", __FILE__, __LINE__, #c);                  \
            exit(1);                                                               \
        }                                                                          \
    } while (0)

static uint8_t *granted(grant_ref_t ref)
{
    CHECK(ref < MAX_GRANTS && grants[ref].used);
    return (uint8_t *)(uintptr_t)(grants[ref].gfn << 12);
}

/* The backend's rx position (requests it has taken = responses it made). */
static RING_IDX be_rx;

/* Answer the next rx request: copy len bytes of data to offset (when
 * data), and respond with status/flags; id_delta corrupts the id. */
static void rx_respond(netfront *nf, const uint8_t *data, int status, uint16_t offset,
                       uint16_t flags, int id_delta)
{
    netif_rx_sring_t *s = nf->rx.sring;
    CHECK(s->req_prod - be_rx > 0); /* a page is posted for it */
    unsigned slot = be_rx & (RING_SIZE(&nf->rx) - 1);
    netif_rx_request_t req = s->ring[slot].req;
    CHECK(!grants[req.gref].readonly);
    if (data && status > 0 && offset + status <= (int)XEN_PAGE_SIZE)
        memcpy(granted(req.gref) + offset, data, (size_t)status);
    netif_rx_response_t *rsp = &s->ring[slot].rsp;
    rsp->id = (uint16_t)(req.id + id_delta);
    rsp->offset = offset;
    rsp->flags = flags;
    rsp->status = (int16_t)status;
    be_rx++;
}

/* An extra-info slot in place of a response (netif.h: it overlays one). */
static void rx_extra(netfront *nf, bool more)
{
    netif_rx_sring_t *s = nf->rx.sring;
    unsigned slot = be_rx & (RING_SIZE(&nf->rx) - 1);
    netif_extra_info_t *x = (netif_extra_info_t *)&s->ring[slot].rsp;
    memset(x, 0, sizeof *x);
    x->type = XEN_NETIF_EXTRA_TYPE_GSO;
    x->flags = more ? XEN_NETIF_EXTRA_FLAG_MORE : 0;
    be_rx++;
}

static void rx_publish(netfront *nf)
{
    nf->rx.sring->rsp_prod = be_rx;
}

static Bytes *recv1(netfront *nf)
{
    return (Bytes *)rx_recv(nf);
}

static void frame(uint8_t *f, size_t n, uint8_t seed)
{
    for (size_t i = 0; i < n; i++)
        f[i] = (uint8_t)(seed + i * 7);
}

/* Whether frame b (then freed) holds the n bytes at f. */
static bool same(Bytes *b, const uint8_t *f, size_t n)
{
    bool ok = b && b->len == n && memcmp(b->data, f, n) == 0;
    free(b);
    return ok;
}

static void test_rx(void)
{
    static netfront nf;
    uint8_t f[4096];
    be_rx = 0;
    CHECK(netfront_create(&nf, 0, 1514) == 0);
    CHECK(nf.port == 17 && pages_out == 2 + NF_TX_PAGES + NF_RX_BUFS);
    CHECK(nf.rx.sring->req_prod == NF_RX_BUFS); /* every page posted */
    CHECK(recv1(&nf) == NULL);
    CHECK(nf.rx.sring->rsp_event == 1); /* armed: the first response notifies */

    /* good frames of the smallest and largest size, at an offset */
    frame(f, 1514, 1);
    rx_respond(&nf, f, 60, 0, 0, 0);
    rx_respond(&nf, f, 1514, 64, NETRXF_data_validated, 0);
    rx_publish(&nf);
    Bytes *b = recv1(&nf);
    CHECK(same(b, f, 60));
    b = recv1(&nf);
    CHECK(same(b, f, 1514));
    CHECK(recv1(&nf) == NULL);
    CHECK(nf.st.rx_frames == 2 && nf.st.rx_bytes == 1574 && nf.st.rx_dropped == 0);
    CHECK(nf.rx.sring->req_prod - be_rx == NF_RX_BUFS); /* both pages back */
    CHECK(nf.rx.sring->rsp_event == be_rx + 1);

    /* each malformed response is dropped and counted, the next good one
     * still arrives */
    rx_respond(&nf, NULL, NETIF_RSP_ERROR, 0, 0, 0);  /* backend error */
    rx_respond(&nf, NULL, 0, 0, 0, 0);                /* empty */
    rx_respond(&nf, f, 13, 0, 0, 0);                  /* runt */
    rx_respond(&nf, f, 1515, 0, 0, 0);                /* over mtu + 14 */
    rx_respond(&nf, f, 200, 4000, 0, 0);              /* beyond its page */
    rx_respond(&nf, f, 1000, 0, NETRXF_more_data, 0); /* a 3-slot chain */
    rx_respond(&nf, f, 1000, 0, NETRXF_more_data, 0);
    rx_respond(&nf, f, 500, 0, 0, 0);
    rx_respond(&nf, f, 100, 0, NETRXF_extra_info, 0); /* with 2 extras */
    rx_extra(&nf, true);
    rx_extra(&nf, false);
    rx_respond(&nf, f, 100, 0, NETRXF_extra_info | NETRXF_more_data, 0);
    rx_extra(&nf, false); /* extras, then the chain's next fragment */
    rx_respond(&nf, f, 100, 0, 0, 0);
    frame(f, 1514, 9);
    rx_respond(&nf, f, 99, 0, 0, 0);
    rx_publish(&nf);
    b = recv1(&nf);
    CHECK(same(b, f, 99));
    CHECK(recv1(&nf) == NULL);
    CHECK(nf.st.rx_errors == 1 && nf.st.rx_dropped == 7 && nf.st.rx_frames == 3);
    CHECK(nf.st.protocol_errors == 0);
    CHECK(nf.rx.sring->req_prod - be_rx == NF_RX_BUFS);

    /* a wrong id is counted; the slot says which page holds the frame */
    frame(f, 300, 3);
    rx_respond(&nf, f, 300, 0, 0, 5);
    rx_publish(&nf);
    CHECK(same(recv1(&nf), f, 300));
    CHECK(nf.st.protocol_errors == 1);

    /* a chain split over two publications is still dropped whole */
    rx_respond(&nf, f, 1000, 0, NETRXF_more_data, 0);
    rx_publish(&nf);
    CHECK(recv1(&nf) == NULL);
    rx_respond(&nf, f, 200, 0, 0, 0);
    rx_respond(&nf, f, 64, 0, 0, 0);
    rx_publish(&nf);
    CHECK(same(recv1(&nf), f, 64));
    CHECK(nf.st.rx_dropped == 8);

    /* more than a ring's worth of posted pages, round the ring several
     * times: no page lost */
    for (int i = 0; i < 1000; i++) {
        frame(f, 60 + i % 1400, (uint8_t)i);
        rx_respond(&nf, f, 60 + i % 1400, 0, 0, 0);
        rx_publish(&nf);
        CHECK(same(recv1(&nf), f, 60 + (size_t)(i % 1400)));
    }
    CHECK(nf.rx.sring->req_prod - be_rx == NF_RX_BUFS);

    /* a producer one past the posted pages: broken, nothing read */
    RING_IDX cons = nf.rx.rsp_cons;
    nf.rx.sring->rsp_prod = nf.rx.req_prod_pvt + 1;
    CHECK(recv1(&nf) == NULL && nf.broken && nf.rx.rsp_cons == cons);

    CHECK(teardown(&nf));
    CHECK(pages_out == 0 && closes == 1);
}

/* The backend's tx position. */
static RING_IDX be_tx;

static netif_tx_request_t tx_take(netfront *nf)
{
    CHECK(nf->tx.sring->req_prod != be_tx);
    return nf->tx.sring->ring[be_tx++ & (RING_SIZE(&nf->tx) - 1)].req;
}

/* Respond in slot rsp (the backend may answer in any order); returns
 * whether the backend would notify (ring.h's check). */
static bool tx_complete(netfront *nf, uint16_t id, int16_t status)
{
    netif_tx_sring_t *s = nf->tx.sring;
    RING_IDX old = s->rsp_prod;
    netif_tx_response_t *rsp = &s->ring[old & (RING_SIZE(&nf->tx) - 1)].rsp;
    rsp->id = id;
    rsp->status = status;
    s->rsp_prod = old + 1;
    return (RING_IDX)(old + 1 - s->rsp_event) < (RING_IDX)(old + 1 - old);
}

static void test_tx(void)
{
    static netfront nf;
    uint8_t f[2048];
    be_tx = 0;
    notifies = 0;
    CHECK(netfront_create(&nf, 3, 1514) == 0);
    netif_tx_request_t reqs[NF_TX_BUFS];
    for (int i = 0; i < NF_TX_BUFS; i++) {
        frame(f, 60 + (size_t)i * 20, (uint8_t)i);
        CHECK(tx_send(&nf, f, 60 + (size_t)i * 20));
        reqs[i] = tx_take(&nf);
        CHECK(grants[reqs[i].gref].readonly && grants[reqs[i].gref].domid == 3);
        CHECK(reqs[i].size == 60 + i * 20 && reqs[i].flags == 0);
        CHECK(reqs[i].offset + reqs[i].size <= XEN_PAGE_SIZE);
        CHECK(memcmp(granted(reqs[i].gref) + reqs[i].offset, f, reqs[i].size) == 0);
    }
    CHECK(notifies >= 1); /* the backend was told at least once */
    CHECK(nf.tx.sring->rsp_event == 1);
    /* the first completion notifies (rsp_event starts at 1) */
    CHECK(tx_complete(&nf, reqs[0].id, NETIF_RSP_OKAY));
    CHECK(tx_send(&nf, f, 60)); /* reclaimed: room again */
    reqs[0] = tx_take(&nf);
    /* completions do not notify while nobody waits */
    CHECK(!tx_complete(&nf, reqs[5].id, NETIF_RSP_OKAY));
    CHECK(tx_send(&nf, f, 61));
    reqs[5] = tx_take(&nf);
    CHECK(!tx_send(&nf, f, 62)); /* all in flight: refused, and armed */
    CHECK(nf.st.tx_full == 1);
    CHECK(tx_complete(&nf, reqs[7].id, NETIF_RSP_ERROR)); /* a waiter is woken */
    CHECK(tx_send(&nf, f, 63));
    reqs[7] = tx_take(&nf);
    CHECK(nf.st.tx_errors == 1);
    /* bad completions: an id out of range, one not in flight */
    tx_complete(&nf, 999, NETIF_RSP_OKAY);
    tx_complete(&nf, reqs[9].id, NETIF_RSP_OKAY);
    tx_complete(&nf, reqs[9].id, NETIF_RSP_OKAY);
    tx_complete(&nf, 0, NETIF_RSP_NULL); /* extra-info slot: ignored */
    tx_reclaim(&nf, false);
    CHECK(nf.st.protocol_errors == 2 && nf.ntx_free == 1);
    CHECK(nf.st.tx_frames == NF_TX_BUFS + 3);
    /* a producer past the requests breaks the device */
    nf.tx.sring->rsp_prod = nf.tx.req_prod_pvt + 1;
    tx_reclaim(&nf, false);
    CHECK(nf.broken);
    CHECK(teardown(&nf));
    CHECK(pages_out == 0);
    for (int r = 0; r < MAX_GRANTS; r++)
        CHECK(!grants[r].used);
}

static void test_no_memory(void)
{
    /* grants run out half way: everything taken so far is given back */
    static netfront nf;
    for (int r = 8; r < 8 + 100; r++)
        grants[r].used = true;
    for (int r = 8 + 100; r < MAX_GRANTS - 100; r++)
        grants[r].used = true; /* leave 100 free: fewer than needed */
    CHECK(netfront_create(&nf, 0, 1514) == -ENOSPC);
    CHECK(pages_out == 0 && !nf.used);
    for (int r = 8; r < MAX_GRANTS - 100; r++)
        grants[r].used = false;
    for (int r = 0; r < MAX_GRANTS; r++)
        CHECK(!grants[r].used);
}

int main(void)
{
    test_rx();
    test_tx();
    test_no_memory();
    printf("netfront host test: %d checks passed\n", checks);
    return 0;
}
