# SPDX-License-Identifier: MIT
# The pure-Python parts of stdlib/xen under CPython, against fake natives
# (fakexen.py): xenstore paths, errors, transactions and watches; the
# xenbus handshake and its failures; xen.block's checks and sector units
# for 512- and 4096-byte sectors.  The same code runs on Xen in
# test_xen_devices.py.
from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fakexen import FakeDisk, FakeStore, add_vbd, load_xen


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def xen(store: FakeStore):
    return load_xen(store)


def test_read_write_ls_rm(xen, store: FakeStore) -> None:
    assert xen.domid() == 7 and xen.name() == "fake"
    xen.store.write("data/a", "1")
    xen.store.write("/local/domain/7/data/b", b"two")
    assert store.nodes["/local/domain/7/data/a"] == b"1"
    assert xen.store.read("data/b") == "two"
    assert xen.store.ls("data") == ["a", "b"]
    xen.store.rm("data/a")
    xen.store.rm("data/absent")  # no error
    assert not xen.store.exists("data/a") and xen.store.exists("data/b")
    assert xen.store.read("data/a", None) is None


def test_errors_carry_errno_name_and_path(xen) -> None:
    with pytest.raises(xen.StoreError) as e:
        xen.store.read("data/missing")
    assert e.value.errno == errno.ENOENT and e.value.name == "ENOENT"
    assert "data/missing" in str(e.value)
    with pytest.raises(xen.StoreError) as e:
        xen.store.write("/local/domain/0/x", "1")
    assert e.value.errno == errno.EACCES
    with pytest.raises(ValueError):
        xen.store.read("")
    with pytest.raises(ValueError):
        xen.store.write("a\0b", "1")
    with pytest.raises(TypeError):
        xen.store.write("data/x", 3)


def test_transaction_retries_on_eagain(xen, store: FakeStore) -> None:
    store.conflicts = 2
    calls = []

    def body(t):
        calls.append(t.id)
        t.write("data/t", f"v{len(calls)}")
        return len(calls)

    assert xen.store.transaction(body) == 3
    assert len(set(calls)) == 3 and store.commits == 1
    assert xen.store.read("data/t") == "v3"
    store.conflicts = 100
    with pytest.raises(xen.StoreError) as e:
        xen.store.transaction(body, retries=3)
    assert e.value.errno == errno.EAGAIN


def test_transaction_aborts_on_exception(xen, store: FakeStore) -> None:
    def body(t):
        t.write("data/never", "1")
        raise KeyError("boom")

    with pytest.raises(KeyError):
        xen.store.transaction(body)
    assert "/local/domain/7/data/never" not in store.nodes


def test_watch_keeps_other_watches_events(xen, store: FakeStore) -> None:
    a = xen.store.watch("data/a")
    b = xen.store.watch("data/b")
    assert a.wait(0) == "data/a"  # the initial event
    xen.store.write("data/b/x", "1")
    xen.store.write("data/a", "1")
    assert a.wait(0) == "data/a"  # b's events were read on the way and kept
    assert b.wait(0) == "data/b"
    assert b.wait(0) == "data/b/x"
    assert a.wait(0.01) is None
    a.close()
    b.close()
    assert store.watches == []
    with pytest.raises(ValueError):
        a.wait(0)


def test_xenbus_handshake_and_close(xen, store: FakeStore) -> None:
    from xen import _xenbus

    be = add_vbd(store, 51712, "xvda", 100)
    fe = _xenbus.Frontend("vbd", 51712)
    assert fe.backend == be and fe.backend_id == 0
    fe.connect({"ring-ref": 8, "event-channel": 5})
    front = "/local/domain/7/device/vbd/51712"
    assert store.nodes[front + "/ring-ref"] == b"8"
    assert store.nodes[front + "/state"] == b"4" and fe.backend_state() == 4
    fe.close()
    assert store.nodes[front + "/state"] == b"6" and store.nodes[be + "/state"] == b"6"


