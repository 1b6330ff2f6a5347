# SPDX-License-Identifier: MIT
"""Symbol tables: which names of each scope are fast locals, cells, free
variables or globals.

build_scopes(tree) walks a module's AST once and returns a Scope per
module, function, lambda, class body and comprehension, keyed by AST node.
The rules are CPython 3.11's: comprehensions are functions of their own
(their first iterable belongs to the enclosing scope); a walrus inside a
comprehension binds in the nearest enclosing function (or module); class
bodies never provide bindings to the functions nested in them; a function
that mentions `super` or `__class__` inside a class receives the class's
implicit `__class__` cell.  Annotations are never evaluated, so names used
only in annotations are not uses.  Private names are mangled here and by the
code generator with the same `mangle`."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

LOCAL = "local"  # a fast local (function) or a namespace entry (class)
CELL = "cell"  # a local that nested scopes capture
FREE = "free"  # a variable of an enclosing function
GLOBAL_EXPLICIT = "global_explicit"  # declared `global`
GLOBAL_IMPLICIT = "global_implicit"  # not bound anywhere visible


def mangle(private: str | None, name: str) -> str:
    """`__x` inside class `_C` becomes `_C__x` (CPython's private names)."""
    if private is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = private.lstrip("_")
    if not stripped:
        return name
    return f"_{stripped}{name}"


@dataclass(eq=False)
class Scope:
    kind: str  # "module", "function" or "class"
    name: str
    node: ast.AST
    parent: Scope | None
    private: str | None  # class name used for mangling inside this scope
    is_comprehension: bool = False
    is_async: bool = False
    is_generator: bool = False
    has_await: bool = False
    children: list[Scope] = field(default_factory=list)
    params: list[str] = field(default_factory=list)
    defs: dict[str, None] = field(default_factory=dict)  # bound here, in order
    uses: dict[str, None] = field(default_factory=dict)
    globals_: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    uses_class_cell: bool = False  # mentions super / __class__
    cells: set[str] = field(default_factory=set)
    frees: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)

    def kind_of(self, name: str) -> str:
        """How `name` (already mangled) is accessed in this scope."""
        k = self.kinds.get(name)
        if k is not None:
            return k
        if self.kind == "module":
            return GLOBAL_IMPLICIT
        return self._lookup_outside(name)

    def _lookup_outside(self, name: str) -> str:
        s = self.parent
        while s is not None:
            if s.kind == "module":
                return GLOBAL_IMPLICIT
            if s.kind == "function":
                if name in s.globals_:
                    return GLOBAL_IMPLICIT
                if name in s.defs or name in s.nonlocals:
                    return FREE
            s = s.parent
        return GLOBAL_IMPLICIT

    def binds_at_module(self, name: str) -> bool:
        s: Scope | None = self
        while s is not None and s.kind != "module":
            s = s.parent
        return s is not None and name in s.defs


