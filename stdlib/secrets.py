# SPDX-License-Identifier: MIT
"""xenlet's secrets: token_bytes, token_hex, token_urlsafe, randbelow,
randbits, choice, compare_digest and the SystemRandom class, as CPython
3.11's.

Where the randomness comes from -- read this before relying on it:

- On Linux the bytes come from os.urandom (the kernel's getrandom()):
  suitable for secrets, as in CPython.
- A Xen guest has no os.urandom (no kernel, and the VM's port gives it no
  hardware random source yet).  There the bytes come from a SHA-512
  counter-mode generator seeded from the clocks (wall, monotonic and
  performance counters at import and at every call) and a few addresses.
  Its output looks random, but its seed is guessable by anyone who can
  estimate when the guest booted and how long it ran: it is NOT
  cryptographically strong.  Do not derive keys, passwords or session
  tokens from it on Xen (docs/differences.md).  `STRONG` says which source
  is in use.

SystemRandom is defined here (xenlet's random module has none): a
random.Random whose random(), getrandbits() and randbytes() draw from the
source above; seed() does nothing and getstate()/setstate() raise
NotImplementedError, as in CPython."""

import base64 as _base64
import hashlib as _hashlib
import random as _random
import time as _time
from hmac import compare_digest

__all__ = [
    "SystemRandom",
    "choice",
    "compare_digest",
    "randbelow",
    "randbits",
    "token_bytes",
    "token_hex",
    "token_urlsafe",
]

try:
    import os as _os

    _os.urandom(1)
    _os_urandom = _os.urandom
except (ImportError, OSError):
    _os_urandom = None

# True when the bytes come from the operating system's generator.
STRONG = _os_urandom is not None


class _ClockGenerator:
    """The fallback: SHA-512 over (key, counter, clock readings).  Each
    request rekeys, so earlier outputs cannot be recomputed from a later
    key; the seed itself is only as unpredictable as the clocks."""

    def __init__(self):
        self._counter = 0
        self._key = b""
        self._key = self._block(b"seed" + repr((id(self), id(_time), id(object()))).encode())

    def _block(self, label):
        self._counter += 1
        stamp = (_time.time_ns(), _time.monotonic_ns(), _time.perf_counter_ns(), self._counter)
        return _hashlib.sha512(self._key + label + repr(stamp).encode()).digest()

    def read(self, n):
        out = bytearray()
        while len(out) < n:
            out += self._block(b"out")
        self._key = self._block(b"rekey")
        return bytes(out[:n])


_fallback = None


def _urandom(n):
    global _fallback
    if _os_urandom is not None:
        return _os_urandom(n)
    n = n.__index__()
    if n < 0:
        raise ValueError("negative argument not allowed")
    if _fallback is None:
        _fallback = _ClockGenerator()
    return _fallback.read(n)


class SystemRandom(_random.Random):
    """random.Random drawing from the system's random bytes (see the
    module's header for what they are on Xen)."""

    def random(self):
        """Float in [0.0, 1.0) with 53 random bits."""
        return (int.from_bytes(_urandom(7), "big") >> 3) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the source has no state to seed."""
        return

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32  # bytes


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string in hexadecimal: two digits per byte."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text string, Base64 encoded without padding."""
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")
