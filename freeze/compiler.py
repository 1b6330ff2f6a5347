# SPDX-License-Identifier: MIT
"""Python AST -> xenlet Code objects (the instruction set of vm/opcodes.def).

compile_module(source, filename, modname) returns the module's Code; every
function, lambda, class body and comprehension is a nested Code among the
constants.  Semantics are CPython 3.11's (annotations are evaluated, or kept
as source text under `from __future__ import annotations`), except that a
sealed image has no eval/exec/compile/__import__.  The only exceptions raised are
freeze.errors.FreezeError and its subclasses.

Code shapes the VM can rely on (see also tests/compiler/refvm.py, the
executable statement of these shapes):
  * calls: [callable, self_or_NULL, args...]; CALL_EX never receives a
    bound pair from LOAD_METHOD (its second slot is always NULL);
  * exceptions use the exception table only.  A handler is entered with
    the stack cut to its depth plus the exception.  except-clauses and the
    exceptional copy of a finally body run between PUSH_EXC_INFO and
    POP_EXCEPT and are covered by a cleanup entry that does
    `SWAP 2; POP_EXCEPT; RERAISE`, so the handled exception is restored on
    every path;
  * `with` keeps the bound __exit__ on the stack under its body; leaving
    the body normally or by break/continue/return calls exit(None, None,
    None) as [exit, NULL, None, None, None] CALL 3;
  * a class body returns the `__class__` cell (LOAD_CLOSURE) when a method
    needs it, else None; zero-argument super() is compiled as
    super(__class__, <first parameter>);
  * generator and coroutine code is marked by CO_GENERATOR / CO_COROUTINE
    only: calling such a function makes the generator (no opcode for it).

Intended differences from CPython: a `from __future__ import` is a
compiler directive only (nothing is imported or bound); complex literals, except* and
eval/exec/compile/__import__ are rejected with an UnsupportedError.  `match`
statements are compiled by freeze.patterns (a mixin of _Compiler)."""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from typing import Any

from freeze.assemble import AssembleError, Handler, Instr, Label, assemble
from freeze.code import Code
from freeze.errors import FreezeError, UnsupportedError
from freeze.opcodes import (
    ARG_MAX,
    BINOP_BY_SYMBOL,
    BINOP_INPLACE,
    CMPOP_BY_SYMBOL,
    CO_ASYNC_GENERATOR,
    CO_COROUTINE,
    CO_GENERATOR,
    CO_NESTED,
    CO_VARARGS,
    CO_VARKEYWORDS,
)
from freeze.patterns import MatchMixin
# LIST_EXTEND's flag for the positional arguments of a call (error messages
# then name the function, as CPython's do)
LIST_EXTEND_CALL = 1 << 23

from freeze.scope import (
    CELL,
    FREE,
    GLOBAL_EXPLICIT,
    LOCAL,
    Scope,
    build_scopes,
    mangle,
)

_BINOPS: dict[type, str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>",
    ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.MatMult: "@",
}
_CMPOPS: dict[type, str] = {
    ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">=",
}
_UNARY: dict[type, str] = {
    ast.UAdd: "UNARY_POSITIVE", ast.USub: "UNARY_NEGATIVE",
    ast.Invert: "UNARY_INVERT", ast.Not: "UNARY_NOT",
}
_CONVERSIONS = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}
# Builtins that would need a compiler or a module loader inside the image.
_FORBIDDEN_CALLS = {
    "eval": "eval() (a sealed image has no compiler)",
    "exec": "exec() (a sealed image has no compiler)",
    "compile": "compile() (a sealed image has no compiler)",
    "__import__": "__import__() (a sealed image imports only what was frozen)",
}
_LOOPS = ("while", "for", "async_for")


def compile_module(source: str, filename: str, modname: str) -> Code:
    """Compile one module's source to its `<module>` Code.  `modname` is the
    module's dotted name (kept for messages; the VM takes __name__ from the
    module's globals at run time)."""
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        raise FreezeError(filename, e.lineno or 1, e.offset or 1, e.msg) from None
    except ValueError as e:  # e.g. a NUL byte in the source
        raise FreezeError(filename, 1, 1, str(e)) from None
    tree = ast.parse(source, filename)
    limit = sys.getrecursionlimit()
    # the code generator recurses once per nesting level of the AST; CPython
    # accepted the program, so give the walk room comparable to its own
    sys.setrecursionlimit(max(limit, 20000))
    try:
        return _Compiler(source, filename, modname, tree).compile()
    except RecursionError:
        raise UnsupportedError(filename, 1, 1, "nesting this deep") from None
    except AssembleError as e:  # a compiler bug: still reported as a FreezeError
        raise FreezeError(filename, 1, 1, f"internal compiler error: {e}") from None
    finally:
        sys.setrecursionlimit(limit)


@dataclass(eq=False)
class _FBlock:
    """A frame block: what leaving a statement early (break, continue,
    return) must undo.  `outside` is the handler stack in force outside the
    block, used for the clean-up code emitted while unwinding."""

    kind: str  # while for async_for try_except finally_try finally_end with async_with handler handler_named pop_value
    outside: list[Handler]
    start: Label | None = None  # continue target (loops)
    exit: Label | None = None  # break target (loops)
    data: Any = None  # finally body, or the except-clause name


