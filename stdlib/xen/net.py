# SPDX-License-Identifier: MIT
"""Network devices (Xen netfront): the guest's vifs, as raw Ethernet frames.

    nic = xen.net.open(0)             # the first vif (xl config: vif = [...])
    nic.mac, nic.mtu                  # 6 bytes; payload bytes per frame (1500)
    nic.send(frame)                   # bytes-like, 14 .. mtu + 14 bytes
    frame = nic.recv()                # bytes, or None when nothing waits
    nic.stats                         # NetStats: rx/tx frames, bytes, drops
    nic.close()                       # or `with xen.net.open() as nic:`

Nothing blocks except send() when every transmit buffer is in flight (it
waits, with xen.poll, for the backend to complete one; NetError after
`timeout` seconds).  To wait for frames without spinning:

    while True:
        frame = nic.recv()
        if frame is None:
            xen.poll(1.0)             # wakes on any device's event channel
            continue
        ...

The xenbus handshake (device/vif/<n>: tx-ring-ref, rx-ring-ref,
event-channel, request-rx-copy=1, feature-rx-notify=1,
feature-no-csum-offload=1, written with our state Connected in one
transaction: Linux's netback connects only once its frontend is Connected,
not at Initialised; then we wait for the backend's Connected) is done here
over xen._xenbus; the MAC comes from the frontend's `mac`
key, the MTU from `mtu` (frontend, else backend; 1500 when absent, and never
more: without feature-sg a frame must fit one ring slot and the backend
keeps its MTU at 1500).  The ring work is the native _netif
(xen/netfront.c).  No checksum offload is negotiated, so every received
frame carries complete checksums.  A malformed or oversize frame from the
backend is dropped and counted (stats.rx_dropped); bad arguments raise
TypeError/ValueError before anything is sent."""

import time

import _netif

from . import _xenbus

TIMEOUT = 30.0  # seconds the handshake, or a full transmit ring, may take
ETH_HEADER = 14
MAX_MTU = 1500


class NetError(OSError):
    """A vif that cannot be used: absent, backend gone or stalled."""


class NetStats:
    """Counters of one vif since it was opened.  rx_dropped: frames the
    backend delivered that were malformed (runt, oversize, split over
    several slots, outside their page) and thrown away; rx_errors: error
    responses from the backend; tx_errors: frames the backend reported it
    could not send; tx_full: send() calls that found every buffer in flight
    and had to wait; protocol_errors: responses that broke the ring
    protocol (ignored); tx_in_flight: frames queued, not yet completed."""

    FIELDS = ("rx_frames", "rx_bytes", "rx_dropped", "rx_errors", "tx_frames", "tx_bytes",
              "tx_errors", "tx_full", "protocol_errors", "tx_in_flight")

    def __init__(self, values):
        for name, v in zip(self.FIELDS, values):
            setattr(self, name, v)

    def as_dict(self):
        return {name: getattr(self, name) for name in self.FIELDS}

    def __repr__(self):
        return "NetStats(" + ", ".join("%s=%d" % (n, getattr(self, n)) for n in self.FIELDS) + ")"


def parse_mac(text):
    """'00:16:3e:01:02:03' -> 6 bytes; ValueError for anything else."""
    parts = text.strip().split(":")
    if len(parts) != 6 or not all(len(p) == 2 for p in parts):
        raise ValueError("not a MAC address: %r" % text)
    try:
        return bytes(int(p, 16) for p in parts)
    except ValueError:
        raise ValueError("not a MAC address: %r" % text) from None


def format_mac(mac):
    return ":".join("%02x" % b for b in mac)


def vifs():
    """The device ids of this guest's vifs ("0", "1" ...), in order."""
    return _xenbus.devices("vif")


def open(index=0, timeout=TIMEOUT):
    """Connect to vif `index` (its position in the xl config's vif list,
    which is also its xenstore device id); returns a NetDevice.  NetError
    when there is no such vif; XenbusError (an OSError) when its backend
    does not connect within timeout seconds."""
    if not isinstance(index, int) or index is True or index is False:
        raise TypeError("vif index must be an int, not %s" % type(index).__name__)
    have = vifs()
    if str(index) not in have:
        raise NetError("no vif %d (this guest has: %s)" % (index, ", ".join(have) or "none"))
    return NetDevice(index, timeout)


