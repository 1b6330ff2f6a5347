# SPDX-License-Identifier: MIT
"""Grant tables (v1, xen/gnttab.c) and page-aligned buffers.

    buf = Buffer(2)              # 2 pages of guest memory, a writable memoryview
    ref = grant(backend, buf[4096:8192])
    ...
    end(ref)                     # OSError EBUSY while the backend maps it

A granted page stays alive and in place until end() revokes it, whatever
the program does with its own references."""

import _xen

PAGE_SIZE = _xen.PAGE_SIZE


def Buffer(pages=1):
    """A writable memoryview of `pages` page-aligned pages of guest memory,
    zero-filled; slices of it are views on the same memory."""
    return _xen.buffer(pages)


def grant(domid, buffer, readonly=False):
    """Let domain domid map one page: buffer must be exactly one
    page-aligned page (a Buffer(1) or a page-sized slice of a Buffer).
    Returns the grant reference."""
    return _xen.grant(domid, buffer, readonly)


def end(ref):
    """Revoke a grant made by grant().  OSError (EBUSY) while the other
    domain still has the page mapped: the grant stays, try again later."""
    _xen.end(ref)


def address(buffer):
    """The guest physical address of a bytes-like object's memory."""
    return _xen.address(buffer)


def in_use():
    """Grant references in use (by Python and by the drivers)."""
    return _xen.grants_in_use()
