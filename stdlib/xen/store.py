# SPDX-License-Identifier: MIT
"""xenstore: the guest's view of the Xen configuration tree.

    read(path, default=...) -> str     write(path, value)
    ls(path) -> [names]                rm(path)          exists(path)
    watch(path) -> Watch               transaction(fn)   Transaction()

Paths that do not start with "/" are relative to the guest's home,
/local/domain/<domid> (xenstored resolves them).  Errors are StoreError,
an OSError whose errno is the one xenstored named (ENOENT, EACCES, EAGAIN
...) and whose message names the path; a request with no reply within
`timeout` seconds (default TIMEOUT) raises TimeoutError.

The wire protocol is xen/io/xs_wire.h; the ring work is xen/xenstore.c,
one request at a time, replies matched by request id, watch events that
arrive meanwhile queued in C and dispatched here to their Watch by token."""

import errno as _errno
import time

import _xen

TIMEOUT = 30.0


class StoreError(OSError):
    """A request xenstored refused: .errno and .strerror name the error
    (EAGAIN for a transaction conflict); .path the path concerned."""

    def __init__(self, code, name, path):
        super().__init__(code, name + ": " + path if path else name)
        self.path = path
        self.name = name


def _check_path(path):
    if not isinstance(path, str):
        raise TypeError("xenstore path must be str, not " + type(path).__name__)
    if not path or "\0" in path:
        raise ValueError("bad xenstore path: " + repr(path))
    return path


def _request(kind, tx, body, path, timeout=None):
    """Send one request; the reply body (bytes), or StoreError."""
    rtype, reply = _xen.xs_request(
        kind, tx, body, TIMEOUT if timeout is None else timeout
    )
    if rtype == _xen.XS_ERROR:
        name = reply.rstrip(b"\0").decode("ascii", "replace")
        raise StoreError(getattr(_errno, name, _errno.EIO), name, path)
    if rtype != kind:
        raise StoreError(
            _errno.EIO,
            "EIO",
            f"{path} (reply of type {rtype} to a request of type {kind})",
        )
    return reply


_MISSING = object()


def _read(tx, path, default):
    _check_path(path)
    try:
        reply = _request(_xen.XS_READ, tx, path.encode() + b"\0", path)
    except StoreError as e:
        if e.errno == _errno.ENOENT and default is not _MISSING:
            return default
        raise
    return reply.decode("utf-8", "replace")


def _write(tx, path, value):
    _check_path(path)
    if isinstance(value, str):
        value = value.encode()
    elif not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            "xenstore value must be str or bytes, not " + type(value).__name__
        )
    _request(_xen.XS_WRITE, tx, path.encode() + b"\0" + bytes(value), path)


def _ls(tx, path):
    _check_path(path)
    reply = _request(_xen.XS_DIRECTORY, tx, path.encode() + b"\0", path)
    return [n.decode("utf-8", "replace") for n in reply.split(b"\0") if n]


def _rm(tx, path):
    _check_path(path)
    try:
        _request(_xen.XS_RM, tx, path.encode() + b"\0", path)
    except StoreError as e:
        if e.errno != _errno.ENOENT:
            raise


def read(path, default=_MISSING):
    """The value at path as str; default (if given) when there is none,
    else StoreError ENOENT."""
    return _read(0, path, default)


def write(path, value):
    """Set path to value (str or bytes), creating missing parents."""
    _write(0, path, value)


def ls(path):
    """The names of path's children."""
    return _ls(0, path)


def rm(path):
    """Remove path and everything below it (no error if absent)."""
    _rm(0, path)


def exists(path):
    return _read(0, path, None) is not None


# ---- transactions ------------------------------------------------------------------