class NetDevice:
    """One connected vif (see the module doc)."""

    def __init__(self, index, timeout=TIMEOUT, _ring_api=None, _poll=None):
        self._api = _ring_api or _netif
        self._poll = _poll
        self.index = index
        self.timeout = timeout
        self._handle = None
        self._final = None
        self.closed = True
        self.fe = _xenbus.Frontend("vif", index)
        self.path = self.fe.path
        mac = self.fe.read("mac", None)
        if mac is None:
            raise NetError("%s: no mac key in xenstore" % self.path)
        try:
            self.mac = parse_mac(mac)
        except ValueError:
            raise NetError("%s: bad mac %r in xenstore" % (self.path, mac)) from None
        self.mtu = self._read_mtu()
        self.fe.wait_backend({_xenbus.INITWAIT, _xenbus.CONNECTED}, timeout, "InitWait")
        handle, tx_ref, rx_ref, port = self._api.create(self.fe.backend_id, self.mtu + ETH_HEADER)
        self._handle = handle
        self.port = port
        try:
            self.fe.publish({"tx-ring-ref": tx_ref, "rx-ring-ref": rx_ref, "event-channel": port,
                             "request-rx-copy": 1, "feature-rx-notify": 1,
                             "feature-no-csum-offload": 1},
                            _xenbus.CONNECTED)
            self.fe.wait_backend({_xenbus.CONNECTED}, timeout, "Connected")
            self.fe.connected = True
        except BaseException:
            self._api.close(handle)
            self._handle = None
            self.fe.close(timeout=5.0)
            raise
        self.closed = False
        self._api.kick(handle)

    def _read_mtu(self):
        for v in (self.fe.read("mtu", None), self.fe.read_backend("mtu", None)):
            if v is not None:
                try:
                    mtu = int(v)
                except ValueError:
                    raise NetError("%s: bad mtu %r in xenstore" % (self.path, v)) from None
                if mtu < 68:
                    raise NetError("%s: mtu %d is below IPv4's minimum 68" % (self.path, mtu))
                return min(mtu, MAX_MTU)
        return MAX_MTU

    def __repr__(self):
        return "<xen.net vif%d %s mtu %d%s>" % (self.index, format_mac(self.mac), self.mtu,
                                                 " closed" if self.closed else "")

    def _live(self):
        if self.closed:
            raise ValueError("I/O on a closed vif (vif%d)" % self.index)
        return self._handle

    def send(self, frame):
        """Queue one Ethernet frame (destination MAC first; 14 .. mtu + 14
        bytes; the backend adds no padding or FCS).  Returns once the frame
        is copied into a transmit buffer; if all are in flight, waits for
        the backend to complete one (NetError after timeout seconds)."""
        h = self._live()
        n = len(memoryview(frame))
        if n < ETH_HEADER or n > self.mtu + ETH_HEADER:
            raise ValueError("a frame must be %d..%d bytes, not %d" % (ETH_HEADER, self.mtu + ETH_HEADER, n))
        if self._api.send(h, frame):
            return
        deadline = time.monotonic() + self.timeout
        while not self._api.send(h, frame):
            left = deadline - time.monotonic()
            if left <= 0:
                raise NetError("vif%d: no transmit buffer came back within %g s (backend stalled?)"
                               % (self.index, self.timeout))
            self._wait(left)

    def _wait(self, timeout):
        if self._poll is not None:
            return self._poll(timeout)
        import xen

        return xen.poll(timeout)

    def recv(self):
        """The next received frame as bytes, or None when none is waiting.
        Never blocks."""
        return self._api.recv(self._live())

    def pending(self):
        """True when recv() may find a frame (or send() a free buffer)
        without waiting."""
        return self._api.pending(self._live())

    @property
    def stats(self):
        """A NetStats snapshot (after close(): the last one)."""
        if self._handle is None:
            if self._final is None:
                raise ValueError("vif%d was never connected" % self.index)
            return self._final
        return NetStats(self._api.stats(self._handle))

    def close(self):
        """Disconnect: the backend ends Closed, then the grants end and the
        buffers are freed.  Frames still queued may not be sent."""
        if self.closed:
            return
        self.closed = True
        self._final = NetStats(self._api.stats(self._handle))
        self.fe.close()
        self._api.close(self._handle)
        self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
