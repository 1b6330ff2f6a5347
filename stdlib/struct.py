# SPDX-License-Identifier: MIT
"""struct: the C natives of `_struct` plus the parts simpler in Python.

Promises CPython 3.11's API: pack, pack_into, unpack, unpack_from,
calcsize, iter_unpack, the Struct class and the exception class `error`.
The natives parse the format on each call; Struct remembers the format
and its size.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from _struct import calcsize, error, pack, pack_into, unpack, unpack_from

__all__ = [
    "calcsize",
    "pack",
    "pack_into",
    "unpack",
    "unpack_from",
    "iter_unpack",
    "Struct",
    "error",
]


def _iterate(fmt: str | bytes, buffer: Any, size: int) -> Iterator[tuple[Any, ...]]:
    for offset in range(0, len(buffer), size):
        yield unpack_from(fmt, buffer, offset)


def _check_iterable(size: int, buffer: Any) -> int:
    # Both checks happen at the call, before any iteration, as in CPython.
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    n = len(memoryview(buffer))
    if n % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    return n


def iter_unpack(format: str | bytes, buffer: Any, /) -> Iterator[tuple[Any, ...]]:
    """Unpack buffer in successive chunks of calcsize(format) bytes."""
    size = calcsize(format)
    _check_iterable(size, buffer)
    return _iterate(format, buffer, size)


class Struct:
    """A compiled format: the same operations with the format bound."""

    def __init__(self, format: str | bytes) -> None:
        if not isinstance(format, (str, bytes)):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}")
        self.size: int = calcsize(format)
        self._fmt = format
        self.format: str = format if isinstance(format, str) else format.decode("ascii")

    def pack(self, *values: Any) -> bytes:
        return pack(self._fmt, *values)

    def pack_into(self, buffer: Any, offset: int, /, *values: Any) -> None:
        pack_into(self._fmt, buffer, offset, *values)

    def unpack(self, buffer: Any, /) -> tuple[Any, ...]:
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer: Any, offset: int = 0) -> tuple[Any, ...]:
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer: Any, /) -> Iterator[tuple[Any, ...]]:
        _check_iterable(self.size, buffer)
        return _iterate(self._fmt, buffer, self.size)

    def __repr__(self) -> str:
        return f"Struct({self.format!r})"
