# SPDX-License-Identifier: MIT
"""Block devices (Xen blkfront): the guest's disks.

    disk = xen.block.open("xvda")        # or an index: 0 = the first disk
    disk.sector_size, disk.sectors, disk.read_only
    data = disk.read(sector, count)      # count sectors -> bytes
    disk.readinto(sector, buf)           # len(buf) a multiple of sector_size
    disk.write(sector, data)
    disk.flush()                         # when the backend offers it
    disk.close()                         # or `with xen.block.open() as disk:`

The xenbus handshake (device/vbd/<id>: ring-ref, event-channel, protocol
x86_64-abi, then Initialised; the backend's sectors, sector-size, info and
feature-flush-cache/feature-barrier once Connected) is done here over
xen._xenbus; the ring work is the native _blkif (xen/blkfront.c).  Bad
requests raise before anything is sent: ValueError for sectors past the
end or data that is not whole sectors, OSError (EROFS) for a write to a
read-only disk, OSError (EOPNOTSUPP) for flush() without backend support.

Units on the wire: without feature-large-sector-size (which this frontend
does not claim) the backend counts `sectors` and request sectors in 512
bytes, whatever its sector-size (Linux blkback does); sector_size and
sector numbers here are the disk's own."""

import errno

import _blkif

from . import _xenbus, store

TIMEOUT = 30.0  # seconds the backend may stay silent (and the handshake may take)
VDISK_READONLY = _blkif.VDISK_READONLY


def _vdev_name(devid):
    """xvda ... for the Linux-style virtual device numbers (xen-vbd-interface)."""
    n = int(devid)
    if n & (1 << 28):
        disk = (n >> 8) & 0xFFFFF
    elif n >> 8 == 202:
        disk = (n & 0xFF) >> 4
    else:
        return None
    name = ""
    disk += 1
    while disk:
        disk, r = divmod(disk - 1, 26)
        name = chr(ord("a") + r) + name
    return "xvd" + name


def disks():
    """[(name, device id)] of this guest's disks, in device-id order."""
    out = []
    for devid in _xenbus.devices("vbd"):
        name = None
        backend = store.read(f"device/vbd/{devid}/backend", None)
        if backend is not None:
            name = store.read(backend + "/dev", None)
        out.append((name or _vdev_name(devid) or devid, devid))
    return out


def open(name_or_index="xvda", timeout=TIMEOUT):
    """Connect to a disk by name ("xvda", as in the xl config's vdev) or by
    index in disks(); returns a BlockDevice.  XenbusError when there is no
    such disk or its backend does not connect within timeout seconds."""
    found = disks()
    devid = None
    if isinstance(name_or_index, int):
        if 0 <= name_or_index < len(found):
            devid = found[name_or_index][1]
    else:
        for name, d in found:
            if name == name_or_index or d == str(name_or_index):
                devid = d
    if devid is None:
        have = ", ".join(n for n, _ in found) or "none"
        raise _xenbus.XenbusError(
            "device/vbd", f"no disk {name_or_index!r} (this guest has: {have})"
        )
    return BlockDevice(devid, timeout)


class BlockDevice:
    """One connected disk (see the module doc)."""

    def __init__(self, devid, timeout=TIMEOUT, _ring_api=None):
        self._api = _ring_api or _blkif
        self.timeout = timeout
        self.fe = _xenbus.Frontend("vbd", devid)
        self.path = self.fe.path
        self.name = self.fe.read_backend("dev", None) or _vdev_name(devid) or str(devid)
        self.fe.wait_backend({_xenbus.INITWAIT, _xenbus.CONNECTED}, timeout, "InitWait")
        self._ring = self._api.open(self.fe.backend_id, int(devid) & 0xFFFF)
        try:
            ring_ref, port, self._max_bytes = self._api.info(self._ring)
            self.fe.publish(
                {"ring-ref": ring_ref, "event-channel": port, "protocol": "x86_64-abi"},
                _xenbus.INITIALISED,
            )
            self.fe.wait_backend({_xenbus.CONNECTED}, timeout, "Connected")
            self._read_geometry()
            self.fe.set_state(_xenbus.CONNECTED)
        except BaseException:
            self._api.close(self._ring)
            self._ring = None
            self.fe.close(timeout=5.0)
            raise
        self.closed = False

    def _read_geometry(self):
        fe = self.fe
        self.sector_size = fe.backend_int("sector-size", 512)
        if (
            self.sector_size < 512
            or self.sector_size & (self.sector_size - 1)
            or self.sector_size > 65536
        ):
            raise _xenbus.XenbusError(
                self.path, f"{self.path}: unusable sector-size {self.sector_size}"
            )
        self._ratio = self.sector_size // 512
        units = fe.backend_int("sectors", 0)
        self.sectors = units // self._ratio
        info = fe.backend_int("info", 0)
        mode = fe.read_backend("mode", "w")
        self.read_only = (info & VDISK_READONLY) != 0 or mode == "r"
        self.has_flush = fe.feature("feature-flush-cache")
        self.has_barrier = fe.feature("feature-barrier")

    def __repr__(self):
        ro = ", read-only" if self.read_only else ""
        return f"<xen.block {self.name}: {self.sectors} sectors of {self.sector_size} bytes{ro}>"

    def _check(self, sector, count):
        if self.closed:
            raise ValueError(f"I/O on a closed disk ({self.name})")
        if not isinstance(sector, int) or not isinstance(count, int):
            raise TypeError("sector and count must be int")
        if sector < 0 or count < 0:
            raise ValueError("negative sector or count")
        if sector + count > self.sectors:
            raise ValueError(
                f"{self.name}: sectors {sector}..{sector + count - 1} are past the end "
                f"({self.sectors} sectors)"
            )

    def _sectors_of(self, buf):
        n = len(memoryview(buf))
        if n % self.sector_size:
            raise ValueError(
                f"{self.name}: {n} bytes are not whole {self.sector_size}-byte sectors"
            )
        return n // self.sector_size

    def readinto(self, sector, buf):
        """Read len(buf) bytes (whole sectors) from sector on into buf (a
        writable bytes-like object); returns the number of bytes."""
        count = self._sectors_of(buf)
        self._check(sector, count)
        if count:
            self._api.io(self._ring, False, sector * self._ratio, buf, self.timeout)
        return count * self.sector_size

    def read(self, sector, count=1):
        """count sectors from sector on, as bytes."""
        self._check(sector, count)
        buf = bytearray(count * self.sector_size)
        if count:
            self._api.io(self._ring, False, sector * self._ratio, buf, self.timeout)
        return bytes(buf)

    def write(self, sector, data):
        """Write data (whole sectors, bytes-like) from sector on."""
        count = self._sectors_of(data)
        self._check(sector, count)
        if self.read_only:
            raise OSError(errno.EROFS, f"{self.name} is read-only")
        if count:
            self._api.io(self._ring, True, sector * self._ratio, data, self.timeout)

    def flush(self):
        """Make the writes so far durable (cache flush, else a barrier).
        OSError EOPNOTSUPP when the backend offers neither."""
        if self.closed:
            raise ValueError(f"I/O on a closed disk ({self.name})")
        if not (self.has_flush or self.has_barrier):
            raise OSError(errno.EOPNOTSUPP, f"{self.name}: the backend offers no flush")
        self._api.flush(self._ring, not self.has_flush, self.timeout)

    def close(self):
        """Disconnect: the backend ends Closed, our grants end."""
        if self.closed:
            return
        self.closed = True
        self.fe.close()
        if self._ring is not None:
            self._api.close(self._ring)
            self._ring = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
