/* SPDX-License-Identifier: MIT */
/* `_xen`: the Xen primitives for Python (stdlib/xen/ is its only user).
 *
 * Promises: thin wrappers, no policy.  xenstore requests go out as raw
 * (type, transaction, body) and come back as (type, body bytes); event
 * channels, grants and waiting map one to one onto xen/evtchn.c,
 * xen/gnttab.c and port_wait.  Every failure is a Python exception:
 * OSError with a Linux errno (ENODEV when not running under Xen — bare
 * QEMU — so `xen` fails clearly there; TimeoutError for deadlines), never
 * a hang or a crash.  Timeouts are seconds (int or float) or None for no
 * deadline.
 *
 * Buffers: buffer(n) returns a writable memoryview of n pages of guest
 * memory, page-aligned (a large block of the VM heap).  grant() accepts
 * exactly one page of any bytes-like object that is page-aligned (such a
 * buffer or a page-sized slice of it); while granted, the object is kept
 * alive and its memory pinned (xen/pages.c), whatever the program does
 * with its references, until end() revokes the grant. */
#include "platform.h"
#include "../vm/obj.h"
#include "../vm/port.h"

#include <errno.h>
#include <xen/io/xs_wire.h>

_Noreturn static void os_error(int err, const char *what)
{
    Value args[2] = {MK_SMALL(err), (Value)str_from_cstr(what)};
    vm_raise(vm_call((Value)OSError_type, args, 2, NULL));
}

static void need_xen(const char *fname)
{
    if (!xen_shared_info)
        os_error(ENODEV, fname[0] == 'x' ? "xen: not running under Xen (no xenstore)"
                                         : "xen: not running under Xen");
}

/* A timeout argument (None or seconds >= 0) as a monotonic deadline. */
static uint64_t deadline_of(Value v)
{
    if (v == None)
        return UINT64_MAX;
    double s = float_as_double(v);
    if (!(s >= 0))
        vm_raisef(ValueError_type, "timeout must be a non-negative number or None");
    if (s > 1e9)
        return UINT64_MAX;
    return port_monotonic_ns() + (uint64_t)(s * 1e9);
}

static domid_t domid_arg(Value v)
{
    int64_t d = arg_int(v, "domid");
    if (d < 0 || d >= DOMID_FIRST_RESERVED)
        vm_raisef(ValueError_type, "domid out of range: %ld", d);
    return (domid_t)d;
}

static evtchn_port_t port_arg(Value v)
{
    int64_t p = arg_int(v, "port");
    if (p <= 0 || p > 0xfffff)
        vm_raisef(ValueError_type, "bad event channel port: %ld", p);
    return (evtchn_port_t)p;
}

/* ---- xenstore ------------------------------------------------------------ */

static char reply[XENSTORE_PAYLOAD_MAX + 1];

/* xs_request(type, tx, body: bytes, timeout) -> (reply_type, reply_body) */
static Value x_xs_request(Value *a, int n, Tuple *kw)
{
    arg_nokw("xs_request", kw);
    arg_count("xs_request", n, 4, 4);
    int64_t type = arg_int(a[0], "type"), tx = arg_int(a[1], "tx");
    const uint8_t *body;
    size_t len;
    if (!bytes_buffer(a[2], &body, &len))
        vm_raisef(TypeError_type, "xs_request: body must be bytes-like");
    if (type < 0 || type >= XS_TYPE_COUNT || tx < 0 || tx > UINT32_MAX)
        vm_raisef(ValueError_type, "xs_request: bad type or transaction");
    uint64_t deadline = deadline_of(a[3]);
    need_xen("xs_request");
    uint32_t rtype = 0;
    long r = xs_request((uint32_t)type, (uint32_t)tx, body, len, reply, sizeof reply, &rtype, deadline);
    if (r == -ETIMEDOUT)
        os_error(ETIMEDOUT, "xenstore: no reply before the timeout");
    if (r == -E2BIG)
        os_error(E2BIG, "xenstore: message longer than XENSTORE_PAYLOAD_MAX");
    if (r < 0)
        os_error((int)-r, "xenstore: request failed");
    Value t[2] = {MK_SMALL(rtype), (Value)bytes_new(reply, (size_t)r)};
    return (Value)tuple_from(t, 2);
}

