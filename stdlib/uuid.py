# SPDX-License-Identifier: MIT
"""xenlet's uuid: RFC 4122 UUIDs with CPython 3.11's API, values, reprs and
error messages: the UUID class (from hex, bytes, bytes_le, fields or int;
str, repr, hex, int, bytes, bytes_le, urn, fields and its parts, time,
clock_seq, node, variant, version, comparisons, hashing, pickling state),
uuid3 and uuid5 (MD5 / SHA-1 name-based, exact), uuid4 (random), the
NAMESPACE_* constants and SafeUUID.

Differences from CPython:
- uuid4() and uuid1()'s clock sequence take their random bits from
  secrets.token_bytes: the operating system's generator on Linux, but on
  Xen a clock-seeded generator that is NOT cryptographically strong
  (stdlib/secrets.py).  A Xen guest's uuid4 values are unique in practice
  but guessable.
- getnode() never reads a hardware address (the VM has no way to): it is
  a random 48-bit number with the multicast bit set, as RFC 4122 section
  4.5 recommends when no address is available, fixed for the run.  So
  uuid1() is time-based with a random node.  is_safe is always
  SafeUUID.unknown."""

import time as _time
from enum import Enum

int_ = int  # the class has properties named int and bytes
bytes_ = bytes

__all__ = [
    "NAMESPACE_DNS",
    "NAMESPACE_OID",
    "NAMESPACE_URL",
    "NAMESPACE_X500",
    "RESERVED_FUTURE",
    "RESERVED_MICROSOFT",
    "RESERVED_NCS",
    "RFC_4122",
    "UUID",
    "SafeUUID",
    "getnode",
    "uuid1",
    "uuid3",
    "uuid4",
    "uuid5",
]

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    # bytes <-> bytes_le: the first three fields change byte order
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID:
    """A UUID: an immutable 128-bit value (the `int` attribute) with views
    of its RFC 4122 fields."""

    __slots__ = ("int", "is_safe")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            for i, (v, bits) in enumerate(zip(fields, _FIELD_BITS)):
                if not 0 <= v < 1 << bits:
                    what = ("an 8-bit value" if bits == 8 else "a %d-bit value" % bits)
                    raise ValueError("field %d out of range (need %s)" % (i + 1, what))
            time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (((seq_hi << 8) | seq_low) << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # the RFC 4122 variant, then the version number
            int &= ~(0xC000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xF000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        d = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            d["is_safe"] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe",
                           SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return (((self.time_hi_version & 0x0FFF) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # only meaningful for RFC 4122 UUIDs
        if self.variant == RFC_4122:
            return int_((self.int >> 76) & 0xF)
        return None


def _random_bytes(n):
    from secrets import token_bytes

    return token_bytes(n)


_node = None


def getnode():
    """A 48-bit node number: random with the multicast bit set (xenlet
    cannot read a hardware address), the same for the whole run."""
    global _node
    if _node is None:
        _node = int_.from_bytes(_random_bytes(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time (100 ns steps since 1582-10-15), a clock
    sequence (random unless given) and the node (getnode() unless given)."""
    global _last_timestamp
    timestamp = _time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(_random_bytes(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xFFFFFFFF, (timestamp >> 32) & 0xFFFF,
                        (timestamp >> 48) & 0x0FFF, (clock_seq >> 8) & 0x3F,
                        clock_seq & 0xFF, node), version=1)


def uuid3(namespace, name):
    """The MD5-based UUID of name (a str) in namespace (a UUID)."""
    from hashlib import md5

    digest = md5(namespace.bytes + bytes_(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_random_bytes(16), version=4)


def uuid5(namespace, name):
    """The SHA-1-based UUID of name (a str) in namespace (a UUID)."""
    from hashlib import sha1

    digest = sha1(namespace.bytes + bytes_(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
