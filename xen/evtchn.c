/* SPDX-License-Identifier: MIT */
/* Interdomain event channels for the split drivers and for Python (_xen).
 *
 * Promises: a port made here joins port_wait's wait set at once (time.c),
 * so a frontend's ring is checked after every wait; evtchn_close takes it
 * out again.  Without Xen every call returns -ENODEV or does nothing.
 * Event delivery stays polled (SCHEDOP_poll on pending bits): no upcall
 * vector is ever set up, so masks do not matter. */
#include "platform.h"

#include <errno.h>

long evtchn_alloc_unbound(domid_t remote)
{
    if (!xen_shared_info)
        return -ENODEV;
    struct evtchn_alloc_unbound op = {.dom = DOMID_SELF, .remote_dom = remote};
    long rc = hypercall_event_channel_op(EVTCHNOP_alloc_unbound, &op);
    if (rc < 0)
        return rc;
    evtchn_watch(op.port);
    return op.port;
}

long evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port)
{
    if (!xen_shared_info)
        return -ENODEV;
    struct evtchn_bind_interdomain op = {.remote_dom = remote, .remote_port = remote_port};
    long rc = hypercall_event_channel_op(EVTCHNOP_bind_interdomain, &op);
    if (rc < 0)
        return rc;
    evtchn_watch(op.local_port);
    return op.local_port;
}

void evtchn_notify(evtchn_port_t port)
{
    if (xen_shared_info)
        hypercall_evtchn_notify(port);
}

void evtchn_close(evtchn_port_t port)
{
    if (!xen_shared_info)
        return;
    evtchn_unwatch(port);
    struct evtchn_close op = {.port = port};
    hypercall_event_channel_op(EVTCHNOP_close, &op);
}