def test_xenbus_backend_never_connects(xen, store: FakeStore) -> None:
    from xen import _xenbus

    add_vbd(store, 51712, "xvda", 100, connects=False)
    fe = _xenbus.Frontend("vbd", 51712)
    with pytest.raises(_xenbus.XenbusError) as e:
        fe.connect({"ring-ref": 8}, timeout=0.2)
    assert "device/vbd/51712" in str(e.value) and "Connected" in str(e.value)


def test_xenbus_backend_goes_away(xen, store: FakeStore) -> None:
    from xen import _xenbus

    be = add_vbd(store, 51712, "xvda", 100, connects=False)
    fe = _xenbus.Frontend("vbd", 51712)
    store.remove(be)
    with pytest.raises(_xenbus.XenbusError, match="went away"):
        fe.wait_backend({4}, timeout=1)
    with pytest.raises(_xenbus.XenbusError, match="no such device"):
        _xenbus.Frontend("vbd", 51728)


def open_disk(xen, store, disk, **kw):
    from xen import block

    add_vbd(store, 51712, "xvda", len(disk.data) // 512, **kw)
    devid = block.disks()[0][1]
    return block.BlockDevice(devid, 1.0, _ring_api=disk)


def test_block_512(xen, store: FakeStore) -> None:
    disk = FakeDisk(64 * 512)
    d = open_disk(xen, store, disk)
    assert (d.sector_size, d.sectors, d.read_only, d.name) == (512, 64, False, "xvda")
    d.write(3, b"x" * 1024)
    assert d.read(3, 2) == b"x" * 1024 and d.read(2, 1) == bytes(512)
    buf = bytearray(512)
    assert d.readinto(4, buf) == 512 and buf == b"x" * 512
    d.flush()
    assert disk.flushes == 1
    with pytest.raises(ValueError, match="past the end"):
        d.read(64, 1)
    with pytest.raises(ValueError, match="past the end"):
        d.write(63, bytes(1024))
    with pytest.raises(ValueError, match="whole 512-byte sectors"):
        d.write(0, b"abc")
    with pytest.raises(ValueError):
        d.read(-1, 1)
    d.close()
    assert disk.closed and store.nodes["/local/domain/7/device/vbd/51712/state"] == b"6"
    with pytest.raises(ValueError, match="closed"):
        d.read(0, 1)


def test_block_4096_sectors_go_out_in_512_units(xen, store: FakeStore) -> None:
    disk = FakeDisk(16 * 4096)
    d = open_disk(xen, store, disk, sector_size=4096)
    assert (d.sector_size, d.sectors) == (4096, 16)
    d.write(2, b"y" * 8192)
    assert ("io", True, 16, 8192) in disk.calls  # sector 2 of 4096 = 16 of 512
    assert disk.data[16 * 512 : 32 * 512] == b"y" * 8192
    assert d.read(2, 2) == b"y" * 8192
    with pytest.raises(ValueError, match="whole 4096-byte sectors"):
        d.write(0, bytes(512))
    with pytest.raises(ValueError, match="past the end"):
        d.read(15, 2)


def test_block_read_only_and_no_flush(xen, store: FakeStore) -> None:
    disk = FakeDisk(8 * 512)
    d = open_disk(xen, store, disk, mode="r", info=4, flush=False)
    assert d.read_only
    with pytest.raises(OSError) as e:
        d.write(0, bytes(512))
    assert e.value.errno == errno.EROFS
    with pytest.raises(OSError) as e:
        d.flush()
    assert e.value.errno == errno.EOPNOTSUPP


def test_block_open_unknown_disk(xen, store: FakeStore) -> None:
    from xen import block

    add_vbd(store, 51712, "xvda", 8)
    with pytest.raises(xen.XenbusError, match="no disk 'xvdz'.*xvda"):
        block.open("xvdz")
    with pytest.raises(xen.XenbusError):
        block.open(3)


def test_vdev_names(xen) -> None:
    from xen import block

    assert block._vdev_name(51712) == "xvda"
    assert block._vdev_name(51728) == "xvdb"
    assert block._vdev_name((1 << 28) | (26 << 8)) == "xvdaa"
