# SPDX-License-Identifier: MIT
# Stand-ins for the natives `_xen` and `_blkif` so that the pure-Python
# parts of stdlib/xen (store, _xenbus, block) run under CPython: an
# in-memory xenstore with watches, transactions (conflicts on demand) and a
# scripted backend, and a disk in a bytearray behind the _blkif calls.
from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
XEN_PKG = REPO / "stdlib" / "xen"

XS = {
    "XS_DIRECTORY": 1,
    "XS_READ": 2,
    "XS_WATCH": 4,
    "XS_UNWATCH": 5,
    "XS_TRANSACTION_START": 6,
    "XS_TRANSACTION_END": 7,
    "XS_GET_DOMAIN_PATH": 10,
    "XS_WRITE": 11,
    "XS_MKDIR": 12,
    "XS_RM": 13,
    "XS_WATCH_EVENT": 15,
    "XS_ERROR": 16,
}


class FakeStore:
    """xenstored for one guest (domid 7).  `on_write(path, value)` hooks
    play the backend."""

    def __init__(self, domid: int = 7) -> None:
        self.domid = domid
        self.home = f"/local/domain/{domid}"
        self.nodes: dict[str, bytes] = {
            self.home + "/domid": str(domid).encode(),
            self.home + "/name": b"fake",
        }
        self.watches: list[tuple[str, str]] = []
        self.events: list[bytes] = []
        self.conflicts = 0  # the next N commits fail with EAGAIN
        self.commits = 0
        self.tx_writes: dict[int, list[tuple[str, bytes]]] = {}
        self.next_tx = 1
        self.hooks: list = []
        self.requests: list[tuple[int, int, bytes]] = []

    def abs(self, p: str) -> str:
        return p if p.startswith("/") else self.home + "/" + p

    def fire(self, path: str) -> None:
        for wpath, token in self.watches:
            a = self.abs(wpath)
            if path == a or path.startswith(a + "/"):
                shown = path if wpath.startswith("/") else path[len(self.home) + 1 :]
                self.events.append(shown.encode() + b"\0" + token.encode() + b"\0")

    def set(self, path: str, value: bytes | str) -> None:
        path = self.abs(path)
        self.nodes[path] = value.encode() if isinstance(value, str) else value
        self.fire(path)
        for h in list(self.hooks):
            h(path, self.nodes[path])

    def remove(self, path: str) -> None:
        path = self.abs(path)
        for k in [k for k in self.nodes if k == path or k.startswith(path + "/")]:
            del self.nodes[k]
        self.fire(path)

    # ---- the _xen calls ----
    def xs_request(self, kind, tx, body, timeout):
        body = bytes(body)
        self.requests.append((kind, tx, body))
        parts = body.split(b"\0")
        err = lambda name: (XS["XS_ERROR"], name.encode() + b"\0")
        if kind == XS["XS_READ"]:
            p = self.abs(parts[0].decode())
            if p not in self.nodes:
                return err("ENOENT")
            return kind, self.nodes[p]
        if kind == XS["XS_WRITE"]:
            path, _, value = body.partition(b"\0")
            p = path.decode()
            if p.startswith("/local/domain/0"):
                return err("EACCES")
            if tx:
                self.tx_writes[tx].append((p, value))
            else:
                self.set(p, value)
            return kind, b"OK\0"
        if kind == XS["XS_DIRECTORY"]:
            p = self.abs(parts[0].decode())
            kids = sorted(
                {
                    k[len(p) + 1 :].split("/")[0]
                    for k in self.nodes
                    if k.startswith(p + "/")
                }
            )
            if not kids and p not in self.nodes:
                return err("ENOENT")
            return kind, b"".join(k.encode() + b"\0" for k in kids)
        if kind == XS["XS_RM"]:
            p = self.abs(parts[0].decode())
            if not any(k == p or k.startswith(p + "/") for k in self.nodes):
                return err("ENOENT")
            self.remove(p)
            return kind, b"OK\0"
        if kind == XS["XS_WATCH"]:
            self.watches.append((parts[0].decode(), parts[1].decode()))
            self.events.append(parts[0] + b"\0" + parts[1] + b"\0")
            return kind, b"OK\0"
        if kind == XS["XS_UNWATCH"]:
            self.watches.remove((parts[0].decode(), parts[1].decode()))
            return kind, b"OK\0"
        if kind == XS["XS_TRANSACTION_START"]:
            t = self.next_tx
            self.next_tx += 1
            self.tx_writes[t] = []
            return kind, str(t).encode() + b"\0"
        if kind == XS["XS_TRANSACTION_END"]:
            writes = self.tx_writes.pop(tx)
            if body.startswith(b"T"):
                if self.conflicts:
                    self.conflicts -= 1
                    return err("EAGAIN")
                self.commits += 1
                for p, v in writes:
                    self.set(p, v)
            return kind, b"OK\0"
        return err("ENOSYS")

    def xs_event(self, timeout):
        return self.events.pop(0) if self.events else None


