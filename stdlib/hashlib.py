# SPDX-License-Identifier: MIT
"""xenlet's hashlib: MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512
over the VM's native `_hashlib` (vm/mod_hashlib.c, written from RFC 1321
and FIPS 180-4), with CPython 3.11's API, attributes and error messages.

Promises: new(name, data=b'', *, usedforsecurity=True) (names in any case,
also "sha-256" / "sha2-256" spellings, as OpenSSL accepts them), the six
constructors md5(string=b'', *, usedforsecurity=True) ..., hash objects with
update, digest, hexdigest, copy, name, digest_size and block_size,
pbkdf2_hmac (RFC 8018, on top of hmac) and file_digest.  Data may be bytes,
bytearray or memoryview.  Only these six algorithms exist:
algorithms_guaranteed and algorithms_available both name exactly them
(CPython also has BLAKE2, SHA-3 and SHAKE).  usedforsecurity is accepted
and ignored.  pbkdf2_hmac with an unknown hash raises ValueError
"unsupported hash type NAME" (CPython raises its OpenSSL-worded subclass
UnsupportedDigestmodError)."""

import _hashlib

__all__ = (
    "algorithms_available",
    "algorithms_guaranteed",
    "file_digest",
    "md5",
    "new",
    "pbkdf2_hmac",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
)

# name: (digest_size, block_size)
_SIZES = {
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
}
_ALIASES = {"sha-1": "sha1"}
for _n in ("224", "256", "384", "512"):
    _ALIASES["sha-" + _n] = "sha" + _n
    _ALIASES["sha2-" + _n] = "sha" + _n
del _n

algorithms_guaranteed = set(_SIZES)
algorithms_available = set(_SIZES)

_INT_MAX = 2**31 - 1


def _no_args(what, args, kw):
    if kw:
        raise TypeError("HASH." + what + "() takes no keyword arguments")
    if args:
        raise TypeError("HASH." + what + "() takes no arguments (" + str(len(args)) + " given)")


class HASH:
    """A hash object: feed it with update(), read it with digest()."""

    __slots__ = ("_h", "_name")

    def __init__(self, *args, **kw):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError("attribute 'name' of '_hashlib.HASH' objects is not writable")

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, *args, **kw):
        if kw:
            raise TypeError("HASH.update() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("HASH.update() takes exactly one argument (" + str(len(args)) + " given)")
        _hashlib.update(self._h, args[0])

    def digest(self, *args, **kw):
        _no_args("digest", args, kw)
        return _hashlib.digest(self._h)

    def hexdigest(self, *args, **kw):
        _no_args("hexdigest", args, kw)
        return _hashlib.hexdigest(self._h)

    def copy(self, *args, **kw):
        _no_args("copy", args, kw)
        return _wrap(self._name, _hashlib.copy(self._h))

    def __repr__(self):
        return "<" + self._name + " _hashlib.HASH object @ " + hex(id(self)) + ">"


def _wrap(name, state):
    h = object.__new__(HASH)
    h._name = name
    h._h = state
    return h


def _make(name, data):
    h = _wrap(name, _hashlib.new(name))
    _hashlib.update(h._h, data)
    return h


def _canonical(name):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return key


def new(name, data=b"", *, usedforsecurity=True):
    """A new hash object for the algorithm called name, fed with data."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    # the data is checked before the name is looked up, as in CPython
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("object supporting the buffer API required")
    return _make(_canonical(name), data)


def md5(string=b"", *, usedforsecurity=True):
    return _make("md5", string)


def sha1(string=b"", *, usedforsecurity=True):
    return _make("sha1", string)


def sha224(string=b"", *, usedforsecurity=True):
    return _make("sha224", string)


def sha256(string=b"", *, usedforsecurity=True):
    return _make("sha256", string)


def sha384(string=b"", *, usedforsecurity=True):
    return _make("sha384", string)


def sha512(string=b"", *, usedforsecurity=True):
    return _make("sha512", string)


def _bytes_like(v):
    if not isinstance(v, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '" + type(v).__name__ + "'")
    return v


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return f(v)


def _c_long(v):
    v = _index(v)
    if not -2**63 <= v < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    return v


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over hash_name as pseudorandom function (RFC 8018
    section 5.2): dklen bytes (default: the digest size) derived from
    password and salt with `iterations` rounds."""
    import hmac as _hmac

    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + type(hash_name).__name__)
    password = _bytes_like(password)
    salt = bytes(_bytes_like(salt))
    iterations = _c_long(iterations)
    key = _canonical(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > _INT_MAX:
        raise OverflowError("iteration value is too great.")
    size = _SIZES[key][0]
    if dklen is None:
        dklen = size
    dklen = _c_long(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > _INT_MAX:
        raise OverflowError("key length is too great.")
    # The HMAC's keyed inner and outer states, copied for every PRF call.
    mac = _hmac.new(bytes(password), None, key)
    inner, outer = mac._inner._h, mac._outer._h
    cp, upd, dig = _hashlib.copy, _hashlib.update, _hashlib.digest

    def prf(msg):
        a = cp(inner)
        upd(a, msg)
        b = cp(outer)
        upd(b, dig(a))
        return dig(b)

    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = prf(salt + block.to_bytes(4, "big"))
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object read to its end; digest
    is a hash name or a constructor (a callable returning a hash object)."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    bad = ValueError("'" + repr(fileobj) + "' is not a file-like object in binary reading mode.")
    if not (hasattr(fileobj, "readable") and fileobj.readable()):
        raise bad
    if hasattr(fileobj, "readinto"):
        buf = bytearray(_bufsize)
        view = memoryview(buf)
        while True:
            n = fileobj.readinto(buf)
            if not n:
                break
            h.update(view[:n])
        return h
    # xenlet's own file objects have read() but no readinto()
    if not hasattr(fileobj, "read"):
        raise bad
    while True:
        chunk = fileobj.read(_bufsize)
        if isinstance(chunk, str):
            raise bad
        if not chunk:
            break
        h.update(chunk)
    return h
