# SPDX-License-Identifier: MIT
"""The frozen image: serialises compiled modules into the blob the VM loads
(vm/image.c reads it).  The layout is specified in docs/image-format.md;
IMAGE_VERSION changes with it and with the opcode table."""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from freeze.code import Code, ExcEntry
from freeze.opcodes import DEF_PATH

MAGIC = b"XNLT"
# Bumped whenever the layout below or the opcode numbering changes.  The
# opcode table's hash is folded in so a VM built from another table refuses
# the image instead of misreading it.
FORMAT_REVISION = 1
OPCODES_HASH = int.from_bytes(hashlib.sha256(DEF_PATH.read_bytes()).digest()[:2], "little")
IMAGE_VERSION = (FORMAT_REVISION << 16) | OPCODES_HASH


@dataclass
class FrozenModule:
    name: str  # dotted module name; the entry module is "__main__"
    code: Code
    is_package: bool = False


class _Writer:
    def __init__(self) -> None:
        self.buf = bytearray()

    def u8(self, v: int) -> None:
        self.buf += struct.pack("<B", v)

    def u16(self, v: int) -> None:
        self.buf += struct.pack("<H", v)

    def u32(self, v: int) -> None:
        self.buf += struct.pack("<I", v)

    def i32(self, v: int) -> None:
        self.buf += struct.pack("<i", v)

    def bytes_(self, b: bytes) -> None:
        self.u32(len(b))
        self.buf += b

    def str_(self, s: str) -> None:
        self.bytes_(s.encode("utf-8", "surrogatepass"))

    def align4(self) -> None:
        while len(self.buf) % 4:
            self.buf.append(0)

    def words(self, ws: list[int]) -> None:
        self.u32(len(ws))
        self.align4()
        self.buf += struct.pack(f"<{len(ws)}I", *ws)


def _const(w: _Writer, c: object, code_index: dict[int, int]) -> None:
    if c is None:
        w.u8(ord("N"))
    elif c is True:
        w.u8(ord("T"))
    elif c is False:
        w.u8(ord("F"))
    elif c is Ellipsis:
        w.u8(ord("E"))
    elif isinstance(c, int):
        if -(1 << 62) <= c < (1 << 62):
            w.u8(ord("i"))
            w.buf += struct.pack("<q", c)
        else:
            w.u8(ord("I"))
            w.u8(1 if c < 0 else 0)
            w.str_(format(abs(c), "x"))
    elif isinstance(c, float):
        w.u8(ord("f"))
        w.buf += struct.pack("<d", c)
    elif isinstance(c, str):
        w.u8(ord("s"))
        w.str_(c)
    elif isinstance(c, bytes):
        w.u8(ord("b"))
        w.bytes_(c)
    elif isinstance(c, tuple):
        w.u8(ord("t"))
        w.u32(len(c))
        for x in c:
            _const(w, x, code_index)
    elif isinstance(c, frozenset):
        w.u8(ord("z"))
        w.u32(len(c))
        for x in c:
            _const(w, x, code_index)
    elif isinstance(c, Code):
        w.u8(ord("c"))
        w.u32(code_index[id(c)])
    else:
        raise TypeError(f"cannot freeze constant of type {type(c).__name__}")


def _postorder(code: Code, out: list[Code], seen: set[int]) -> None:
    if id(code) in seen:
        return
    seen.add(id(code))

    def walk(c: object) -> None:
        if isinstance(c, Code):
            _postorder(c, out, seen)
        elif isinstance(c, (tuple, frozenset)):
            for x in c:
                walk(x)

    for c in code.consts:
        walk(c)
    out.append(code)


def _code(w: _Writer, c: Code, code_index: dict[int, int]) -> None:
    w.str_(c.name)
    w.str_(c.qualname)
    w.str_(c.filename)
    w.i32(c.firstlineno)
    w.u16(c.argcount)
    w.u16(c.posonlyargcount)
    w.u16(c.kwonlyargcount)
    w.u32(c.flags)
    w.u32(len(c.varnames))
    w.u32(len(c.cellvars))
    w.u32(len(c.freevars))
    w.u32(c.stacksize)
    w.u32(c.ncache)
    for n in c.varnames + c.cellvars + c.freevars:
        w.str_(n)
    has_c2a = any(i >= 0 for i in c.cell2arg)
    w.u8(1 if has_c2a else 0)
    if has_c2a:
        for i in c.cell2arg:
            w.i32(i)
    w.u32(len(c.names))
    for n in c.names:
        w.str_(n)
    w.u32(len(c.consts))
    for k in c.consts:
        _const(w, k, code_index)
    _const(w, c.docstring, code_index)
    w.words(c.code)
    w.words([x for pair in c.linetable for x in pair])
    w.words([x for e in c.exctable for x in (e.start, e.end, e.handler, e.depth)])


