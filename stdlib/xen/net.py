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


# Indices of the vifs open in this program (a second open would overwrite
# the first one's ring references in xenstore).
_open = set()


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
        return "NetStats(" + ", ".join(f"{n}={getattr(self, n)}" for n in self.FIELDS) + ")"


def parse_mac(text):
    """'00:16:3e:01:02:03' -> 6 bytes; ValueError for anything else."""
    parts = text.strip().split(":")
    if len(parts) != 6 or not all(len(p) == 2 for p in parts):
        raise ValueError(f"not a MAC address: {text!r}")
    try:
        return bytes(int(p, 16) for p in parts)
    except ValueError:
        raise ValueError(f"not a MAC address: {text!r}") from None


def format_mac(mac):
    return ":".join(f"{b:02x}" for b in mac)


def vifs():
    """The device ids of this guest's vifs ("0", "1" ...), in order."""
    return _xenbus.devices("vif")


def open(index=0, timeout=TIMEOUT):
    """Connect to vif `index` (its position in the xl config's vif list,
    which is also its xenstore device id); returns a NetDevice.  NetError
    when there is no such vif or it is open already; XenbusError (an
    OSError) when its backend does not connect within timeout seconds.  A
    vif closed earlier can be opened again."""
    if not isinstance(index, int) or index is True or index is False:
        raise TypeError(f"vif index must be an int, not {type(index).__name__}")
    have = vifs()
    if str(index) not in have:
        raise NetError(f"no vif {index} (this guest has: {', '.join(have) or 'none'})")
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
        if index in _open:
            raise NetError(f"vif{index} is open already (close it first)")
        self.fe = _xenbus.Frontend("vif", index)
        self.path = self.fe.path
        mac = self.fe.read("mac", None)
        if mac is None:
            raise NetError(f"{self.path}: no mac key in xenstore")
        try:
            self.mac = parse_mac(mac)
        except ValueError:
            raise NetError(f"{self.path}: bad mac {mac!r} in xenstore") from None
        self.mtu = self._read_mtu()
        reopen = self.fe.state() in (_xenbus.CLOSING, _xenbus.CLOSED)
        if reopen:
            # Closed earlier in this program: Initialising asks the backend
            # to get ready again (netback goes from Closed to InitWait).
            self.fe.set_state(_xenbus.INITIALISING)
        self.fe.wait_backend({_xenbus.INITWAIT, _xenbus.CONNECTED}, timeout, "InitWait",
                             allow_closed=reopen)
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
        _open.add(index)
        self._api.kick(handle)

    def _read_mtu(self):
        for v in (self.fe.read("mtu", None), self.fe.read_backend("mtu", None)):
            if v is not None:
                try:
                    mtu = int(v)
                except ValueError:
                    raise NetError(f"{self.path}: bad mtu {v!r} in xenstore") from None
                if mtu < 68:
                    raise NetError(f"{self.path}: mtu {mtu} is below IPv4's minimum 68")
                return min(mtu, MAX_MTU)
        return MAX_MTU

    def __repr__(self):
        closed = " closed" if self.closed else ""
        return f"<xen.net vif{self.index} {format_mac(self.mac)} mtu {self.mtu}{closed}>"

    def _live(self):
        if self.closed:
            raise ValueError(f"I/O on a closed vif (vif{self.index})")
        return self._handle

    def send(self, frame):
        """Queue one Ethernet frame (destination MAC first; 14 .. mtu + 14
        bytes; the backend adds no padding or FCS).  Returns once the frame
        is copied into a transmit buffer; if all are in flight, waits for
        the backend to complete one (NetError after timeout seconds)."""
        h = self._live()
        n = len(memoryview(frame))
        if n < ETH_HEADER or n > self.mtu + ETH_HEADER:
            raise ValueError(f"a frame must be {ETH_HEADER}..{self.mtu + ETH_HEADER} bytes, not {n}")
        if self._api.send(h, frame):
            return
        deadline = time.monotonic() + self.timeout
        while not self._api.send(h, frame):
            left = deadline - time.monotonic()
            if left <= 0:
                raise NetError(f"vif{self.index}: no transmit buffer came back within "
                               f"{self.timeout:g} s (backend stalled?)")
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
                raise ValueError(f"vif{self.index} was never connected")
            return self._final
        return NetStats(self._api.stats(self._handle))

    def close(self):
        """Disconnect: the backend ends Closed, then the grants end and the
        buffers are freed.  Frames still queued may not be sent."""
        if self.closed:
            return
        self.closed = True
        _open.discard(self.index)
        self._final = NetStats(self._api.stats(self._handle))
        self.fe.close()
        self._api.close(self._handle)
        self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
