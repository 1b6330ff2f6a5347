# SPDX-License-Identifier: MIT
"""xenlet's hmac: keyed hashing (RFC 2104) over hashlib, with CPython
3.11's API and error messages: new(key, msg=None, digestmod), the HMAC
class (update, copy, digest, hexdigest, name, digest_size, block_size),
digest(key, msg, digest) and compare_digest.

digestmod is required (a hash name such as "sha256", a constructor such as
hashlib.sha256, or a module with a new() function).  compare_digest takes
two ASCII str or two bytes-like objects and does not stop at the first
difference: equal-length inputs are compared as whole integers, and
inputs of different lengths still cost a comparison of the second with
itself.  That is constant-time in spirit only: the VM gives no timing
guarantees."""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the hash: None here,
# as in CPython.
digest_size = None


def _constructor(digestmod):
    """A callable d -> hash object fed with d, for any accepted digestmod."""
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    if callable(digestmod):
        return digestmod
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC: H(K ^ opad, H(K ^ ipad, msg))."""

    blocksize = 64  # the fallback for hashes without a usable block_size

    __slots__ = ("_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        cons = _constructor(digestmod)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", None)
        if blocksize is None or blocksize < 16:
            import warnings

            if blocksize is None:
                warnings.warn("No block_size attribute on given digest object; Assuming %d." % self.blocksize,
                              RuntimeWarning, 2)
            else:
                warnings.warn("block_size of %d seems too small; using our default of %d."
                              % (blocksize, self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed msg (bytes-like) into the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of everything fed so far (the state is kept)."""
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object: new(key, msg, digestmod) as HMAC(...)."""
    return HMAC(key, msg, digestmod)


def _bytes_like(v):
    if not isinstance(v, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '" + type(v).__name__ + "'")


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash `digest`, in one call."""
    _bytes_like(key)
    _bytes_like(msg)
    cons = _constructor(digest)
    inner = cons()
    outer = cons()
    blocksize = getattr(inner, "block_size", 64)
    if len(key) > blocksize:
        key = cons(key).digest()
    key = bytes(key).ljust(blocksize, b"\0")
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(a, b, /):
    """a == b for two ASCII str or two bytes-like objects, without an early
    exit at the first differing byte."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        ok_a = isinstance(a, (bytes, bytearray, memoryview))
        ok_b = isinstance(b, (bytes, bytearray, memoryview))
        if not ok_a and not ok_b:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        _bytes_like(a)
        _bytes_like(b)
    same_len = len(a) == len(b)
    left = a if same_len else b
    diff = int.from_bytes(left, "big") ^ int.from_bytes(b, "big")
    return same_len & (diff == 0)
