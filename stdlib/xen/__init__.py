# SPDX-License-Identifier: MIT
"""Xen devices from Python: xenstore, event channels, grant tables, block
and network devices of the guest this program runs in.

Importable only in a Xen image (freeze-and-boot); freezing a program that
imports it for the Linux VM is a freeze-time error.  Without Xen underneath
(bare QEMU) the import works but every device call raises OSError with
errno ENODEV: "xen: not running under Xen".

    xen.domid(), xen.name()      this guest's domain id and name
    xen.store                    xenstore: read/write/ls/rm/watch/transaction
    xen.evtchn                   event channels
    xen.gnttab                   page-aligned buffers and grants
    xen.block.open("xvda")       a disk (stdlib/xen/block.py)
    xen.poll(timeout)            sleep until any device or watched event
                                 channel has news, or the timeout passes
"""

import _xen

from . import evtchn, gnttab, store
from ._xenbus import XenbusError
from .store import StoreError

__all__ = [
    "StoreError",
    "XenbusError",
    "domid",
    "evtchn",
    "gnttab",
    "name",
    "poll",
    "present",
    "store",
]


def present():
    """True when running under Xen."""
    return _xen.present()


def domid():
    """This guest's domain id (from xenstore's `domid` in its home)."""
    return int(store.read("domid"))


def name():
    """This guest's domain name (xenstore `name`)."""
    return store.read("name")


def poll(timeout=None):
    """Block until an event channel this program or a device driver
    watches fires, or until timeout seconds pass (None: no deadline).
    Returns True if woken by an event, False at the deadline.  Drivers
    check their rings after every poll; it never spins."""
    return _xen.poll(timeout)
