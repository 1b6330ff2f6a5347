# SPDX-License-Identifier: MIT
"""The xenbus handshake of a split-driver frontend, shared by xen.block and
xen.net.

    fe = Frontend("vbd", 51712)            # device/vbd/51712 in our home
    fe.wait_backend({INITWAIT, CONNECTED}) # backend ready for our details
    fe.publish({"ring-ref": ref, "event-channel": port})  # then Initialised
    fe.wait_backend({CONNECTED})
    fe.set_state(CONNECTED)
    ...
    fe.close()                             # Closing -> Closed, backend Closed

States and keys as Xen documents them (xen/io/xenbus.h, xen/io/blkif.h,
xen/io/netif.h): Initialising 1, InitWait 2, Initialised 3, Connected 4,
Closing 5, Closed 6.  A backend that does not reach the wanted state in
time, or that goes away (its state node removed, or Closing/Closed while
we wait for it to connect), raises XenbusError naming the device path,
never a hang."""

import time

from . import store

UNKNOWN, INITIALISING, INITWAIT, INITIALISED, CONNECTED, CLOSING, CLOSED = range(7)
RECONFIGURING, RECONFIGURED = 7, 8
STATE_NAMES = {
    0: "Unknown",
    1: "Initialising",
    2: "InitWait",
    3: "Initialised",
    4: "Connected",
    5: "Closing",
    6: "Closed",
    7: "Reconfiguring",
    8: "Reconfigured",
}

TIMEOUT = 30.0


class XenbusError(OSError):
    """A device whose backend is absent, never connects or went away;
    .path is the frontend's xenstore path."""

    def __init__(self, path, message):
        super().__init__(message)
        self.path = path


def state_name(state):
    return STATE_NAMES.get(state, str(state))


def devices(kind):
    """The device ids of this kind ("vbd", "vif") the toolstack gave us, in
    numeric order."""
    try:
        ids = store.ls("device/" + kind)
    except store.StoreError:
        return []
    return sorted(ids, key=lambda s: (len(s), s))


class Frontend:
    """One device's frontend end of the handshake (see the module doc)."""

    def __init__(self, kind, devid):
        self.kind = kind
        self.devid = str(devid)
        home = f"/local/domain/{int(store.read('domid'))}"
        self.path = f"{home}/device/{kind}/{devid}"
        self.backend = store.read(self.path + "/backend", None)
        backend_id = store.read(self.path + "/backend-id", None)
        if self.backend is None or backend_id is None:
            raise XenbusError(
                self.path, f"{self.path}: no such device (no backend in xenstore)"
            )
        self.backend_id = int(backend_id)
        self.connected = False

    def __repr__(self):
        return f"<xenbus frontend {self.path} backend {self.backend}>"

    # ---- reading the two sides -----------------------------------------------

    def read(self, key, default=None):
        """A frontend key."""
        return store.read(self.path + "/" + key, default)

    def read_backend(self, key, default=None):
        """A backend key (features, sizes ...), default when absent."""
        return store.read(self.backend + "/" + key, default)

    def backend_int(self, key, default=0):
        v = self.read_backend(key, None)
        if v is None:
            return default
        try:
            return int(v)
        except ValueError:
            raise XenbusError(
                self.path, f"{self.path}: backend key {key} is not a number: {v!r}"
            ) from None

    def feature(self, name):
        """A backend feature-* flag: True when present and not 0."""
        return self.backend_int(name, 0) != 0

    def backend_state(self):
        """The backend's state, UNKNOWN when its node is gone."""
        v = self.read_backend("state", None)
        try:
            return int(v) if v is not None else UNKNOWN
        except ValueError:
            return UNKNOWN

    def state(self):
        v = self.read("state", None)
        return int(v) if v is not None and v.isdigit() else UNKNOWN

    # ---- moving our side ---------------------------------------------------------

    def set_state(self, state):
        store.write(self.path + "/state", str(state))

    def publish(self, keys, state=INITIALISED):
        """Write our keys (ring-ref, event-channel, protocol ...) and switch
        to state, in one transaction (retried on conflicts)."""

        def body(t):
            for k, v in keys.items():
                t.write(self.path + "/" + k, str(v))
            t.write(self.path + "/state", str(state))

        store.transaction(body)

    def wait_backend(self, wanted, timeout=TIMEOUT, what=None, allow_closed=False):
        """Wait until the backend's state is in wanted; returns it.
        XenbusError if it goes away or is Closing/Closed (unless
        allow_closed) first, or after timeout seconds."""
        wanted = set(wanted)
        what = what or "/".join(state_name(s) for s in sorted(wanted))
        deadline = time.monotonic() + timeout
        with store.watch(self.backend + "/state") as w:
            while True:
                st = self.backend_state()
                if st in wanted:
                    return st
                if st == UNKNOWN and self.read_backend("state", None) is None:
                    raise XenbusError(
                        self.path,
                        f"{self.path}: backend {self.backend} went away (no state node)",
                    )
                if st in (CLOSING, CLOSED) and not allow_closed:
                    raise XenbusError(
                        self.path,
                        f"{self.path}: backend {self.backend} is {state_name(st)} while waiting for {what}",
                    )
                left = deadline - time.monotonic()
                if left <= 0:
                    raise XenbusError(
                        self.path,
                        f"{self.path}: backend {self.backend} did not reach {what} within {timeout:g} s (state {state_name(st)})",
                    )
                w.wait(left)

    def connect(self, keys, timeout=TIMEOUT):
        """The whole handshake: wait for the backend's InitWait, publish
        keys and go Initialised, wait for the backend's Connected, go
        Connected."""
        self.wait_backend({INITWAIT, CONNECTED}, timeout, "InitWait")
        self.publish(keys, INITIALISED)
        self.wait_backend({CONNECTED}, timeout, "Connected")
        self.set_state(CONNECTED)
        self.connected = True

    def check(self):
        """XenbusError if the backend left Connected (closed, gone)."""
        st = self.backend_state()
        if st != CONNECTED:
            raise XenbusError(
                self.path,
                f"{self.path}: backend {self.backend} is {state_name(st)}, not Connected",
            )

    def close(self, timeout=10.0):
        """Closing, wait for the backend to follow, then Closed; the
        backend ends Closed.  Never raises for a backend already gone."""
        self.connected = False
        try:
            self.set_state(CLOSING)
            self.wait_backend(
                {CLOSING, CLOSED, UNKNOWN}, timeout, "Closing", allow_closed=True
            )
            self.set_state(CLOSED)
            self.wait_backend(
                {CLOSED, UNKNOWN, INITWAIT, INITIALISING},
                timeout,
                "Closed",
                allow_closed=True,
            )
        except XenbusError:
            pass
