# SPDX-License-Identifier: MIT
"""The instruction set, read from vm/opcodes.def (the one definition shared
with the C VM).  Exposes opcode numbers, formats, stack effects and the
BINARY_OP / COMPARE_OP argument numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DEF_PATH = Path(__file__).resolve().parent.parent / "vm" / "opcodes.def"


@dataclass(frozen=True)
class OpInfo:
    name: str
    number: int
    fmt: str  # "N", "A", "J" or "AC"
    effect: str  # Python expression in `arg` and `jump`
    meaning: str

    @property
    def has_cache(self) -> bool:
        return self.fmt == "AC"

    @property
    def is_jump(self) -> bool:
        return self.fmt == "J"

    def stack_effect(self, arg: int, jump: bool = False) -> int:
        return int(eval(self.effect, {"__builtins__": {}}, {"arg": arg, "jump": jump}))


_STR = r'"((?:[^"\\]|\\.)*)"'
_OP_RE = re.compile(r"^OP\(\s*(\w+)\s*,\s*(\w+)\s*,\s*" + _STR + r"\s*,\s*" + _STR + r"\s*\)", re.M)
_BINOP_RE = re.compile(r"^BINOP\(\s*(\w+)\s*,\s*" + r"\s*,\s*".join([_STR] * 4) + r"\s*\)", re.M)
_CMPOP_RE = re.compile(r"^CMPOP\(\s*(\w+)\s*,\s*" + r"\s*,\s*".join([_STR] * 3) + r"\s*\)", re.M)


def _load() -> tuple[dict[str, OpInfo], list[OpInfo], dict[str, int], dict[str, int]]:
    text = DEF_PATH.read_text()
    ops = [OpInfo(m[1], i, m[2], m[3], m[4]) for i, m in enumerate(_OP_RE.finditer(text))]
    if not ops or len(ops) > 256:
        raise RuntimeError(f"{DEF_PATH}: could not read the opcode table")
    binops = {m[2]: i for i, m in enumerate(_BINOP_RE.finditer(text))}
    cmpops = {m[2]: i for i, m in enumerate(_CMPOP_RE.finditer(text))}
    return {o.name: o for o in ops}, ops, binops, cmpops


OPS, OPS_BY_NUMBER, BINOP_BY_SYMBOL, CMPOP_BY_SYMBOL = _load()
BINOP_INPLACE = len(BINOP_BY_SYMBOL)
ARG_MAX = (1 << 24) - 1

# Code object flags (same values as CPython's co_flags where they exist).
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