class _Builder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.scopes: dict[ast.AST, Scope] = {}
        self.cur: Scope | None = None

    # --- building blocks -----------------------------------------------------
    def _new(self, kind: str, name: str, node: ast.AST, private: str | None) -> Scope:
        s = Scope(kind, name, node, self.cur, private)
        if self.cur is not None:
            self.cur.children.append(s)
        self.scopes[node] = s
        return s

    def _m(self, name: str) -> str:
        assert self.cur is not None
        return mangle(self.cur.private, name)

    def define(self, name: str) -> None:
        assert self.cur is not None
        self.cur.defs.setdefault(self._m(name), None)

    def use(self, name: str) -> None:
        assert self.cur is not None
        self.cur.uses.setdefault(self._m(name), None)

    def _in_scope(self, s: Scope, fn) -> None:
        saved, self.cur = self.cur, s
        try:
            fn()
        finally:
            self.cur = saved

    # --- scopes ----------------------------------------------------------------
    def visit_Module(self, node: ast.Module) -> None:
        s = self._new("module", "<module>", node, None)
        self._in_scope(s, lambda: [self.visit(st) for st in node.body])

    def _args_defaults(self, args: ast.arguments) -> None:
        for d in args.defaults:
            self.visit(d)
        for d in args.kw_defaults:
            if d is not None:
                self.visit(d)

    def _function(self, node: ast.AST, name: str, args: ast.arguments, body, is_async: bool) -> None:
        assert self.cur is not None
        s = self._new("function", name, node, self.cur.private)
        s.is_async = is_async

        def inner() -> None:
            for a in args.posonlyargs + args.args:
                s.params.append(self._m(a.arg))
            for a in args.kwonlyargs:
                s.params.append(self._m(a.arg))
            if args.vararg:
                s.params.append(self._m(args.vararg.arg))
            if args.kwarg:
                s.params.append(self._m(args.kwarg.arg))
            for p in s.params:
                s.defs.setdefault(p, None)
            if isinstance(body, list):
                for st in body:
                    self.visit(st)
            else:
                self.visit(body)

        self._in_scope(s, inner)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for d in node.decorator_list:
            self.visit(d)
        self._args_defaults(node.args)
        self.define(node.name)
        self._function(node, node.name, node.args, node.body, isinstance(node, ast.AsyncFunctionDef))

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._args_defaults(node.args)
        self._function(node, "<lambda>", node.args, node.body, False)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for d in node.decorator_list:
            self.visit(d)
        for b in node.bases:
            self.visit(b)
        for k in node.keywords:
            self.visit(k.value)
        self.define(node.name)
        s = self._new("class", node.name, node, node.name)
        self._in_scope(s, lambda: [self.visit(st) for st in node.body])

    def _comprehension(self, node: ast.AST, name: str, gens: list[ast.comprehension], elts: list[ast.AST]) -> None:
        assert self.cur is not None
        self.visit(gens[0].iter)  # evaluated in the enclosing scope
        s = self._new("function", name, node, self.cur.private)
        s.is_comprehension = True
        s.params.append(".0")
        s.defs[".0"] = None
        if isinstance(node, ast.GeneratorExp):
            s.is_generator = True
        s.is_async = any(g.is_async for g in gens)

        def inner() -> None:
            for i, g in enumerate(gens):
                if i:
                    self.visit(g.iter)
                self.visit(g.target)
                for c in g.ifs:
                    self.visit(c)
            for e in elts:
                self.visit(e)

        self._in_scope(s, inner)

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self._comprehension(node, "<listcomp>", node.generators, [node.elt])

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self._comprehension(node, "<setcomp>", node.generators, [node.elt])

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self._comprehension(node, "<genexpr>", node.generators, [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._comprehension(node, "<dictcomp>", node.generators, [node.key, node.value])

    # --- names -------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        assert self.cur is not None
        if isinstance(node.ctx, ast.Load):
            self.use(node.id)
            if node.id in ("super", "__class__") and self.cur.kind == "function":
                self.cur.uses_class_cell = True
        else:
            self.define(node.id)

    def visit_Global(self, node: ast.Global) -> None:
        assert self.cur is not None
        for n in node.names:
            self.cur.globals_.add(self._m(n))

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        assert self.cur is not None
        for n in node.names:
            self.cur.nonlocals.add(self._m(n))

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self.define(a.asname or a.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for a in node.names:
            if a.name != "*":
                self.define(a.asname or a.name)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.define(node.name)
        for st in node.body:
            self.visit(st)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        # The annotation is never evaluated; the target is still bound.
        if isinstance(node.target, ast.Name):
            self.define(node.target.id)
        else:
            self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)

    # match statements: capture patterns bind names
    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.name is not None:
            self.define(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name is not None:
            self.define(node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        if node.rest is not None:
            self.define(node.rest)
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:  # annotations only
        pass

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        assert self.cur is not None
        self.visit(node.value)
        name = self._m(node.target.id)
        s = self.cur
        comps: list[Scope] = []
        while s.is_comprehension:
            comps.append(s)
            assert s.parent is not None
            s = s.parent
        s.defs.setdefault(name, None)
        for c in comps:
            if s.kind == "module" or name in s.globals_:
                c.globals_.add(name)
            else:
                c.nonlocals.add(name)

    def visit_Yield(self, node: ast.Yield | ast.YieldFrom) -> None:
        assert self.cur is not None
        self.cur.is_generator = True
        self.generic_visit(node)

    visit_YieldFrom = visit_Yield

    def visit_Await(self, node: ast.Await) -> None:
        assert self.cur is not None
        self.cur.has_await = True
        self.generic_visit(node)


def _resolve(s: Scope) -> None:
    """Fill s.kinds for every name s binds or uses, mark the cells of the
    scopes that provide free variables and pass frees through the scopes
    in between (class bodies included, as CPython does)."""
    names = list(s.defs) + [n for n in s.uses if n not in s.defs]
    names += [n for n in sorted(s.nonlocals | s.globals_) if n not in s.defs and n not in s.uses]
    for n in names:
        if n in s.globals_:
            k = GLOBAL_EXPLICIT
        elif n in s.nonlocals:
            k = FREE
        elif n in s.defs and s.kind != "module":
            k = LOCAL
        elif s.kind == "module":
            k = GLOBAL_IMPLICIT
        else:
            k = s._lookup_outside(n)
        s.kinds[n] = k
        if k == FREE:
            _capture(s, n)
    if s.uses_class_cell and s.kind == "function":
        c = s.parent
        while c is not None and c.kind == "function":
            c = c.parent
        if c is not None and c.kind == "class":
            _capture(s, "__class__")
            s.kinds["__class__"] = FREE
    for c in s.children:
        _resolve(c)


def _capture(s: Scope, name: str) -> None:
    """`name` is free in s: find its binding function and make it a cell."""
    s.frees.add(name)
    p = s.parent
    while p is not None:
        if name == "__class__" and p.kind == "class":
            p.cells.add(name)
            return
        if p.kind == "function" and name not in p.nonlocals and name in p.defs and name not in p.globals_:
            p.cells.add(name)
            p.kinds[name] = CELL
            return
        p.frees.add(name)
        p = p.parent


def _fix_cells(s: Scope) -> None:
    # _capture may run before a binding scope's own names are resolved.
    for n in s.cells:
        if s.kind == "function":
            s.kinds[n] = CELL
    for c in s.children:
        _fix_cells(c)


def build_scopes(tree: ast.Module) -> dict[ast.AST, Scope]:
    """Symbol tables for every scope of `tree`, keyed by its AST node (the
    Module node for the module scope)."""
    b = _Builder()
    b.visit(tree)
    _resolve(b.scopes[tree])
    _fix_cells(b.scopes[tree])
    return b.scopes