/* xs_event(timeout) -> body bytes of the next watch event, or None */
static Value x_xs_event(Value *a, int n, Tuple *kw)
{
    arg_nokw("xs_event", kw);
    arg_count("xs_event", n, 1, 1);
    uint64_t deadline = deadline_of(a[0]);
    need_xen("xs_event");
    long r = xs_next_event(reply, sizeof reply, deadline);
    if (r < 0)
        os_error((int)-r, "xenstore: reading a watch event failed");
    return r == 0 ? None : (Value)bytes_new(reply, (size_t)r);
}

static Value x_xs_dropped(Value *a, int n, Tuple *kw)
{
    (void)a;
    arg_nokw("xs_dropped", kw);
    arg_count("xs_dropped", n, 0, 0);
    return int_from_u64(xs_events_dropped);
}

/* ---- event channels --------------------------------------------------------- */

static Value ports; /* set of the ports made here, a GC root */

/* A new port: remember it as Python's (only those may be closed here). */
static Value port_result(long r, const char *what)
{
    if (r < 0)
        os_error((int)-r, what);
    if (!ports) {
        ports = (Value)set_new(&set_type);
        gc_add_root(&ports);
    }
    set_add((Set *)ports, MK_SMALL(r));
    return MK_SMALL(r);
}

/* A port argument that must be one made through this module (closing the
 * console's or xenstore's would cut the guest off). */
static evtchn_port_t own_port(Value v, const char *fname)
{
    evtchn_port_t p = port_arg(v);
    if (!ports || !set_contains((Set *)ports, MK_SMALL(p)))
        vm_raisef(ValueError_type, "%s: port %d was not made by xen.evtchn", fname, (int)p);
    return p;
}

static Value x_evtchn_alloc_unbound(Value *a, int n, Tuple *kw)
{
    arg_nokw("evtchn_alloc_unbound", kw);
    arg_count("evtchn_alloc_unbound", n, 1, 1);
    domid_t d = domid_arg(a[0]);
    need_xen("evtchn");
    return port_result(evtchn_alloc_unbound(d), "EVTCHNOP_alloc_unbound failed");
}

static Value x_evtchn_bind_interdomain(Value *a, int n, Tuple *kw)
{
    arg_nokw("evtchn_bind_interdomain", kw);
    arg_count("evtchn_bind_interdomain", n, 2, 2);
    domid_t d = domid_arg(a[0]);
    evtchn_port_t p = port_arg(a[1]);
    need_xen("evtchn");
    return port_result(evtchn_bind_interdomain(d, p), "EVTCHNOP_bind_interdomain failed");
}

static Value x_evtchn_notify(Value *a, int n, Tuple *kw)
{
    arg_nokw("evtchn_notify", kw);
    arg_count("evtchn_notify", n, 1, 1);
    evtchn_port_t p = port_arg(a[0]);
    need_xen("evtchn");
    evtchn_notify(p);
    return None;
}

static Value x_evtchn_close(Value *a, int n, Tuple *kw)
{
    arg_nokw("evtchn_close", kw);
    arg_count("evtchn_close", n, 1, 1);
    need_xen("evtchn");
    evtchn_port_t p = own_port(a[0], "close");
    evtchn_close(p);
    set_discard((Set *)ports, MK_SMALL(p));
    return None;
}

/* evtchn_pending(port) -> True if the port fired since the last call */
static Value x_evtchn_pending(Value *a, int n, Tuple *kw)
{
    arg_nokw("evtchn_pending", kw);
    arg_count("evtchn_pending", n, 1, 1);
    evtchn_port_t p = port_arg(a[0]);
    need_xen("evtchn");
    return BOOL(evtchn_take(p));
}