class Transaction:
    """A xenstore transaction: read/write/ls/rm/exists as the module's,
    seen atomically.  commit() returns False when xenstored reports a
    conflict (EAGAIN): the caller starts again (transaction(fn) does)."""

    def __init__(self):
        reply = _request(_xen.XS_TRANSACTION_START, 0, b"\0", "")
        self.id = int(reply.rstrip(b"\0").decode("ascii"))
        self.done = False

    def read(self, path, default=_MISSING):
        return _read(self.id, path, default)

    def write(self, path, value):
        _write(self.id, path, value)

    def ls(self, path):
        return _ls(self.id, path)

    def rm(self, path):
        _rm(self.id, path)

    def exists(self, path):
        return _read(self.id, path, None) is not None

    def _end(self, commit):
        if self.done:
            raise ValueError("transaction already ended")
        self.done = True
        try:
            _request(_xen.XS_TRANSACTION_END, self.id, b"T\0" if commit else b"F\0", "")
        except StoreError as e:
            if commit and e.errno == _errno.EAGAIN:
                return False
            raise
        return True

    def commit(self):
        return self._end(True)

    def abort(self):
        if not self.done:
            self._end(False)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.abort()
            return False
        if not self.commit():
            raise StoreError(
                _errno.EAGAIN, "EAGAIN", f"transaction {self.id} conflicted"
            )
        return False


def transaction(fn, retries=50):
    """Run fn(t) in a Transaction t and commit; on a conflict (EAGAIN) run
    it again in a fresh one, up to `retries` times.  Returns fn's result.
    An exception from fn aborts the transaction and propagates."""
    for _ in range(retries):
        t = Transaction()
        try:
            result = fn(t)
        except BaseException:
            t.abort()
            raise
        if t.commit():
            return result
    raise StoreError(
        _errno.EAGAIN, "EAGAIN", f"transaction still conflicting after {retries} tries"
    )


# ---- watches ---------------------------------------------------------------------

_queues = {}  # token -> changed paths not yet taken
_next_token = [0]


def _pump(timeout):
    """Move queued watch events to their Watch; wait up to timeout for one.
    True if an event was taken."""
    body = _xen.xs_event(timeout)
    if body is None:
        return False
    parts = body.split(b"\0")
    if len(parts) >= 2:
        path = parts[0].decode("utf-8", "replace")
        token = parts[1].decode("utf-8", "replace")
        q = _queues.get(token)
        if q is not None:
            q.append(path)
    return True


class Watch:
    """A xenstore watch on path (and everything below it).  xenstored
    reports the path itself once at the start, then every change.

        with xen.store.watch("control/shutdown") as w:
            changed = w.wait(timeout=5)     # a path, or None at the timeout
            for changed in w: ...           # forever

    Events for other watches that arrive meanwhile are kept for them."""

    def __init__(self, path):
        self.path = _check_path(path)
        _next_token[0] += 1
        self.token = f"xenlet-{_next_token[0]}"
        _queues[self.token] = []
        try:
            _request(
                _xen.XS_WATCH,
                0,
                path.encode() + b"\0" + self.token.encode() + b"\0",
                path,
            )
        except BaseException:
            del _queues[self.token]
            raise
        self.closed = False

    def wait(self, timeout=None):
        """The next changed path, or None when timeout seconds pass first
        (None: wait for ever)."""
        if self.closed:
            raise ValueError(f"watch on {self.path} is closed")
        q = _queues[self.token]
        if q:
            return q.pop(0)
        if timeout is None:
            while not q:
                _pump(None)
            return q.pop(0)
        deadline = time.monotonic() + timeout
        while not q:
            left = deadline - time.monotonic()
            if not _pump(max(left, 0)) and left <= 0:
                return None
        return q.pop(0)

    def pending(self):
        """Changed paths already received, without waiting."""
        while _pump(0):
            pass
        q = _queues.get(self.token, [])
        out = list(q)
        q.clear()
        return out

    def __iter__(self):
        while True:
            yield self.wait()

    def close(self):
        if self.closed:
            return
        self.closed = True
        _queues.pop(self.token, None)
        try:
            _request(
                _xen.XS_UNWATCH,
                0,
                self.path.encode() + b"\0" + self.token.encode() + b"\0",
                self.path,
            )
        except StoreError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def watch(path):
    """A Watch on path (see Watch)."""
    return Watch(path)
