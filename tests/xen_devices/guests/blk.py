# blkfront from a guest: xvda (rw, 2048 sectors of "S%07d" * 64 made by the
# host) is checked, written at several offsets and flushed; xvdb (read-only)
# refuses writes.  The host test checks xvda's file afterwards.
import sys
import time

import xen.block

import xen

# Run with "observed": dom0's scenario script reports the backend states it
# sees into data/dom0-saw; wait for it at each state it must see.
OBSERVED = "observed" in sys.argv[1:]


def dom0_saw(state):
    if not OBSERVED:
        return
    with xen.store.watch("data/dom0-saw") as w:
        deadline = time.monotonic() + 120
        while xen.store.read("data/dom0-saw", "") != str(state):
            if time.monotonic() > deadline:
                print("dom0 never reported state", state)
                return
            w.wait(1.0)


def pattern(tag, first, count):
    return b"".join(f"{tag}{s:07d}".encode() * 64 for s in range(first, first + count))


print("disks", [n for n, _ in xen.block.disks()])
d = xen.block.open("xvda")
dom0_saw(4)
print(
    "xvda", d.sector_size, d.sectors, d.read_only, "flush", d.has_flush or d.has_barrier
)
ok = True
for first in range(0, d.sectors, 128):
    n = min(128, d.sectors - first)
    if d.read(first, n) != pattern("S", first, n):
        ok = False
        print("pattern mismatch near sector", first)
print("pattern ok", ok)
print("odd read ok", d.read(7, 20) == pattern("S", 7, 20))
buf = bytearray(3 * 512)
d.readinto(1001, buf)
print("readinto ok", bytes(buf) == pattern("S", 1001, 3))

writes = [(3, 5), (100, 150), (1500, 1), (d.sectors - 2, 2)]
for first, n in writes:
    d.write(first, pattern("W", first, n))
d.flush()
print("readback ok", all(d.read(f, n) == pattern("W", f, n) for f, n in writes))
print(
    "neighbours ok",
    d.read(2, 1) == pattern("S", 2, 1) and d.read(250, 1) == pattern("S", 250, 1),
)
for what, call in (
    ("read past end", lambda: d.read(d.sectors, 1)),
    ("write past end", lambda: d.write(d.sectors - 1, bytes(1024))),
    ("partial sector", lambda: d.write(0, b"x")),
):
    try:
        call()
        print(what, "NOT refused")
    except ValueError as e:
        print(what, "refused:", e)

# 512 KiB read and written back unchanged: the rates for docs/xen-devices.md
t0 = time.monotonic()
big = d.read(0, 1024)
t1 = time.monotonic()
d.write(0, big)
d.flush()
t2 = time.monotonic()
print(f"bench read {0.5 / (t1 - t0):.3f} MB/s write {0.5 / (t2 - t1):.3f} MB/s")

if len(xen.block.disks()) > 1:
    ro = xen.block.open("xvdb")
    print("xvdb", ro.sector_size, ro.sectors, ro.read_only)
    print("xvdb first", ro.read(0, 1)[:8])
    try:
        ro.write(0, bytes(512))
        print("ro write NOT refused")
    except OSError as e:
        print("ro write refused:", e.errno, e.strerror)
    ro.close()
try:
    xen.block.open("xvdz")
except xen.XenbusError as e:
    print("no disk:", e)
d.close()
print("xvda closed, backend state", d.fe.backend_state())
dom0_saw(6)
print("blk ok")