/* poll(timeout) -> True if an event arrived before the deadline.  Without
 * Xen it still sleeps until the deadline (bare QEMU has no devices). */
static Value x_poll(Value *a, int n, Tuple *kw)
{
    arg_nokw("poll", kw);
    arg_count("poll", n, 0, 1);
    uint64_t deadline = deadline_of(n ? a[0] : None);
    if (!xen_shared_info && deadline == UINT64_MAX)
        os_error(ENODEV, "xen.poll: not running under Xen (nothing could wake it)");
    port_wait(deadline);
    return BOOL(port_monotonic_ns() < deadline);
}

/* ---- grants and buffers ------------------------------------------------- */

static Value granted; /* dict ref -> buffer object, a GC root */

/* buffer(npages) -> writable memoryview of npages page-aligned pages */
static Value x_buffer(Value *a, int n, Tuple *kw)
{
    arg_nokw("buffer", kw);
    arg_count("buffer", n, 1, 1);
    int64_t pages = arg_int(a[0], "pages");
    if (pages < 1 || pages > 4096)
        vm_raisef(ValueError_type, "buffer: pages must be 1..4096, not %ld", pages);
    size_t len = (size_t)pages * XEN_PAGE_SIZE;
    ByteArray *ba = (ByteArray *)vm_call0((Value)&bytearray_type);
    /* A large raw block starts on a heap page (8 KiB): page-aligned.  One
     * byte more than the length, as bytearray keeps a spare byte. */
    uint8_t *mem = gc_alloc_raw(len + 1);
    if ((uintptr_t)mem & (XEN_PAGE_SIZE - 1))
        vm_raisef(MemoryError_type, "buffer: no page-aligned memory");
    ba->data = mem;
    ba->cap = len + 1;
    ba->len = len;
    return vm_call1((Value)&memoryview_type, (Value)ba);
}

/* address(buf) -> the guest physical address of a bytes-like object */
static Value x_address(Value *a, int n, Tuple *kw)
{
    arg_nokw("address", kw);
    arg_count("address", n, 1, 1);
    const uint8_t *p;
    size_t len;
    if (!bytes_buffer(a[0], &p, &len))
        vm_raisef(TypeError_type, "address: a bytes-like object is required, not '%s'", vm_type_name(a[0]));
    return int_from_u64((uintptr_t)p);
}

static bool writable(Value v)
{
    if (vm_isinstance_type(type_of(v), &bytearray_type))
        return true;
    if (is_type(v, &memoryview_type))
        return !vm_truthy(vm_getattr(v, str_intern_cstr("readonly")));
    return false;
}

/* grant(domid, buf, readonly) -> ref */
static Value x_grant(Value *a, int n, Tuple *kw)
{
    arg_nokw("grant", kw);
    arg_count("grant", n, 3, 3);
    domid_t d = domid_arg(a[0]);
    const uint8_t *p;
    size_t len;
    if (!bytes_buffer(a[1], &p, &len))
        vm_raisef(TypeError_type, "grant: a bytes-like object is required, not '%s'", vm_type_name(a[1]));
    if (len != XEN_PAGE_SIZE || ((uintptr_t)p & (XEN_PAGE_SIZE - 1)))
        vm_raisef(ValueError_type,
                  "grant: the buffer must be one page-aligned page of %d bytes (got %zu bytes at offset %d "
                  "in its page); use xen.gnttab.Buffer",
                  (int)XEN_PAGE_SIZE, len, (int)((uintptr_t)p & (XEN_PAGE_SIZE - 1)));
    bool ro = vm_truthy(a[2]);
    if (!ro && !writable(a[1]))
        vm_raisef(TypeError_type, "grant: the buffer is read-only; grant it with readonly=True");
    need_xen("grant");
    if (!granted) {
        granted = (Value)dict_new();
        gc_add_root(&granted);
    }
    int ref = gnttab_grant(d, page_gfn(p), ro);
    if (ref < 0)
        os_error(-ref, ref == -ENOSPC ? "grant: no free grant reference" : "grant failed");
    if (!page_pin(p)) {
        gnttab_end(ref);
        vm_raisef(MemoryError_type, "grant: no memory to pin the buffer");
    }
    Value pair[2] = {a[1], int_from_u64((uintptr_t)p)};
    dict_set((Dict *)granted, MK_SMALL(ref), (Value)tuple_from(pair, 2));
    return MK_SMALL(ref);
}

