# SPDX-License-Identifier: MIT
"""struct: the C natives of `_struct` plus the parts simpler in Python.

Promises CPython 3.11's API: pack, pack_into, unpack, unpack_from,
calcsize, iter_unpack, the Struct class and the exception class `error`.
The natives parse the format on each call; Struct remembers the format
and its size.
"""

# Annotations use builtins (unions as strings) so that the module pulls
# neither typing nor collections.abc into every image that uses struct.
from _struct import calcsize, error, pack, pack_into, unpack, unpack_from

__all__ = [
    "Struct",
    "calcsize",
    "error",
    "iter_unpack",
    "pack",
    "pack_into",
    "unpack",
    "unpack_from",
]


def _iterate(fmt: "str | bytes", buffer: object, n: int, size: int) -> object:
    for offset in range(0, n, size):
        yield unpack_from(fmt, buffer, offset)


def _check_iterable(size: int, buffer: object) -> int:
    # Both checks happen at the call, before any iteration, as in CPython.
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    n = len(memoryview(buffer))
    if n % size:
        raise error(
            f"iterative unpacking requires a buffer of a multiple of {size} bytes"
        )
    return n


def iter_unpack(format: "str | bytes", buffer: object, /) -> object:
    """Unpack buffer in successive chunks of calcsize(format) bytes."""
    size = calcsize(format)
    n = _check_iterable(size, buffer)
    return _iterate(format, buffer, n, size)


class Struct:
    """A compiled format: the same operations with the format bound."""

    def __init__(self, format: "str | bytes") -> None:
        if not isinstance(format, (str, bytes)):
            raise TypeError(
                f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}"
            )
        self.size: int = calcsize(format)
        self._fmt = format
        self.format: str = format if isinstance(format, str) else format.decode("ascii")

    def pack(self, *values: object) -> bytes:
        return pack(self._fmt, *values)

    def pack_into(self, buffer: object, offset: int, /, *values: object) -> None:
        pack_into(self._fmt, buffer, offset, *values)

    def unpack(self, buffer: object, /) -> tuple:
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer: object, offset: int = 0) -> tuple:
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer: object, /) -> object:
        n = _check_iterable(self.size, buffer)
        return _iterate(self._fmt, buffer, n, self.size)

    def __repr__(self) -> str:
        return f"Struct({self.format!r})"