class FakeDisk:
    """The _blkif calls over a bytearray; io() takes 512-byte sectors."""

    def __init__(self, nbytes: int) -> None:
        self.data = bytearray(nbytes)
        self.calls: list[tuple] = []
        self.flushes = 0
        self.closed = False

    def open(self, backend, handle):
        self.calls.append(("open", backend, handle))
        return self

    def info(self, ring):
        return 42, 9, 11 * 4096

    def io(self, ring, write, sector, buf, timeout):
        n = len(memoryview(buf))
        self.calls.append(("io", write, sector, n))
        lo = sector * 512
        if lo + n > len(self.data):
            raise OSError(5, "past the end of the fake disk")
        if write:
            self.data[lo : lo + n] = bytes(buf)
        else:
            memoryview(buf)[:] = self.data[lo : lo + n]

    def flush(self, ring, barrier, timeout):
        self.flushes += 1

    def close(self, ring):
        self.closed = True
        return True


def load_xen(store: FakeStore):
    """Import stdlib/xen (as `xen`) against fake natives; returns the package."""
    fake = types.ModuleType("_xen")
    for k, v in XS.items():
        setattr(fake, k, v)
    fake.PAGE_SIZE = 4096
    fake.xs_request = store.xs_request
    fake.xs_event = store.xs_event
    fake.present = lambda: True
    fake.poll = lambda timeout=None: False
    blk = types.ModuleType("_blkif")
    blk.VDISK_READONLY = 4
    blk.VDISK_CDROM = 1
    blk.VDISK_REMOVABLE = 2
    for name in list(sys.modules):
        if name == "xen" or name.startswith("xen."):
            del sys.modules[name]
    sys.modules["_xen"] = fake
    sys.modules["_blkif"] = blk
    spec = importlib.util.spec_from_file_location(
        "xen", XEN_PKG / "__init__.py", submodule_search_locations=[str(XEN_PKG)]
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules["xen"] = mod
    spec.loader.exec_module(mod)
    return mod


def add_vbd(
    store: FakeStore,
    devid: int,
    name: str,
    sectors512: int,
    sector_size: int = 512,
    mode: str = "w",
    info: int = 0,
    flush: bool = True,
    connects: bool = True,
) -> str:
    """A vbd whose backend (domain 0) follows the frontend's states."""
    fe = f"{store.home}/device/vbd/{devid}"
    be = f"/local/domain/0/backend/vbd/{store.domid}/{devid}"
    store.nodes.update(
        {
            fe + "/backend": be.encode(),
            fe + "/backend-id": b"0",
            fe + "/state": b"1",
            be + "/state": b"2",
            be + "/dev": name.encode(),
            be + "/mode": mode.encode(),
        }
    )

    def backend(path: str, value: bytes) -> None:
        if path != fe + "/state":
            return
        st = int(value)
        if st == 3 and connects:
            store.nodes.update(
                {
                    be + "/sectors": str(sectors512).encode(),
                    be + "/sector-size": str(sector_size).encode(),
                    be + "/info": str(info).encode(),
                }
            )
            if flush:
                store.nodes[be + "/feature-flush-cache"] = b"1"
            store.set(be + "/state", "4")
        elif st in (5, 6):
            store.set(be + "/state", str(st))

    store.hooks.append(backend)
    return be