/* end(ref): revoke a grant made by grant(); OSError EBUSY while the
 * remote domain still has the page mapped */
static Value x_end(Value *a, int n, Tuple *kw)
{
    arg_nokw("end", kw);
    arg_count("end", n, 1, 1);
    int64_t ref = arg_int(a[0], "ref");
    Value held = granted ? dict_get((Dict *)granted, MK_SMALL(ref)) : NULL;
    if (!held)
        vm_raisef(ValueError_type, "end: grant reference %ld is not one granted by xen.gnttab.grant", ref);
    if (!gnttab_end((int)ref))
        os_error(EBUSY, "end: the other domain still has the page mapped");
    uint64_t addr = (uint64_t)int_as_i64(((Tuple *)held)->items[1]);
    page_unpin((const void *)(uintptr_t)addr);
    dict_del((Dict *)granted, MK_SMALL(ref));
    return None;
}

static Value x_grants_in_use(Value *a, int n, Tuple *kw)
{
    (void)a;
    arg_nokw("grants_in_use", kw);
    arg_count("grants_in_use", n, 0, 0);
    return MK_SMALL(gnttab_in_use());
}

static Value x_present(Value *a, int n, Tuple *kw)
{
    (void)a;
    arg_nokw("present", kw);
    arg_count("present", n, 0, 0);
    return BOOL(xen_shared_info != NULL);
}

void *mod_xen_init(void)
{
    Module *m = module_new(str_intern_cstr("_xen"));
    module_add_fn(m, "present", x_present);
    module_add_fn(m, "xs_request", x_xs_request);
    module_add_fn(m, "xs_event", x_xs_event);
    module_add_fn(m, "xs_dropped", x_xs_dropped);
    module_add_fn(m, "evtchn_alloc_unbound", x_evtchn_alloc_unbound);
    module_add_fn(m, "evtchn_bind_interdomain", x_evtchn_bind_interdomain);
    module_add_fn(m, "evtchn_notify", x_evtchn_notify);
    module_add_fn(m, "evtchn_close", x_evtchn_close);
    module_add_fn(m, "evtchn_pending", x_evtchn_pending);
    module_add_fn(m, "poll", x_poll);
    module_add_fn(m, "buffer", x_buffer);
    module_add_fn(m, "address", x_address);
    module_add_fn(m, "grant", x_grant);
    module_add_fn(m, "end", x_end);
    module_add_fn(m, "grants_in_use", x_grants_in_use);
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"XS_DIRECTORY", XS_DIRECTORY},
        {"XS_READ", XS_READ},
        {"XS_WATCH", XS_WATCH},
        {"XS_UNWATCH", XS_UNWATCH},
        {"XS_TRANSACTION_START", XS_TRANSACTION_START},
        {"XS_TRANSACTION_END", XS_TRANSACTION_END},
        {"XS_GET_DOMAIN_PATH", XS_GET_DOMAIN_PATH},
        {"XS_WRITE", XS_WRITE},
        {"XS_MKDIR", XS_MKDIR},
        {"XS_RM", XS_RM},
        {"XS_WATCH_EVENT", XS_WATCH_EVENT},
        {"XS_ERROR", XS_ERROR},
        {"PAGE_SIZE", XEN_PAGE_SIZE},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        module_set(m, consts[i].name, MK_SMALL(consts[i].value));
    return m;
}
