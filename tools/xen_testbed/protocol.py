# SPDX-License-Identifier: MIT
# Parses the serial log written by dom0's /init (init.sh): framed base64
# blocks "TAG IDX SEQ DATA" closed by "TAG-END IDX BYTES", and one
# "XENLET-SCENARIO IDX key=value..." line per scenario.  A block whose
# lines were cut by other console output fails its length check and is
# returned with a note rather than silently shortened.
from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

_FRAME = re.compile(r"(XENLET-[A-Z]+) (\d+) (\d+) ([A-Za-z0-9+/=]+)\s*$")
_END = re.compile(r"(XENLET-[A-Z]+)-END (\d+) (-?\d+)\s*$")
_RESULT = re.compile(r"XENLET-SCENARIO (\d+) (.*)$")
_MARK = re.compile(r"(XENLET-[A-Z0-9-]+)(?: (.*))?$")


@dataclass
class Report:
    """Everything dom0 reported in one boot."""

    results: dict[int, dict[str, str]] = field(
        default_factory=dict
    )  # idx -> key/values
    blocks: dict[tuple[str, int], str] = field(
        default_factory=dict
    )  # (tag, idx) -> text
    marks: dict[str, str] = field(
        default_factory=dict
    )  # e.g. XENLET-DOM0-READY -> rest
    started: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def _find(line: str, rx: re.Pattern[str]) -> re.Match[str] | None:
    # Xen may prefix or interleave on the same line; look from the marker on.
    pos = line.find("XENLET-")
    return rx.match(line, pos) if pos >= 0 else None


def parse(serial: str) -> Report:
    rep = Report()
    pending: dict[tuple[str, int], dict[int, str]] = {}
    for raw in serial.splitlines():
        line = raw.rstrip("\r")
        if (m := _find(line, _FRAME)) and m.group(1) != "XENLET-SCENARIO":
            pending.setdefault((m.group(1), int(m.group(2))), {})[int(m.group(3))] = (
                m.group(4)
            )
        elif m := _find(line, _END):
            key = (m.group(1), int(m.group(2)))
            rep.blocks[key] = _decode(
                key, pending.pop(key, {}), int(m.group(3)), rep.notes
            )
        elif m := _find(line, _RESULT):
            kv = dict(p.split("=", 1) for p in m.group(2).split() if "=" in p)
            rep.results[int(m.group(1))] = kv
        elif m := _find(line, _MARK):
            if m.group(1) == "XENLET-SCENARIO-START":
                rep.started.add(int((m.group(2) or "-1").split()[0]))
            else:
                rep.marks.setdefault(m.group(1), m.group(2) or "")
    return rep


def _decode(
    key: tuple[str, int], chunks: dict[int, str], size: int, notes: list[str]
) -> str:
    if size < 0:
        return ""
    seqs = sorted(chunks)
    missing = [s for s in range(1, (seqs[-1] if seqs else 0) + 1) if s not in chunks]
    data = b""
    for s in seqs:
        try:
            data += base64.b64decode(chunks[s])
        except (binascii.Error, ValueError):
            notes.append(f"{key[0]} {key[1]}: line {s} damaged")
    if missing or len(data) != size:
        notes.append(
            f"{key[0]} {key[1]}: got {len(data)} of {size} bytes (missing lines {missing})"
        )
    return data.decode("utf-8", errors="replace")
