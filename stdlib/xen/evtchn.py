# SPDX-License-Identifier: MIT
"""Interdomain event channels (xen/evtchn.c).

A port made here joins the set xen.poll() and time.sleep() wake on;
pending(port) says whether it fired since the last look."""

import _xen


def alloc_unbound(remote_domid):
    """A new port that domain remote_domid may bind to; returns the port."""
    return _xen.evtchn_alloc_unbound(remote_domid)


def bind_interdomain(domid, port):
    """Bind to port `port` that domain `domid` offered; returns our port."""
    return _xen.evtchn_bind_interdomain(domid, port)


def notify(port):
    """Signal the other end of port."""
    _xen.evtchn_notify(port)


def close(port):
    """Close a port made by alloc_unbound or bind_interdomain (it leaves
    the wait set); ValueError for any other port."""
    _xen.evtchn_close(port)


def pending(port):
    """True if port fired since the last call (clears the flag)."""
    return _xen.evtchn_pending(port)
