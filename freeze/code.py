# SPDX-License-Identifier: MIT
"""The compiler's output: one Code per function, class body, comprehension
or module.  freeze/image.py serialises these; vm/image.c reads them.  Field
meanings are the contract between compiler and VM."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# A constant is None, bool, int, float, str, bytes, Ellipsis, a tuple of
# constants, or a nested Code.
Const = Union[None, bool, int, float, str, bytes, "ellipsis", tuple, "Code"]


@dataclass
class ExcEntry:
    """An exception-table range.  If an exception is raised by the
    instruction at word index pc with start <= pc < end (first matching entry
    in table order, so inner ranges come first), the VM pops the value stack
    down to `depth` items, pushes the exception and jumps to `handler`."""

    start: int
    end: int
    handler: int
    depth: int


@dataclass
class Code:
    name: str  # "f", "<module>", "<lambda>", "<listcomp>", class name for a class body
    qualname: str  # CPython's __qualname__: "C.m", "f.<locals>.g"
    filename: str  # as shown in tracebacks (the path given to the freezer, relative)
    firstlineno: int
    argcount: int  # positional parameters, including positional-only
    posonlyargcount: int
    kwonlyargcount: int
    flags: int  # CO_* from freeze/opcodes.py
    varnames: list[str]  # fast locals: parameters first (pos, kw-only, *args, **kwargs), then others
    cellvars: list[str]  # cells created by this frame (deref slots 0..)
    freevars: list[str]  # cells received from the closure (deref slots after the cells)
    cell2arg: list[int]  # per cellvar: the parameter index whose value fills the cell, or -1
    names: list[str]  # global / attribute / import names used by the code
    consts: list[Const]
    code: list[int]  # 32-bit instruction words (see vm/opcodes.def)
    ncache: int  # number of inline-cache slots used by AC instructions
    stacksize: int  # maximum value-stack depth
    linetable: list[tuple[int, int]]  # (first word index, line), sorted; a line holds until the next entry
    exctable: list[ExcEntry] = field(default_factory=list)
    docstring: str | None = None  # the function's __doc__
