# SPDX-License-Identifier: MIT
"""From a list of symbolic instructions to the words of a Code object.

The code generator emits Instr records whose jump arguments are Labels and
which carry their source line and the exception Handler covering them (the
innermost `try`/`with` region open when they were emitted).  A SETUP pseudo
instruction marks where a handler's region starts; the stack depth there,
plus the handler's `extra`, is the depth the VM unwinds to.

assemble() then:
  * walks the control-flow graph from the entry with the stack effects of
    vm/opcodes.def (a handler is entered with its depth + 1: the exception)
    and checks that every join point agrees on the depth;
  * drops instructions that are never reached;
  * lays out words (AC instructions take a second word, a fresh cache slot),
    resolves labels to word indexes, and builds the line table and the
    exception table (one entry per maximal run of words with the same
    handler; runs never overlap, so the order is irrelevant to the VM)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from freeze.code import ExcEntry
from freeze.opcodes import ARG_MAX, OPS

_NO_FALLTHROUGH = {"JUMP", "RETURN_VALUE", "RERAISE", "RAISE_VARARGS"}


class AssembleError(Exception):
    """An internal inconsistency (a compiler bug) or a size limit."""


class Label:
    __slots__ = ("index",)

    def __init__(self) -> None:
        self.index = -1  # position in the instruction list, set by mark()


@dataclass(eq=False)
class Handler:
    label: Label
    extra: int = 0  # added to the depth at SETUP to get the unwind depth
    depth: int | None = None


@dataclass(eq=False)
class Instr:
    op: str  # opcode name, or "SETUP" (pseudo, no words)
    arg: int | Label | Handler
    line: int
    handler: Handler | None


@dataclass
class Assembled:
    code: list[int]
    ncache: int
    stacksize: int
    linetable: list[tuple[int, int]]
    exctable: list[ExcEntry] = field(default_factory=list)


@cache
def _effect(op: str, arg: int, jump: bool) -> int:
    # the table's effects are expressions: evaluate each distinct one once
    return OPS[op].stack_effect(arg, jump)


def _stack_depths(instrs: list[Instr]) -> tuple[list[int | None], int]:
    depth: list[int | None] = [None] * (len(instrs) + 1)
    maxd = 0
    work: list[int] = []

    def reach(i: int, d: int) -> None:
        nonlocal maxd
        if d < 0:
            raise AssembleError(f"stack underflow at instruction {i} ({instrs[i - 1].op if i else ''})")
        if depth[i] is None:
            depth[i] = d
            maxd = max(maxd, d)
            work.append(i)
        elif depth[i] != d:
            raise AssembleError(f"inconsistent stack depth at instruction {i}: {depth[i]} vs {d}")

    reach(0, 0)
    while work:
        i = work.pop()
        d = depth[i]
        assert d is not None
        if i >= len(instrs):
            continue
        ins = instrs[i]
        if ins.op == "SETUP":
            h = ins.arg
            assert isinstance(h, Handler)
            hd = d + h.extra
            if h.depth is not None and h.depth != hd:
                raise AssembleError("handler entered at two depths")
            h.depth = hd
            reach(h.label.index, hd + 1)
            reach(i + 1, d)
            continue
        info = OPS[ins.op]
        arg = ins.arg if isinstance(ins.arg, int) else 0
        if info.is_jump:
            assert isinstance(ins.arg, Label)
            reach(ins.arg.index, d + _effect(ins.op, arg, True))
        if ins.op not in _NO_FALLTHROUGH:
            reach(i + 1, d + _effect(ins.op, arg, False))
        else:
            maxd = max(maxd, d)
    return depth, maxd


def assemble(instrs: list[Instr], labels: list[Label]) -> Assembled:
    """Lay out `instrs` (labels already marked with their list positions)."""
    depth, maxd = _stack_depths(instrs)
    live = [i for i, ins in enumerate(instrs) if depth[i] is not None and ins.op != "SETUP"]
    # word offset of every list position (a label at position p resolves to
    # the first live instruction at or after p)
    offset = [0] * (len(instrs) + 1)
    pos = 0
    live_set = set(live)
    for i, ins in enumerate(instrs):
        offset[i] = pos
        if i in live_set:
            pos += 2 if OPS[ins.op].has_cache else 1
    offset[len(instrs)] = pos
    code: list[int] = []
    lines: list[tuple[int, int]] = []
    exc: list[ExcEntry] = []
    ncache = 0
    cur_h: Handler | None = None
    start = 0
    for i in live:
        ins = instrs[i]
        info = OPS[ins.op]
        here = len(code)
        if isinstance(ins.arg, Label):
            arg = offset[ins.arg.index]
        else:
            assert isinstance(ins.arg, int)
            arg = ins.arg
        if not 0 <= arg <= ARG_MAX:
            raise AssembleError(f"operand {arg} of {ins.op} does not fit in 24 bits")
        code.append(info.number | (arg << 8))
        if info.has_cache:
            code.append(ncache)
            ncache += 1
        if not lines or lines[-1][1] != ins.line:
            lines.append((here, ins.line))
        if ins.handler is not cur_h:
            if cur_h is not None:
                _add_exc(exc, start, here, cur_h, offset)
            cur_h, start = ins.handler, here
    if cur_h is not None:
        _add_exc(exc, start, len(code), cur_h, offset)
    if ncache > ARG_MAX or len(code) > ARG_MAX:
        raise AssembleError("code object too large")
    return Assembled(code, ncache, maxd, lines, exc)


def _add_exc(exc: list[ExcEntry], start: int, end: int, h: Handler, offset: list[int]) -> None:
    if h.depth is None:
        raise AssembleError("live code covered by a handler whose SETUP is unreachable")
    target = offset[h.label.index]
    if exc and exc[-1].end == start and exc[-1].handler == target and exc[-1].depth == h.depth:
        exc[-1].end = end
    else:
        exc.append(ExcEntry(start, end, target, h.depth))
