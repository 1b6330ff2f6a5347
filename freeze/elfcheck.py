# SPDX-License-Identifier: MIT
"""Check a linked xenlet image before it is shipped, and describe it.

``check_image(path, blob)`` verifies, with pyelftools, what a PVH loader and
the platform rely on: an ELF64 x86-64 executable; the Xen note
``XEN_ELFNOTE_PHYS32_ENTRY`` (type 18, name "Xen") in a PT_NOTE segment,
whose entry lies in a loadable executable segment; W^X on every PT_LOAD; no
dynamic linking and no undefined symbols (in the image, and in its unstripped
twin when given); and the frozen blob, between
``xenlet_image_start`` and ``xenlet_image_end``, byte-identical to ``blob``
and in a read-only segment.  The first problem raises ``ImageCheckError``
naming it; success returns an ``ImageReport`` (segments, entry, section
sizes) for ``xenlet inspect``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf.constants import P_FLAGS, SH_FLAGS
from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

XEN_ELFNOTE_PHYS32_ENTRY = 18


class ImageCheckError(Exception):
    """The image is not one a PVH loader and the platform can use."""


@dataclass(frozen=True)
class Segment:
    vaddr: int
    paddr: int
    memsz: int
    filesz: int
    flags: str  # "R-X", "R--", "RW-"


@dataclass
class ImageReport:
    path: str
    pvh_entry: int
    segments: list[Segment] = field(default_factory=list)
    sections: dict[str, int] = field(default_factory=dict)  # name -> size
    blob_vaddr: int = 0
    blob_size: int = 0

    @property
    def load_size(self) -> int:
        """Bytes of guest memory the loaded image occupies (with .bss)."""
        return sum(s.memsz for s in self.segments)


def _flags(p_flags: int) -> str:
    return (
        ("R" if p_flags & P_FLAGS.PF_R else "-")
        + ("W" if p_flags & P_FLAGS.PF_W else "-")
        + ("X" if p_flags & P_FLAGS.PF_X else "-")
    )


def _notes(data: bytes) -> list[tuple[bytes, int, bytes]]:
    """Split a PT_NOTE segment: (name, type, desc) per note, 4-byte padded
    (ELF gABI note layout)."""
    notes, off = [], 0
    while off + 12 <= len(data):
        namesz, descsz, ntype = struct.unpack_from("<III", data, off)
        off += 12
        name = data[off:off + namesz].rstrip(b"\0")
        off += (namesz + 3) & ~3
        desc = data[off:off + descsz]
        off += (descsz + 3) & ~3
        notes.append((name, ntype, desc))
    return notes


def _open(path: Path):
    try:
        return path.open("rb")
    except OSError as e:
        raise ImageCheckError(f"cannot open image {path}: {e.strerror}") from e


def _elf(f, path: Path) -> ELFFile:
    try:
        return ELFFile(f)
    except ELFError as e:
        raise ImageCheckError(f"{path}: not an ELF file ({e})") from e


def check_image(path: str | Path, blob: bytes, symbols: str | Path | None = None) -> ImageReport:
    """symbols: the unstripped twin of a stripped image (freeze/link.py's
    syms_path); its symbol table must have no undefined symbols either."""
    path = Path(path)
    if symbols is not None:
        sym_path = Path(symbols)
        with _open(sym_path) as f:
            _undefined(_elf(f, sym_path), sym_path)
    with _open(path) as f:
        return _check(_elf(f, path), path, blob)


def _undefined(elf: ELFFile, path: Path) -> None:
    symtab = elf.get_section_by_name(".symtab")
    if not isinstance(symtab, SymbolTableSection):
        raise ImageCheckError(f"{path}: no symbol table")
    undefined = [sym.name or f"#{i}" for i, sym in enumerate(symtab.iter_symbols())
                 if i and sym["st_shndx"] == "SHN_UNDEF"]
    if undefined:
        raise ImageCheckError(f"{path}: undefined symbols: {', '.join(sorted(undefined))}")


def _check(elf: ELFFile, path: Path, blob: bytes) -> ImageReport:
    if elf.elfclass != 64 or elf["e_machine"] != "EM_X86_64":
        raise ImageCheckError(f"{path}: not an ELF64 x86-64 image "
                              f"(class {elf.elfclass}, machine {elf['e_machine']})")
    if elf["e_type"] != "ET_EXEC":
        raise ImageCheckError(f"{path}: not a static executable (type {elf['e_type']})")

    loads, entry = [], None
    for seg in elf.iter_segments():
        ptype = seg["p_type"]
        if ptype in ("PT_INTERP", "PT_DYNAMIC"):
            raise ImageCheckError(f"{path}: dynamically linked ({ptype})")
        if ptype == "PT_LOAD":
            loads.append(seg)
        elif ptype == "PT_NOTE":
            for name, ntype, desc in _notes(seg.data()):
                if name == b"Xen" and ntype == XEN_ELFNOTE_PHYS32_ENTRY:
                    if len(desc) not in (4, 8):
                        raise ImageCheckError(f"{path}: PVH entry note has {len(desc)} bytes")
                    entry = int.from_bytes(desc, "little")
    if entry is None:
        raise ImageCheckError(f"{path}: no Xen PVH entry note (XEN_ELFNOTE_PHYS32_ENTRY)")
    if not loads:
        raise ImageCheckError(f"{path}: no loadable segment")

    segments = []
    for seg in loads:
        fl = seg["p_flags"]
        if fl & P_FLAGS.PF_W and fl & P_FLAGS.PF_X:
            raise ImageCheckError(
                f"{path}: segment at {seg['p_vaddr']:#x} is writable and executable (W^X)")
        segments.append(Segment(seg["p_vaddr"], seg["p_paddr"], seg["p_memsz"],
                                seg["p_filesz"], _flags(fl)))
    # PVH loaders enter at a physical address: it must be in executable code.
    if not any(s.flags.endswith("X") and s.paddr <= entry < s.paddr + s.filesz
               for s in segments):
        raise ImageCheckError(f"{path}: PVH entry {entry:#x} is not in an executable segment")

    sections: dict[str, int] = {}
    for sec in elf.iter_sections():
        if sec.name and sec["sh_flags"] & SH_FLAGS.SHF_ALLOC:
            sections[sec.name] = sec["sh_size"]

    _undefined(elf, path)
    symtab = elf.get_section_by_name(".symtab")
    syms = {sym.name: sym["st_value"] for sym in symtab.iter_symbols()
            if sym.name in ("xenlet_image_start", "xenlet_image_end")}

    if len(syms) != 2:
        raise ImageCheckError(f"{path}: frozen image symbols xenlet_image_start/end missing")
    start, end = syms["xenlet_image_start"], syms["xenlet_image_end"]
    seg = next((s for s in loads
                if s["p_vaddr"] <= start and end <= s["p_vaddr"] + s["p_filesz"]), None)
    if seg is None:
        raise ImageCheckError(f"{path}: frozen image {start:#x}..{end:#x} not in a loaded segment")
    if seg["p_flags"] & (P_FLAGS.PF_W | P_FLAGS.PF_X):
        raise ImageCheckError(f"{path}: frozen image is in a {_flags(seg['p_flags'])} segment, "
                              "not a read-only one")
    data = seg.data()[start - seg["p_vaddr"]:end - seg["p_vaddr"]]
    if data != blob:
        raise ImageCheckError(f"{path}: frozen image differs from the blob "
                              f"({len(data)} bytes in the image, {len(blob)} expected)")

    return ImageReport(str(path), entry, segments, sections, start, end - start)
