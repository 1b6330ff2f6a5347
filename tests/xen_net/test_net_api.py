# SPDX-License-Identifier: MIT
# xen.net's Python half under CPython, against fake natives (the xenstore
# of tests/xen_devices/fakexen.py and a fake _netif here): the vif
# handshake (keys, Connected published with them, failure clean-up), MAC
# and MTU from xenstore, frame-size checks, send() waiting for a transmit
# buffer with xen.poll and giving up with NetError, stats and close.  The
# ring work itself (xen/netfront.c) runs in test_xen_net.py on real Xen.
from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "xen_devices"))
from fakexen import FakeStore, load_xen

FIELDS = 10


class FakeNic:
    """The _netif calls: frames sent are recorded, frames to receive are
    queued; `room` transmit buffers (None: unlimited)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.inbox: list[bytes] = []
        self.room: int | None = None
        self.calls: list[tuple] = []
        self.closed = False

    def create(self, backend, max_frame):
        self.calls.append(("create", backend, max_frame))
        return 0, 31, 32, 9

    def kick(self, h):
        self.calls.append(("kick",))

    def send(self, h, frame):
        if self.room is not None:
            if self.room == 0:
                return False
            self.room -= 1
        self.sent.append(bytes(frame))
        return True

    def recv(self, h):
        return self.inbox.pop(0) if self.inbox else None

    def pending(self, h):
        return bool(self.inbox)

    def stats(self, h):
        return (len(self.inbox), 0, 0, 0, len(self.sent), sum(map(len, self.sent)), 0, 0, 0, 0)

    def close(self, h):
        self.closed = True
        return True


def add_vif(store: FakeStore, devid: int, mac: str = "00:16:3e:01:02:03", mtu: str | None = None,
            connects: bool = True) -> str:
    """A vif whose backend (domain 0) connects once the frontend is Connected
    (as Linux's netback does), follows it to Closing/Closed, and gets ready
    again (InitWait) when a closed frontend goes back to Initialising."""
    fe = f"{store.home}/device/vif/{devid}"
    be = f"/local/domain/0/backend/vif/{store.domid}/{devid}"
    store.nodes.update({fe + "/backend": be.encode(), fe + "/backend-id": b"0", fe + "/state": b"1",
                        fe + "/mac": mac.encode(), be + "/state": b"2"})
    if mtu is not None:
        store.nodes[fe + "/mtu"] = mtu.encode()

    def backend(path: str, value: bytes) -> None:
        if path != fe + "/state":
            return
        st = int(value)
        if st == 4 and connects:
            store.set(be + "/state", "4")
        elif st in (5, 6):
            store.set(be + "/state", str(st))
        elif st == 1 and store.nodes[be + "/state"] == b"6":
            store.set(be + "/state", "2")

    store.hooks.append(backend)
    return fe


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def net(store: FakeStore):
    load_xen(store)
    sys.modules["_netif"] = types.ModuleType("_netif")
    import xen.net

    return xen.net


def test_handshake_keys_mac_mtu(net, store: FakeStore) -> None:
    fe = add_vif(store, 0)
    nic = FakeNic()
    dev = net.NetDevice(0, 1.0, _ring_api=nic)
    assert dev.mac == bytes.fromhex("00163e010203") and dev.mtu == 1500
    assert nic.calls == [("create", 0, 1514), ("kick",)]
    keys = {k[len(fe) + 1:]: v for k, v in store.nodes.items() if k.startswith(fe + "/")}
    assert keys["tx-ring-ref"] == b"31" and keys["rx-ring-ref"] == b"32"
    assert keys["event-channel"] == b"9" and keys["request-rx-copy"] == b"1"
    assert keys["feature-rx-notify"] == b"1" and keys["feature-no-csum-offload"] == b"1"
    assert keys["state"] == b"4"
    assert repr(dev) == "<xen.net vif0 00:16:3e:01:02:03 mtu 1500>"


@pytest.mark.parametrize("mtu, want", [("1500", 1500), ("9000", 1500), ("576", 576)])
def test_mtu_from_xenstore_never_above_1500(net, store: FakeStore, mtu: str, want: int) -> None:
    add_vif(store, 0, mtu=mtu)
    nic = FakeNic()
    dev = net.NetDevice(0, 1.0, _ring_api=nic)
    assert dev.mtu == want and nic.calls[0] == ("create", 0, want + 14)


def test_bad_mac_or_mtu_is_a_net_error(net, store: FakeStore) -> None:
    add_vif(store, 0, mac="00:16:3e:01:02")
    with pytest.raises(net.NetError, match="bad mac"):
        net.NetDevice(0, 1.0, _ring_api=FakeNic())
    add_vif(store, 1, mtu="big")
    with pytest.raises(net.NetError, match="bad mtu"):
        net.NetDevice(1, 1.0, _ring_api=FakeNic())


def test_open_checks_the_index(net, store: FakeStore) -> None:
    add_vif(store, 0)
    with pytest.raises(net.NetError, match="no vif 1 .*has: 0"):
        net.open(1)
    with pytest.raises(TypeError):
        net.open("0")
    assert net.vifs() == ["0"]


def test_backend_that_never_connects(net, store: FakeStore) -> None:
    from xen import _xenbus

    fe = add_vif(store, 0, connects=False)
    nic = FakeNic()
    with pytest.raises(_xenbus.XenbusError, match="Connected"):
        net.NetDevice(0, 0.2, _ring_api=nic)
    assert nic.closed  # rings and grants given back
    assert store.nodes[fe + "/state"] == b"6"


def test_send_recv_sizes(net, store: FakeStore) -> None:
    add_vif(store, 0)
    nic = FakeNic()
    dev = net.NetDevice(0, 1.0, _ring_api=nic)
    dev.send(b"\xff" * 14)
    dev.send(bytearray(1514))
    dev.send(memoryview(b"m" * 100))
    assert [len(f) for f in nic.sent] == [14, 1514, 100]
    for bad in (b"x" * 13, b"x" * 1515, b""):
        with pytest.raises(ValueError, match="14..1514"):
            dev.send(bad)
    with pytest.raises(TypeError):
        dev.send("a str is not a frame")
    assert dev.recv() is None and not dev.pending()
    nic.inbox.append(b"f" * 60)
    assert dev.pending() and dev.recv() == b"f" * 60
    s = dev.stats
    assert len(s.FIELDS) == FIELDS and s.tx_frames == 3 and s.tx_bytes == 14 + 1514 + 100


def test_send_waits_for_a_buffer_then_gives_up(net, store: FakeStore) -> None:
    add_vif(store, 0)
    nic = FakeNic()
    nic.room = 0
    waits = []

    def poll(timeout):
        waits.append(timeout)
        if len(waits) == 2:
            nic.room = 1  # the backend completed a transmit
        return True

    dev = net.NetDevice(0, 1.0, _ring_api=nic, _poll=poll)
    dev.send(b"a" * 60)
    assert len(waits) == 2 and nic.sent == [b"a" * 60]
    dev.timeout = 0.05
    nic.room = 0
    with pytest.raises(net.NetError, match="no transmit buffer came back"):
        dev.send(b"b" * 60)


def test_close(net, store: FakeStore) -> None:
    fe = add_vif(store, 0)
    nic = FakeNic()
    with net.NetDevice(0, 1.0, _ring_api=nic) as dev:
        dev.send(b"z" * 64)
    assert nic.closed and store.nodes[fe + "/state"] == b"6"
    assert dev.stats.tx_frames == 1  # the last counters stay readable
    for op in (dev.recv, dev.pending, lambda: dev.send(b"z" * 64)):
        with pytest.raises(ValueError, match="closed"):
            op()
    dev.close()  # twice is fine


def test_open_twice_refused_reopen_after_close(net, store: FakeStore) -> None:
    fe = add_vif(store, 0)
    dev = net.NetDevice(0, 1.0, _ring_api=FakeNic())
    with pytest.raises(net.NetError, match="open already"):
        net.NetDevice(0, 1.0, _ring_api=FakeNic())
    dev.close()
    nic = FakeNic()
    again = net.NetDevice(0, 1.0, _ring_api=nic)
    assert store.nodes[fe + "/state"] == b"4" and nic.calls[-1] == ("kick",)
    again.close()
