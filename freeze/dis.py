# SPDX-License-Identifier: MIT
"""A disassembler for xenlet Code objects: disassemble(code) -> str.

One block per code object (nested code objects follow their parent), each
instruction on a line: word offset, source line (where it changes), opcode
name, raw argument and its meaning (constant repr, name, local, cell, jump
target, operator); then the exception table.  The output is meant for
people and for golden-file tests, so it is stable: no addresses."""
from __future__ import annotations

from freeze.code import Code
from freeze.opcodes import (
    BINOP_BY_SYMBOL,
    BINOP_INPLACE,
    CMPOP_BY_SYMBOL,
    OPS_BY_NUMBER,
)

_BINOP_NAMES = {v: k for k, v in BINOP_BY_SYMBOL.items()}
_CMPOP_NAMES = {v: k for k, v in CMPOP_BY_SYMBOL.items()}
_CONST_OPS = {"LOAD_CONST"}
_NAME_OPS = {
    "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
    "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM",
}
_LOCAL_OPS = {"LOAD_FAST", "STORE_FAST", "DELETE_FAST"}
_DEREF_OPS = {"LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF"}


def _const_repr(c: object) -> str:
    if isinstance(c, Code):
        return f"<code {c.qualname}>"
    if isinstance(c, tuple):
        inner = ", ".join(_const_repr(x) for x in c)
        return f"({inner},)" if len(c) == 1 else f"({inner})"
    return repr(c)


def _meaning(code: Code, op: str, arg: int) -> str:
    try:
        if op in _CONST_OPS:
            return _const_repr(code.consts[arg])
        if op in _NAME_OPS:
            return code.names[arg]
        if op in _LOCAL_OPS:
            return code.varnames[arg]
        if op in _DEREF_OPS:
            return (code.cellvars + code.freevars)[arg]
    except IndexError:
        return "<out of range>"
    if OPS_BY_NUMBER and op == "BINARY_OP":
        if arg >= BINOP_INPLACE:
            return _BINOP_NAMES.get(arg - BINOP_INPLACE, "?") + "="
        return _BINOP_NAMES.get(arg, "?")
    if op == "COMPARE_OP":
        return _CMPOP_NAMES.get(arg, "?")
    if op == "IS_OP":
        return "is not" if arg else "is"
    if op == "CONTAINS_OP":
        return "not in" if arg else "in"
    if op == "FORMAT_VALUE":
        conv = ("", "!s", "!r", "!a")[arg & 3]
        return conv + (" with spec" if arg & 4 else "")
    if op == "UNPACK_EX":
        return f"{arg & 0xFF} before, {arg >> 8} after"
    if op == "MAKE_FUNCTION":
        parts = [n for bit, n in ((1, "defaults"), (2, "kwdefaults"), (4, "closure")) if arg & bit]
        return ", ".join(parts)
    return ""


def _one(code: Code) -> str:
    out = [
        f"code {code.qualname} ({code.filename}:{code.firstlineno})",
        (
            f"  args={code.argcount} posonly={code.posonlyargcount} kwonly={code.kwonlyargcount} "
            f"flags=0x{code.flags:x} stacksize={code.stacksize} ncache={code.ncache}"
        ),
    ]
    for label, vals in (("varnames", code.varnames), ("cellvars", code.cellvars), ("freevars", code.freevars)):
        if vals:
            out.append(f"  {label}: {', '.join(vals)}")
    if any(c >= 0 for c in code.cell2arg):
        out.append(f"  cell2arg: {code.cell2arg}")
    if code.docstring is not None:
        out.append(f"  docstring: {code.docstring!r}")
    targets = set()
    lines = dict(code.linetable)
    pc = 0
    decoded = []
    while pc < len(code.code):
        w = code.code[pc]
        info = OPS_BY_NUMBER[w & 0xFF] if (w & 0xFF) < len(OPS_BY_NUMBER) else None
        arg = w >> 8
        size = 2 if info is not None and info.has_cache else 1
        decoded.append((pc, info, arg, code.code[pc + 1] if size == 2 and pc + 1 < len(code.code) else None))
        if info is not None and info.is_jump:
            targets.add(arg)
        pc += size
    for pc, info, arg, cache in decoded:
        line = f"{lines[pc]:5d}" if pc in lines else "     "
        mark = ">>" if pc in targets else "  "
        if info is None:
            out.append(f"{line} {mark} {pc:5d} <bad opcode {code.code[pc] & 0xFF}>")
            continue
        text = f"{line} {mark} {pc:5d} {info.name:<22}"
        if info.fmt != "N":
            text += f" {arg:<5d}"
            if info.is_jump:
                text += f" (to {arg})"
            else:
                m = _meaning(code, info.name, arg)
                if m:
                    text += f" ({m})"
            if cache is not None:
                text += f" [cache {cache}]"
        out.append(text.rstrip())
    if code.exctable:
        out.append("  exception table:")
        for e in code.exctable:
            out.append(f"    {e.start} to {e.end} -> {e.handler} [depth {e.depth}]")
    return "\n".join(out)


def disassemble(code: Code) -> str:
    """The listing of `code` and, after it, of every nested code object."""
    parts = [_one(code)]
    for c in code.consts:
        if isinstance(c, Code):
            parts.append(disassemble(c).rstrip("\n"))
    return "\n\n".join(parts) + "\n"