def write_image(modules: list[FrozenModule]) -> bytes:
    """Serialise modules (the first is the entry module) into an image blob."""
    codes: list[Code] = []
    seen: set[int] = set()
    for m in modules:
        _postorder(m.code, codes, seen)
    code_index = {id(c): i for i, c in enumerate(codes)}
    w = _Writer()
    w.buf += MAGIC
    w.u32(IMAGE_VERSION)
    w.u32(len(codes))
    for c in codes:
        _code(w, c, code_index)
    w.u32(len(modules))
    for m in modules:
        w.str_(m.name)
        w.u8(1 if m.is_package else 0)
        w.u32(code_index[id(m.code)])
    w.align4()
    return bytes(w.buf)


@dataclass
class ImageSummary:
    version: int
    modules: list[tuple[str, bool, int]]  # (name, is_package, code words in the module)
    ncodes: int
    size: int


class ImageFormatError(Exception):
    pass


def read_summary(blob: bytes) -> ImageSummary:
    """Read back the module table (for `xenlet inspect` and tests)."""
    if blob[:4] != MAGIC:
        raise ImageFormatError("not a xenlet image (bad magic)")
    version = struct.unpack_from("<I", blob, 4)[0]
    if version != IMAGE_VERSION:
        raise ImageFormatError(f"image version {version:#x}, this tool writes {IMAGE_VERSION:#x}")
    pos = 8
    (ncodes,) = struct.unpack_from("<I", blob, pos)
    pos += 4
    words_per_code: list[int] = []
    children: list[list[int]] = []

    def rd_u32() -> int:
        nonlocal pos
        (v,) = struct.unpack_from("<I", blob, pos)
        pos += 4
        return v

    def rd_bytes() -> bytes:
        nonlocal pos
        n = rd_u32()
        b = blob[pos : pos + n]
        pos += n
        return b

    def rd_const(kids: list[int]) -> None:
        nonlocal pos
        tag = chr(blob[pos])
        pos += 1
        if tag in "NTFE":
            return
        if tag == "i" or tag == "f":
            pos += 8
        elif tag == "I":
            pos += 1
            rd_bytes()
        elif tag in "sb":
            rd_bytes()
        elif tag in "tz":
            for _ in range(rd_u32()):
                rd_const(kids)
        elif tag == "c":
            kids.append(rd_u32())
        else:
            raise ImageFormatError(f"bad constant tag {tag!r} at {pos - 1}")

    def rd_words() -> int:
        nonlocal pos
        n = rd_u32()
        pos = (pos + 3) & ~3
        pos += 4 * n
        return n

    for _ in range(ncodes):
        for _ in range(3):
            rd_bytes()
        pos += 4 + 6 + 4
        nv, nc, nf = rd_u32(), rd_u32(), rd_u32()
        pos += 8
        for _ in range(nv + nc + nf):
            rd_bytes()
        if blob[pos]:
            pos += 1 + 4 * nc
        else:
            pos += 1
        for _ in range(rd_u32()):
            rd_bytes()
        kids: list[int] = []
        for _ in range(rd_u32()):
            rd_const(kids)
        rd_const(kids)
        words_per_code.append(rd_words())
        rd_words()
        rd_words()
        children.append(kids)

    def total(i: int) -> int:
        return words_per_code[i] + sum(total(k) for k in children[i])

    mods = []
    for _ in range(rd_u32()):
        name = rd_bytes().decode()
        pkg = bool(blob[pos])
        pos += 1
        idx = rd_u32()
        mods.append((name, pkg, total(idx)))
    return ImageSummary(version, mods, ncodes, len(blob))


__all__ = ["FrozenModule", "write_image", "read_summary", "IMAGE_VERSION", "ImageFormatError", "ExcEntry"]