@dataclass(eq=False)
class _Unit:
    scope: Scope
    name: str
    qualname: str
    firstlineno: int
    private: str | None
    instrs: list[Instr] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    consts: list[Any] = field(default_factory=list)
    const_index: dict[Any, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    varnames: dict[str, int] = field(default_factory=dict)
    cellvars: list[str] = field(default_factory=list)
    freevars: list[str] = field(default_factory=list)
    fblocks: list[_FBlock] = field(default_factory=list)
    handlers: list[Handler] = field(default_factory=list)
    line: int = 1
    argcount: int = 0
    posonly: int = 0
    kwonly: int = 0
    flags: int = 0
    docstring: str | None = None
    node: ast.AST | None = None  # where size-limit errors point


def _const_key(v: Any) -> Any:
    """Constants are equal only when their types and values are: 1, 1.0 and
    True stay three constants; 0.0 and -0.0 stay two."""
    if isinstance(v, tuple):
        return ("tuple", tuple(_const_key(x) for x in v))
    if isinstance(v, float):
        return ("float", v.hex())
    if isinstance(v, Code):
        return ("code", id(v))
    if v is Ellipsis:
        return ("ellipsis",)
    return (type(v).__name__, v)


class _Compiler(MatchMixin):
    def __init__(self, source: str, filename: str, modname: str, tree: ast.Module) -> None:
        self.lines = source.splitlines()
        self.filename = filename
        self.modname = modname
        self.tree = tree
        # `from __future__ import annotations`: annotations stay source text
        self.future_annotations = any(
            isinstance(st, ast.ImportFrom) and st.module == "__future__" and any(a.name == "annotations" for a in st.names)
            for st in tree.body
        )
        self.scopes: dict[ast.AST, Scope] = {}
        self.units: list[_Unit] = []
        self.u: _Unit = None  # type: ignore[assignment]

    # ------------------------------------------------------------------ errors
    def _pos(self, node: ast.AST) -> tuple[int, int]:
        line = getattr(node, "lineno", 1)
        off = getattr(node, "col_offset", 0)
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        col = len(text.encode("utf-8")[:off].decode("utf-8", "replace")) + 1
        return line, col

    def error(self, node: ast.AST, message: str) -> FreezeError:
        return FreezeError(self.filename, *self._pos(node), message)

    def unsupported(self, node: ast.AST, what: str) -> UnsupportedError:
        return UnsupportedError(self.filename, *self._pos(node), what)

    # ------------------------------------------------------------- emission
    def emit(self, op: str, arg: int | Label | Handler = 0) -> None:
        u = self.u
        u.instrs.append(Instr(op, arg, u.line, u.handlers[-1] if u.handlers else None))

    def new_label(self) -> Label:
        lab = Label()
        self.u.labels.append(lab)
        return lab

    def mark(self, lab: Label) -> None:
        lab.index = len(self.u.instrs)

    def setup(self, h: Handler) -> None:
        """Open h's region here: the unwind depth is the current depth + h.extra."""
        self.emit("SETUP", h)
        self.u.handlers.append(h)

    def pop_handler(self, h: Handler) -> None:
        assert self.u.handlers and self.u.handlers[-1] is h
        self.u.handlers.pop()

    def push_fblock(self, kind: str, outside: list[Handler] | None = None, **kw: Any) -> _FBlock:
        fb = _FBlock(kind, list(self.u.handlers) if outside is None else outside, **kw)
        self.u.fblocks.append(fb)
        return fb

    def pop_fblock(self, fb: _FBlock) -> None:
        assert self.u.fblocks and self.u.fblocks[-1] is fb
        self.u.fblocks.pop()

    def _index(self, n: int, node: ast.AST | None, what: str) -> int:
        if n > ARG_MAX:
            raise self.unsupported(node or self.u.node or self.tree, f"a code object with more than {ARG_MAX} {what}")
        return n

    def const(self, v: Any) -> int:
        key = _const_key(v)
        u = self.u
        i = u.const_index.get(key)
        if i is None:
            i = u.const_index[key] = len(u.consts)
            u.consts.append(v)
        return self._index(i, None, "constants")

    def load_const(self, v: Any) -> None:
        self.emit("LOAD_CONST", self.const(v))

    def name_index(self, name: str) -> int:
        names = self.u.names
        if name not in names:
            names[name] = len(names)
        return self._index(names[name], None, "names")

    def mangle(self, name: str) -> str:
        return mangle(self.u.private, name)

    def deref_index(self, name: str) -> int:
        u = self.u
        if name in u.cellvars:
            return u.cellvars.index(name)
        return len(u.cellvars) + u.freevars.index(name)

    # ------------------------------------------------------------------- units
    def enter(self, scope: Scope, name: str, qualname: str, firstlineno: int, private: str | None) -> _Unit:
        u = _Unit(scope, name, qualname, firstlineno, private, node=scope.node)
        if scope.kind == "function":
            for p in scope.params:
                u.varnames.setdefault(p, len(u.varnames))
            for n, k in scope.kinds.items():
                if k == LOCAL and n not in u.varnames:
                    u.varnames[n] = len(u.varnames)
            u.cellvars = sorted(scope.cells)
        elif scope.kind == "class" and "__class__" in scope.cells:
            u.cellvars = ["__class__"]
        u.freevars = sorted(scope.frees)
        u.line = firstlineno
        self.units.append(u)
        self.u = u
        return u

    def leave(self, node: ast.AST) -> Code:
        u = self.units.pop()
        try:
            a = assemble(u.instrs, u.labels)
        except AssembleError as e:
            if "too large" in str(e) or "24 bits" in str(e):
                raise self.unsupported(node, "a code object this large") from None
            raise
        self.u = self.units[-1] if self.units else None  # type: ignore[assignment]
        varnames = list(u.varnames)
        cell2arg = [varnames.index(c) if c in u.scope.params else -1 for c in u.cellvars]
        if u.scope.kind != "function":
            cell2arg = [-1] * len(u.cellvars)
        for what, n in (("local variables", len(varnames)), ("cells", len(u.cellvars) + len(u.freevars))):
            self._index(n, node, what)
        return Code(
            name=u.name, qualname=u.qualname, filename=self.filename, firstlineno=u.firstlineno,
            argcount=u.argcount, posonlyargcount=u.posonly, kwonlyargcount=u.kwonly,
            flags=u.flags, varnames=varnames, cellvars=list(u.cellvars), freevars=list(u.freevars),
            cell2arg=cell2arg, names=list(u.names), consts=list(u.consts), code=a.code,
            ncache=a.ncache, stacksize=a.stacksize, linetable=a.linetable, exctable=a.exctable,
            docstring=u.docstring,
        )

    def compile(self) -> Code:
        self.scopes = build_scopes(self.tree)
        self._check_unsupported(self.tree)
        self.enter(self.scopes[self.tree], "<module>", "<module>", 1, None)
        body = self.tree.body
        if _has_annotations(body):
            self.emit("SETUP_ANNOTATIONS")
        doc = _docstring(body)
        if doc is not None:
            self.u.line = body[0].lineno
            self.load_const(doc)
            self.emit("STORE_GLOBAL", self.name_index("__doc__"))
            body = body[1:]
        self.stmts(body)
        self.implicit_return(body)
        return self.leave(self.tree)

    def implicit_return(self, body: list[ast.stmt]) -> None:
        """`return None` at the end of a body, on its last statement's line
        (as CPython numbers it)."""
        if body:
            self.u.line = body[-1].lineno
        self.load_const(None)
        self.emit("RETURN_VALUE")

    def _check_unsupported(self, tree: ast.AST) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.TryStar):
                raise self.unsupported(node, "except* groups")
            if isinstance(node, ast.Constant) and isinstance(node.value, complex):
                raise self.unsupported(node, "complex numbers")

    # -------------------------------------------------------------- dispatch
    def visit(self, node: ast.AST) -> None:
        u = self.u
        saved = u.line
        lineno = getattr(node, "lineno", None)
        if lineno is not None:
            u.line = lineno
        getattr(self, "visit_" + type(node).__name__)(node)
        u.line = saved

    def stmts(self, body: list[ast.stmt]) -> None:
        for st in body:
            self.visit(st)

    # ------------------------------------------------------------ names
    def nameop(self, name: str, ctx: type) -> None:
        """ctx is ast.Load, ast.Store or ast.Del."""
        n = self.mangle(name)
        scope = self.u.scope
        k = scope.kind_of(n)
        which = {ast.Load: 0, ast.Store: 1, ast.Del: 2}[ctx]
        if scope.kind == "module":
            op = ("LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL")[which]
        elif k in (CELL, FREE) and n in (self.u.cellvars + self.u.freevars):
            if scope.kind == "class" and which == 0:
                self.emit("LOAD_CLASSDEREF", self.deref_index(n))
                return
            op = ("LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF")[which]
            self.emit(op, self.deref_index(n))
            return
        elif k == LOCAL and scope.kind == "function":
            op = ("LOAD_FAST", "STORE_FAST", "DELETE_FAST")[which]
            self.emit(op, self.u.varnames[n])
            return
        elif k == GLOBAL_EXPLICIT or scope.kind == "function":
            op = ("LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL")[which]
        else:
            op = ("LOAD_NAME", "STORE_NAME", "DELETE_NAME")[which]
        self.emit(op, self.name_index(n))

    # ------------------------------------------------------------ statements
    def visit_Expr(self, node: ast.Expr) -> None:
        self.visit(node.value)
        self.emit("POP_TOP")

    def visit_Pass(self, node: ast.Pass) -> None:
        pass

    def visit_Global(self, node: ast.Global) -> None:
        pass

    visit_Nonlocal = visit_Global

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        for i, t in enumerate(node.targets):
            if i < len(node.targets) - 1:
                self.emit("COPY", 1)
            self.store(t)

    def store(self, t: ast.expr) -> None:
        saved = self.u.line
        self.u.line = t.lineno
        if isinstance(t, ast.Name):
            self.nameop(t.id, ast.Store)
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.u.line = t.lineno
            self.emit("STORE_ATTR", self.name_index(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("STORE_SUBSCR")
        elif isinstance(t, (ast.Tuple, ast.List)):
            self.unpack(t)
        else:
            raise self.error(t, "cannot assign to this expression")
        self.u.line = saved

    def unpack(self, t: ast.Tuple | ast.List) -> None:
        stars = [i for i, e in enumerate(t.elts) if isinstance(e, ast.Starred)]
        n = len(t.elts)
        if not stars:
            self.emit("UNPACK_SEQUENCE", n)
        else:
            before = stars[0]
            after = n - before - 1
            if before > 0xFF or after > 0xFFFF:
                raise self.unsupported(t, "starred assignment with this many targets")
            self.emit("UNPACK_EX", before | (after << 8))
        for e in t.elts:
            self.store(e.value if isinstance(e, ast.Starred) else e)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        t = node.target
        op = BINOP_BY_SYMBOL[_BINOPS[type(node.op)]] + BINOP_INPLACE
        if isinstance(t, ast.Name):
            self.nameop(t.id, ast.Load)
            self.visit(node.value)
            self.emit("BINARY_OP", op)
            self.nameop(t.id, ast.Store)
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.emit("COPY", 1)
            self.emit("LOAD_ATTR", self.name_index(self.mangle(t.attr)))
            self.visit(node.value)
            self.emit("BINARY_OP", op)
            self.emit("SWAP", 2)
            self.emit("STORE_ATTR", self.name_index(self.mangle(t.attr)))
        else:
            assert isinstance(t, ast.Subscript)
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("COPY", 2)
            self.emit("COPY", 2)
            self.emit("BINARY_SUBSCR")
            self.visit(node.value)
            self.emit("BINARY_OP", op)
            self.emit("SWAP", 3)
            self.emit("SWAP", 2)
            self.emit("STORE_SUBSCR")

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        t = node.target
        if node.value is not None:
            self.visit(node.value)
            self.store(t)
        elif not isinstance(t, ast.Name):
            # `a.b: T` alone still evaluates `a` (and the subscript), as CPython does
            self.visit(t.value)  # type: ignore[attr-defined]
            if isinstance(t, ast.Subscript):
                self.visit(t.slice)
                self.emit("POP_TOP")
            self.emit("POP_TOP")
        if self.u.scope.kind not in ("module", "class"):
            return  # annotations of locals are never evaluated (CPython too)
        if not (isinstance(t, ast.Name) and node.simple):
            if not self.future_annotations:
                self.visit(node.annotation)  # evaluated, not stored, as CPython does
                self.emit("POP_TOP")
            return
        if True:
            self.annotation(node.annotation)
            if self.u.scope.kind == "module":
                self.emit("LOAD_GLOBAL", self.name_index("__annotations__"))
            else:
                self.emit("LOAD_NAME", self.name_index("__annotations__"))
            self.load_const(self.mangle(t.id))
            self.emit("STORE_SUBSCR")

    def visit_Delete(self, node: ast.Delete) -> None:
        for t in node.targets:
            self.delete(t)

    def delete(self, t: ast.expr) -> None:
        if isinstance(t, ast.Name):
            self.nameop(t.id, ast.Del)
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.emit("DELETE_ATTR", self.name_index(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("DELETE_SUBSCR")
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                self.delete(e)
        else:
            raise self.error(t, "cannot delete this expression")

    def visit_If(self, node: ast.If) -> None:
        end = self.new_label()
        other = self.new_label() if node.orelse else end
        self.visit(node.test)
        self.emit("POP_JUMP_IF_FALSE", other)
        self.stmts(node.body)
        if node.orelse:
            self.emit("JUMP", end)
            self.mark(other)
            self.stmts(node.orelse)
        self.mark(end)

    def visit_While(self, node: ast.While) -> None:
        top, other, end = self.new_label(), self.new_label(), self.new_label()
        self.mark(top)
        self.visit(node.test)
        self.emit("POP_JUMP_IF_FALSE", other)
        fb = self.push_fblock("while", start=top, exit=end)
        self.stmts(node.body)
        self.pop_fblock(fb)
        self.emit("JUMP", top)
        self.mark(other)
        self.stmts(node.orelse)
        self.mark(end)

    def visit_For(self, node: ast.For) -> None:
        top, other, end = self.new_label(), self.new_label(), self.new_label()
        self.visit(node.iter)
        self.emit("GET_ITER")
        self.mark(top)
        self.emit("FOR_ITER", other)
        self.store(node.target)
        fb = self.push_fblock("for", start=top, exit=end)
        self.stmts(node.body)
        self.pop_fblock(fb)
        self.emit("JUMP", top)
        self.mark(other)
        self.stmts(node.orelse)
        self.mark(end)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        top, other, end = self.new_label(), self.new_label(), self.new_label()
        self.visit(node.iter)
        self.emit("GET_AITER")
        self.mark(top)
        self.async_next(other)
        self.store(node.target)
        fb = self.push_fblock("async_for", start=top, exit=end)
        self.stmts(node.body)
        self.pop_fblock(fb)
        self.emit("JUMP", top)
        self.mark(other)
        self.emit("END_ASYNC_FOR")
        self.stmts(node.orelse)
        self.mark(end)

    def async_next(self, done: Label) -> None:
        """[ait] -> [ait, next item]; StopAsyncIteration lands on `done` as
        [ait, exc] (END_ASYNC_FOR there)."""
        h = Handler(done)
        self.setup(h)
        self.emit("GET_ANEXT")
        self.load_const(None)
        self.emit("YIELD_FROM")
        self.pop_handler(h)

    def unwind(self, preserve_tos: bool, to_loop: bool) -> tuple[_FBlock | None, list[_FBlock], list[Handler]]:
        """Emit the clean-up of the blocks being left, innermost first,
        stopping at the innermost loop if to_loop.  Returns the loop and the
        saved block/handler stacks (restore them with `rewind`)."""
        u = self.u
        saved = (list(u.fblocks), list(u.handlers))
        while u.fblocks:
            fb = u.fblocks[-1]
            if to_loop and fb.kind in _LOOPS:
                u.handlers = list(fb.outside)
                return fb, *saved
            u.fblocks.pop()
            u.handlers = list(fb.outside)
            self.unwind_one(fb, preserve_tos)
        return None, *saved

    def rewind(self, fblocks: list[_FBlock], handlers: list[Handler]) -> None:
        self.u.fblocks, self.u.handlers = fblocks, handlers

    def unwind_one(self, fb: _FBlock, preserve_tos: bool) -> None:
        k = fb.kind
        if k in ("for", "async_for"):
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")
        elif k == "finally_try":
            if preserve_tos:
                # a break/continue in the finally body must drop the value
                # being returned
                pv = self.push_fblock("pop_value")
                self.stmts(fb.data)
                self.pop_fblock(pv)
            else:
                self.stmts(fb.data)
        elif k == "pop_value":
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")
        elif k == "finally_end":
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_TOP")
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_EXCEPT")
        elif k in ("with", "async_with"):
            if preserve_tos:
                self.emit("SWAP", 2)
            self.call_exit_none(k == "async_with")
        elif k in ("handler", "handler_named"):
            if preserve_tos:
                self.emit("SWAP", 2)
            self.emit("POP_EXCEPT")
            if k == "handler_named":
                self.clear_name(fb.data)

    def clear_name(self, name: str) -> None:
        self.load_const(None)
        self.nameop(name, ast.Store)
        self.nameop(name, ast.Del)

    def call_exit_none(self, is_async: bool) -> None:
        """[exit] -> []: exit(None, None, None), awaited for async with."""
        self.emit("PUSH_NULL")
        for _ in range(3):
            self.load_const(None)
        self.emit("CALL", 3)
        if is_async:
            self.await_top()
        self.emit("POP_TOP")

    def await_top(self) -> None:
        self.emit("GET_AWAITABLE", 0)
        self.load_const(None)
        self.emit("YIELD_FROM")

    def visit_Break(self, node: ast.Break) -> None:
        loop, fbs, hs = self.unwind(False, True)
        if loop is None:
            raise self.error(node, "'break' outside loop")
        self.unwind_one(loop, False) if loop.kind != "while" else None
        assert loop.exit is not None
        self.emit("JUMP", loop.exit)
        self.rewind(fbs, hs)

    def visit_Continue(self, node: ast.Continue) -> None:
        loop, fbs, hs = self.unwind(False, True)
        if loop is None:
            raise self.error(node, "'continue' not properly in loop")
        assert loop.start is not None
        self.emit("JUMP", loop.start)
        self.rewind(fbs, hs)

    def visit_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            self.visit(node.value)
        else:
            self.load_const(None)
        _, fbs, hs = self.unwind(True, False)
        self.emit("RETURN_VALUE")
        self.rewind(fbs, hs)

    def visit_Raise(self, node: ast.Raise) -> None:
        n = 0
        if node.exc is not None:
            self.visit(node.exc)
            n = 1
            if node.cause is not None:
                self.visit(node.cause)
                n = 2
        self.emit("RAISE_VARARGS", n)

    def visit_Assert(self, node: ast.Assert) -> None:
        end = self.new_label()
        self.visit(node.test)
        self.emit("POP_JUMP_IF_TRUE", end)
        self.emit("LOAD_ASSERTION_ERROR")
        if node.msg is not None:
            self.emit("PUSH_NULL")
            self.visit(node.msg)
            self.emit("CALL", 1)
        self.emit("RAISE_VARARGS", 1)
        self.mark(end)

    def visit_Try(self, node: ast.Try) -> None:
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node)

    def try_finally(self, node: ast.Try) -> None:
        end = self.new_label()
        f = Handler(self.new_label())
        fb = self.push_fblock("finally_try", data=node.finalbody)
        self.setup(f)
        if node.handlers:
            self.try_except(node)
        else:
            self.stmts(node.body)
        self.pop_handler(f)
        self.pop_fblock(fb)
        self.stmts(node.finalbody)
        self.emit("JUMP", end)
        # the exceptional copy: [.., exc]
        self.mark(f.label)
        outside = list(self.u.handlers)
        c = Handler(self.new_label())
        self.setup(c)
        self.emit("PUSH_EXC_INFO")
        fe = self.push_fblock("finally_end", outside=outside)
        self.stmts(node.finalbody)
        self.pop_fblock(fe)
        self.emit("RERAISE")
        self.pop_handler(c)
        self.cleanup_block(c)
        self.mark(end)

    def cleanup_block(self, c: Handler) -> None:
        """[prev, exc2]: restore the handled exception and re-raise exc2."""
        self.mark(c.label)
        self.emit("SWAP", 2)
        self.emit("POP_EXCEPT")
        self.emit("RERAISE")

    def try_except(self, node: ast.Try) -> None:
        end = self.new_label()
        h = Handler(self.new_label())
        fb = self.push_fblock("try_except")
        self.setup(h)
        self.stmts(node.body)
        self.pop_handler(h)
        self.pop_fblock(fb)
        self.stmts(node.orelse)
        self.emit("JUMP", end)
        self.mark(h.label)
        outside = list(self.u.handlers)
        c = Handler(self.new_label())
        self.setup(c)
        self.emit("PUSH_EXC_INFO")  # [prev, exc]
        for clause in node.handlers:
            self.u.line = clause.lineno
            nxt = self.new_label()
            if clause.type is not None:
                self.visit(clause.type)
                self.emit("CHECK_EXC_MATCH")
                self.emit("POP_JUMP_IF_FALSE", nxt)
            if clause.name:
                self.nameop(clause.name, ast.Store)  # [prev]
                c2 = Handler(self.new_label())
                hb = self.push_fblock("handler_named", outside=outside, data=clause.name)
                self.setup(c2)
                self.stmts(clause.body)
                self.pop_handler(c2)
                self.pop_fblock(hb)
                self.emit("POP_EXCEPT")
                self.clear_name(clause.name)
                self.emit("JUMP", end)
                self.mark(c2.label)  # [prev, exc2]
                self.clear_name(clause.name)
                self.emit("RERAISE")
            else:
                self.emit("POP_TOP")  # [prev]
                hb = self.push_fblock("handler", outside=outside)
                self.stmts(clause.body)
                self.pop_fblock(hb)
                self.emit("POP_EXCEPT")
                self.emit("JUMP", end)
            self.mark(nxt)
        self.emit("RERAISE")
        self.pop_handler(c)
        self.cleanup_block(c)
        self.mark(end)

    def visit_With(self, node: ast.With | ast.AsyncWith, i: int = 0) -> None:
        is_async = isinstance(node, ast.AsyncWith)
        item = node.items[i]
        end = self.new_label()
        self.visit(item.context_expr)
        if is_async:
            self.emit("BEFORE_ASYNC_WITH")
            self.await_top()
        else:
            self.emit("BEFORE_WITH")  # [exit, value]
        h = Handler(self.new_label(), extra=-1)
        fb = self.push_fblock("async_with" if is_async else "with")
        self.setup(h)
        if item.optional_vars is not None:
            self.store(item.optional_vars)
        else:
            self.emit("POP_TOP")
        if i + 1 < len(node.items):
            self.visit_With(node, i + 1)
        else:
            self.stmts(node.body)
        self.pop_handler(h)
        self.pop_fblock(fb)
        self.u.line = node.lineno
        self.call_exit_none(is_async)
        self.emit("JUMP", end)
        self.mark(h.label)  # [exit, exc]
        c = Handler(self.new_label())
        self.setup(c)
        self.emit("PUSH_EXC_INFO")  # [exit, prev, exc]
        self.emit("WITH_EXCEPT_START")  # [exit, prev, exc, res]
        if is_async:
            self.await_top()
        suppress = self.new_label()
        self.emit("POP_JUMP_IF_TRUE", suppress)
        self.emit("RERAISE")
        self.pop_handler(c)
        self.mark(suppress)
        self.emit("POP_TOP")  # [exit, prev]
        self.emit("POP_EXCEPT")  # [exit]
        self.emit("POP_TOP")
        self.emit("JUMP", end)
        self.cleanup_block(c)
        self.mark(end)

    visit_AsyncWith = visit_With

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.load_const(0)
            self.load_const(None)
            self.emit("IMPORT_NAME", self.name_index(a.name))
            if a.asname:
                parts = a.name.split(".")
                for j, part in enumerate(parts[1:]):
                    self.emit("IMPORT_FROM", self.name_index(part))
                    if j < len(parts) - 2:
                        self.emit("SWAP", 2)
                        self.emit("POP_TOP")
                    else:
                        self.nameop(a.asname, ast.Store)
                        self.emit("POP_TOP")
                        break
                else:
                    self.nameop(a.asname, ast.Store)
            else:
                self.nameop(a.name.split(".")[0], ast.Store)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module == "__future__" and node.level == 0:
            # A future statement is a directive to the compiler (and the one
            # that matters, annotations, is how this compiler always works);
            # no __future__ module is frozen, so no import happens and the
            # feature names stay unbound.
            return
        self.load_const(node.level)
        self.load_const(tuple(a.name for a in node.names))
        self.emit("IMPORT_NAME", self.name_index(node.module or ""))
        if node.names[0].name == "*":
            self.emit("IMPORT_STAR")
            return
        for a in node.names:
            self.emit("IMPORT_FROM", self.name_index(a.name))
            self.nameop(a.asname or a.name, ast.Store)
        self.emit("POP_TOP")

    # ---------------------------------------------------- functions, classes
    def qualname(self, name: str) -> str:
        u = self.u
        if u.scope.kind == "module":
            return name
        if u.scope.kind_of(self.mangle(name)) == GLOBAL_EXPLICIT:
            return name
        if u.scope.kind == "function":
            return f"{u.qualname}.<locals>.{name}"
        return f"{u.qualname}.{name}"

    def annotation(self, ann: ast.expr) -> None:
        """Push an annotation's value: evaluated, as CPython 3.11 does, or its
        source text under `from __future__ import annotations`."""
        if self.future_annotations:
            self.load_const(ast.unparse(ann))
        else:
            self.visit(ann)

    def function_annotations(self, args: ast.arguments, returns: ast.expr | None) -> bool:
        """Push the dict of a function's parameter and return annotations
        (MAKE_FUNCTION flag 8); False when there are none."""
        items = [(self.mangle(a.arg), a.annotation) for a in
                 [*args.posonlyargs, *args.args, *([args.vararg] if args.vararg else []),
                  *args.kwonlyargs, *([args.kwarg] if args.kwarg else [])] if a.annotation is not None]
        if returns is not None:
            items.append(("return", returns))
        if not items:
            return False
        for _, ann in items:
            self.annotation(ann)
        self.load_const(tuple(k for k, _ in items))
        self.emit("BUILD_CONST_KEY_MAP", len(items))
        return True

    def make_closure(self, code: Code, flags: int) -> None:
        if code.freevars:
            for n in code.freevars:
                self.emit("LOAD_CLOSURE", self.deref_index(n))
            self.emit("BUILD_TUPLE", len(code.freevars))
            flags |= 4
        self.load_const(code)
        self.emit("MAKE_FUNCTION", flags)

    def decorators(self, decs: list[ast.expr]) -> None:
        for d in decs:
            self.visit(d)
            self.emit("PUSH_NULL")

    def apply_decorators(self, decs: list[ast.expr]) -> None:
        for d in reversed(decs):
            self.u.line = d.lineno
            self.emit("CALL", 1)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.decorators(node.decorator_list)
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        self.function(node, node.name, node.args, node.body, first)
        self.apply_decorators(node.decorator_list)
        self.nameop(node.name, ast.Store)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.function(node, "<lambda>", node.args, node.body, node.lineno)

    def function(self, node: ast.AST, name: str, args: ast.arguments, body: Any, first: int) -> None:
        flags = 0
        if args.defaults:
            self.const_or_tuple(args.defaults)
            flags |= 1
        kw = [(self.mangle(a.arg), d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        if kw:
            for _, d in kw:
                self.visit(d)
            self.load_const(tuple(k for k, _ in kw))
            self.emit("BUILD_CONST_KEY_MAP", len(kw))
            flags |= 2
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and self.function_annotations(args, node.returns):
            flags |= 8
        scope = self.scopes[node]
        qual = self.qualname(name)
        self.enter(scope, name, qual, first, self.u.private)
        u = self.u
        u.argcount = len(args.posonlyargs) + len(args.args)
        u.posonly = len(args.posonlyargs)
        u.kwonly = len(args.kwonlyargs)
        u.flags = self.code_flags(scope, node)
        if args.vararg:
            u.flags |= CO_VARARGS
        if args.kwarg:
            u.flags |= CO_VARKEYWORDS
        if isinstance(body, list):
            doc = _docstring(body)
            if doc is not None:
                u.docstring = doc
                body = body[1:]
            self.stmts(body)
            self.implicit_return(body)
        else:
            u.line = body.lineno
            self.visit(body)
            self.emit("RETURN_VALUE")
        code = self.leave(node)
        self.make_closure(code, flags)

    def code_flags(self, scope: Scope, node: ast.AST) -> int:
        flags = 0
        p = scope.parent
        while p is not None:
            if p.kind == "function":
                flags |= CO_NESTED
                break
            p = p.parent
        if scope.is_async or (scope.is_comprehension and scope.has_await):
            flags |= CO_ASYNC_GENERATOR if scope.is_generator else CO_COROUTINE
        elif scope.is_generator:
            flags |= CO_GENERATOR
        return flags

    def const_or_tuple(self, elts: list[ast.expr]) -> None:
        vals = [_const_value(e) for e in elts]
        if all(ok for ok, _ in vals):
            self.load_const(tuple(v for _, v in vals))
        else:
            for e in elts:
                self.visit(e)
            self.emit("BUILD_TUPLE", len(elts))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.decorators(node.decorator_list)
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        self.emit("LOAD_BUILD_CLASS")
        self.emit("PUSH_NULL")
        scope = self.scopes[node]
        qual = self.qualname(node.name)
        self.enter(scope, node.name, qual, first, node.name)
        u = self.u
        u.line = node.lineno
        self.emit("LOAD_NAME", self.name_index("__name__"))
        self.emit("STORE_NAME", self.name_index("__module__"))
        self.load_const(qual)
        self.emit("STORE_NAME", self.name_index("__qualname__"))
        body = node.body
        if _has_annotations(body):
            self.emit("SETUP_ANNOTATIONS")
        doc = _docstring(body)
        if doc is not None:
            u.line = body[0].lineno
            self.load_const(doc)
            self.emit("STORE_NAME", self.name_index("__doc__"))
            body = body[1:]
        self.stmts(body)
        if body:
            u.line = body[-1].lineno
        if "__class__" in u.cellvars:
            self.emit("LOAD_CLOSURE", 0)
        else:
            self.load_const(None)
        self.emit("RETURN_VALUE")
        code = self.leave(node)
        self.make_closure(code, 0)
        self.load_const(node.name)
        self.call_args(node.bases, node.keywords, 2)
        self.apply_decorators(node.decorator_list)
        self.nameop(node.name, ast.Store)

    # ----------------------------------------------------------- expressions
    def visit_Constant(self, node: ast.Constant) -> None:
        self.load_const(node.value)

    def visit_Name(self, node: ast.Name) -> None:
        self.nameop(node.id, type(node.ctx))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.visit(node.value)
        self.u.line = node.lineno
        self.emit("LOAD_ATTR", self.name_index(self.mangle(node.attr)))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)
        self.visit(node.slice)
        self.emit("BINARY_SUBSCR")

    def visit_Slice(self, node: ast.Slice) -> None:
        for part in (node.lower, node.upper):
            if part is None:
                self.load_const(None)
            else:
                self.visit(part)
        if node.step is not None:
            self.visit(node.step)
            self.emit("BUILD_SLICE", 3)
        else:
            self.emit("BUILD_SLICE", 2)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.visit(node.left)
        self.visit(node.right)
        self.emit("BINARY_OP", BINOP_BY_SYMBOL[_BINOPS[type(node.op)]])

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        ok, v = _const_value(node)
        if ok:
            self.load_const(v)
            return
        self.visit(node.operand)
        self.emit(_UNARY[type(node.op)])

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        end = self.new_label()
        op = "JUMP_IF_FALSE_OR_POP" if isinstance(node.op, ast.And) else "JUMP_IF_TRUE_OR_POP"
        for v in node.values[:-1]:
            self.visit(v)
            self.emit(op, end)
        self.visit(node.values[-1])
        self.mark(end)

    def cmpop(self, op: ast.cmpop) -> None:
        if isinstance(op, (ast.Is, ast.IsNot)):
            self.emit("IS_OP", int(isinstance(op, ast.IsNot)))
        elif isinstance(op, (ast.In, ast.NotIn)):
            self.emit("CONTAINS_OP", int(isinstance(op, ast.NotIn)))
        else:
            self.emit("COMPARE_OP", CMPOP_BY_SYMBOL[_CMPOPS[type(op)]])

    def visit_Compare(self, node: ast.Compare) -> None:
        self.visit(node.left)
        if len(node.ops) == 1:
            self.visit(node.comparators[0])
            self.cmpop(node.ops[0])
            return
        cleanup, end = self.new_label(), self.new_label()
        for op, comp in zip(node.ops[:-1], node.comparators[:-1]):
            self.visit(comp)
            self.emit("SWAP", 2)
            self.emit("COPY", 2)
            self.cmpop(op)
            self.emit("JUMP_IF_FALSE_OR_POP", cleanup)
        self.visit(node.comparators[-1])
        self.cmpop(node.ops[-1])
        self.emit("JUMP", end)
        self.mark(cleanup)
        self.emit("SWAP", 2)
        self.emit("POP_TOP")
        self.mark(end)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        other, end = self.new_label(), self.new_label()
        self.visit(node.test)
        self.emit("POP_JUMP_IF_FALSE", other)
        self.visit(node.body)
        self.emit("JUMP", end)
        self.mark(other)
        self.visit(node.orelse)
        self.mark(end)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.emit("COPY", 1)
        self.nameop(node.target.id, ast.Store)

    def sequence(self, elts: list[ast.expr], kind: str) -> None:
        """Build a list, tuple or set display, with starred items if any."""
        stars = any(isinstance(e, ast.Starred) for e in elts)
        if not stars:
            if kind == "tuple":
                self.const_or_tuple(elts)
                return
            consts = [_const_value(e) for e in elts]
            if kind == "set" and len(elts) >= 3 and all(ok for ok, _ in consts):
                # as CPython 3.11: an empty set updated from a frozenset
                # constant (this decides the printed order of the set)
                try:
                    fs = frozenset(v for _, v in consts)
                except TypeError:
                    fs = None
                if fs is not None:
                    self.emit("BUILD_SET", 0)
                    self.load_const(fs)
                    self.emit("SET_UPDATE", 1)
                    return
            for e in elts:
                self.visit(e)
            self.emit("BUILD_SET" if kind == "set" else "BUILD_LIST", len(elts))
            return
        lead = 0
        while not isinstance(elts[lead], ast.Starred):
            self.visit(elts[lead])
            lead += 1
        self.emit("BUILD_SET" if kind == "set" else "BUILD_LIST", lead)
        for e in elts[lead:]:
            if isinstance(e, ast.Starred):
                self.visit(e.value)
                self.emit("SET_UPDATE" if kind == "set" else "LIST_EXTEND", 1)
            else:
                self.visit(e)
                self.emit("SET_ADD" if kind == "set" else "LIST_APPEND", 1)
        if kind == "tuple":
            self.emit("LIST_TO_TUPLE")

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.sequence(node.elts, "tuple")

    def visit_List(self, node: ast.List) -> None:
        self.sequence(node.elts, "list")

    def visit_Set(self, node: ast.Set) -> None:
        self.sequence(node.elts, "set")

    def visit_Dict(self, node: ast.Dict) -> None:
        lead = 0
        while lead < len(node.keys) and node.keys[lead] is not None:
            self.visit(node.keys[lead])  # type: ignore[arg-type]
            self.visit(node.values[lead])
            lead += 1
        self.emit("BUILD_MAP", lead)
        for k, v in zip(node.keys[lead:], node.values[lead:]):
            if k is None:
                self.visit(v)
                self.emit("DICT_UPDATE", 1)
            else:
                self.visit(k)
                self.visit(v)
                self.emit("MAP_ADD", 1)

    def visit_Starred(self, node: ast.Starred) -> None:
        raise self.error(node, "can't use starred expression here")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for v in node.values:
            self.visit(v)
        if not node.values:
            self.load_const("")
        elif len(node.values) > 1:
            self.emit("BUILD_STRING", len(node.values))

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.visit(node.value)
        arg = _CONVERSIONS[node.conversion]
        if node.format_spec is not None:
            self.visit(node.format_spec)
            arg |= 4
        self.emit("FORMAT_VALUE", arg)

    def visit_Yield(self, node: ast.Yield) -> None:
        if node.value is not None:
            self.visit(node.value)
        else:
            self.load_const(None)
        self.emit("YIELD_VALUE", self.async_gen_yield())

    def async_gen_yield(self) -> int:
        """YIELD_VALUE's arg: 1 in an async generator (a value for its
        consumer, not a suspension of an await)."""
        return 1 if self.u.flags & CO_ASYNC_GENERATOR else 0

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.visit(node.value)
        self.emit("GET_YIELD_FROM_ITER")
        self.load_const(None)
        self.emit("YIELD_FROM")

    def visit_Await(self, node: ast.Await) -> None:
        self.visit(node.value)
        self.await_top()

    # ----------------------------------------------------------------- calls
    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Name) and f.id in _FORBIDDEN_CALLS:
            n = self.mangle(f.id)
            k = self.u.scope.kind_of(n)
            if k not in (LOCAL, CELL, FREE) and not self.u.scope.binds_at_module(n):
                raise self.unsupported(node, _FORBIDDEN_CALLS[f.id])
        if (
            isinstance(f, ast.Name) and f.id == "super" and not node.args and not node.keywords
            and self.u.scope.kind == "function" and "__class__" in self.u.freevars
            and self.u.scope.kind_of("super") not in (LOCAL, CELL, FREE)
        ):
            self.zero_arg_super(node)
            return
        stars = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
        if isinstance(f, ast.Attribute) and not stars:
            self.visit(f.value)
            self.u.line = f.lineno
            self.emit("LOAD_METHOD", self.name_index(self.mangle(f.attr)))
        else:
            self.visit(f)
            self.emit("PUSH_NULL")
        self.call_args(node.args, node.keywords, 0)

    def zero_arg_super(self, node: ast.Call) -> None:
        u = self.u
        if u.argcount == 0:
            raise self.error(node, "super(): no arguments")
        self.nameop("super", ast.Load)
        self.emit("PUSH_NULL")
        self.emit("LOAD_DEREF", self.deref_index("__class__"))
        first = next(iter(u.varnames))
        if first in u.cellvars:
            self.emit("LOAD_DEREF", self.deref_index(first))
        else:
            self.emit("LOAD_FAST", 0)
        self.emit("CALL", 2)

    def call_args(self, args: list[ast.expr], keywords: list[ast.keyword], npre: int) -> None:
        """Arguments of a call whose callable and NULL (and `npre` leading
        arguments) are already on the stack; emits the CALL."""
        stars = any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in keywords)
        if not stars:
            for a in args:
                self.visit(a)
            if keywords:
                for k in keywords:
                    self.visit(k.value)
                self.load_const(tuple(k.arg for k in keywords))
                self.emit("CALL_KW", npre + len(args) + len(keywords))
            else:
                self.emit("CALL", npre + len(args))
            return
        lead = 0
        while lead < len(args) and not isinstance(args[lead], ast.Starred):
            self.visit(args[lead])
            lead += 1
        self.emit("BUILD_LIST", npre + lead)
        for a in args[lead:]:
            if isinstance(a, ast.Starred):
                self.visit(a.value)
                # CPython names the function only for a call's sole *arg
                self.emit("LIST_EXTEND", 1 | (LIST_EXTEND_CALL if len(args) == 1 else 0))
            else:
                self.visit(a)
                self.emit("LIST_APPEND", 1)
        self.emit("LIST_TO_TUPLE")
        if keywords:
            self.emit("BUILD_MAP", 0)
            for k in keywords:
                if k.arg is None:
                    self.visit(k.value)
                else:
                    self.load_const(k.arg)
                    self.visit(k.value)
                    self.emit("BUILD_MAP", 1)
                self.emit("DICT_MERGE", 1)
            self.emit("CALL_EX", 1)
        else:
            self.emit("CALL_EX", 0)

    # --------------------------------------------------------- comprehensions
    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.comprehension(node, "<listcomp>", node.generators, "list", [node.elt])

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.comprehension(node, "<setcomp>", node.generators, "set", [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.comprehension(node, "<dictcomp>", node.generators, "dict", [node.key, node.value])

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.comprehension(node, "<genexpr>", node.generators, "gen", [node.elt])

    def comprehension(self, node: ast.expr, name: str, gens: list[ast.comprehension], kind: str, elts: list[ast.expr]) -> None:
        scope = self.scopes[node]
        qual = self.qualname(name)
        self.enter(scope, name, qual, node.lineno, self.u.private)
        u = self.u
        u.line = node.lineno
        u.argcount = 1
        u.flags = self.code_flags(scope, node)
        if kind != "gen":
            self.emit({"list": "BUILD_LIST", "set": "BUILD_SET", "dict": "BUILD_MAP"}[kind], 0)
        self.comp_loop(gens, 0, kind, elts)
        if kind == "gen":
            self.load_const(None)
        self.emit("RETURN_VALUE")
        code = self.leave(node)
        self.make_closure(code, 0)
        self.emit("PUSH_NULL")
        self.visit(gens[0].iter)
        self.emit("GET_AITER" if gens[0].is_async else "GET_ITER")
        self.emit("CALL", 1)
        if code.flags & CO_COROUTINE:
            self.await_top()

    def comp_loop(self, gens: list[ast.comprehension], i: int, kind: str, elts: list[ast.expr]) -> None:
        g = gens[i]
        top, done = self.new_label(), self.new_label()
        if i == 0:
            self.emit("LOAD_FAST", 0)
        else:
            self.visit(g.iter)
            self.emit("GET_AITER" if g.is_async else "GET_ITER")
        self.mark(top)
        if g.is_async:
            self.async_next(done)
        else:
            self.emit("FOR_ITER", done)
        self.store(g.target)
        for cond in g.ifs:
            self.visit(cond)
            self.emit("POP_JUMP_IF_FALSE", top)
        if i + 1 < len(gens):
            self.comp_loop(gens, i + 1, kind, elts)
        else:
            depth = len(gens) + 1
            for e in elts:
                self.visit(e)
            if kind == "list":
                self.emit("LIST_APPEND", depth)
            elif kind == "set":
                self.emit("SET_ADD", depth)
            elif kind == "dict":
                self.emit("MAP_ADD", depth)
            else:
                self.emit("YIELD_VALUE", self.async_gen_yield())
                self.emit("POP_TOP")
        self.emit("JUMP", top)
        self.mark(done)
        if g.is_async:
            self.emit("END_ASYNC_FOR")


def _docstring(body: list[ast.stmt]) -> str | None:
    if body and isinstance(body[0], ast.Expr):
        v = body[0].value
        if isinstance(v, ast.Constant) and isinstance(v.value, str):
            return v.value
    return None


def _has_annotations(body: list[ast.stmt]) -> bool:
    """A simple-name annotation anywhere in this block (not in nested
    functions or classes)."""
    todo: list[ast.AST] = list(body)
    while todo:
        n = todo.pop()
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.simple:
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(n, (ast.stmt, ast.excepthandler)):
            todo.extend(c for c in ast.iter_child_nodes(n) if isinstance(c, (ast.stmt, ast.excepthandler)))
    return False


def _const_value(node: ast.expr) -> tuple[bool, Any]:
    """(True, value) when node is a constant, a tuple of constants or a
    negated number; folded so `x in (1, -2)` loads one tuple."""
    if isinstance(node, ast.Constant):
        return True, node.value
    if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load):
        vals = [_const_value(e) for e in node.elts]
        if all(ok for ok, _ in vals):
            return True, tuple(v for _, v in vals)
    if (
        isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) in (int, float)
    ):
        return True, -node.operand.value
    return False, None

