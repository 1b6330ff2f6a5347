# SPDX-License-Identifier: MIT
"""A reference interpreter for xenlet Code objects, written with CPython
values: the executable statement of what each opcode of vm/opcodes.def
means for the code freeze/compiler.py emits.

It is a test tool, not a product: it favours plainness over speed.
  * A frame is a Python generator (run_frame); YIELD_VALUE and YIELD_FROM
    are Python `yield`s, so a generator code object's frame *is* a CPython
    generator and gets send/throw/close and PEP 479 for free.  Frames of
    ordinary functions are driven to completion at once; an exception that
    escapes them is returned wrapped (never raised inside the generator, so
    a StopIteration escaping a plain function is not turned into
    RuntimeError).
  * Exceptions go through Code.exctable only: on an exception at word pc
    the first entry with start <= pc < end gives the handler and the depth
    the value stack is cut to before the exception is pushed.
  * The exception "being handled" (PUSH_EXC_INFO / POP_EXCEPT, bare raise,
    implicit chaining) is one VM-wide value.
  * Classes are built by a Python __build_class__ that runs the body with a
    fresh namespace and fills the returned `__class__` cell.
  * Imports of the program's own modules (next to the main script) are
    compiled with freeze.compiler on the fly; anything else is CPython's.

run_program(path, args, stdin) runs a script the way the differential tests
run it and returns (stdout, stderr, status); from the shell:
    python3 tests/compiler/refvm.py prog.py [args...]"""
from __future__ import annotations

import builtins
import collections.abc
import contextlib
import importlib
import inspect
import io
import operator
import sys
import threading
import types
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: make the `freeze` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from freeze.code import Code
from freeze.compiler import compile_module
from freeze.opcodes import (
    BINOP_BY_SYMBOL,
    CMPOP_BY_SYMBOL,
    CO_COROUTINE,
    CO_GENERATOR,
    CO_VARARGS,
    CO_VARKEYWORDS,
    OPS_BY_NUMBER,
)

_SYMBOL_FUNCS = {
    "+": (operator.add, operator.iadd), "-": (operator.sub, operator.isub),
    "*": (operator.mul, operator.imul), "/": (operator.truediv, operator.itruediv),
    "//": (operator.floordiv, operator.ifloordiv), "%": (operator.mod, operator.imod),
    "**": (operator.pow, operator.ipow), "<<": (operator.lshift, operator.ilshift),
    ">>": (operator.rshift, operator.irshift), "&": (operator.and_, operator.iand),
    "|": (operator.or_, operator.ior), "^": (operator.xor, operator.ixor),
    "@": (operator.matmul, operator.imatmul),
}
_BINOPS: list[Any] = [None] * (2 * len(BINOP_BY_SYMBOL))
for _sym, _n in BINOP_BY_SYMBOL.items():
    _BINOPS[_n] = _SYMBOL_FUNCS[_sym][0]
    _BINOPS[_n + len(BINOP_BY_SYMBOL)] = _SYMBOL_FUNCS[_sym][1]
_CMP_FUNCS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}
_CMPOPS = [None] * len(CMPOP_BY_SYMBOL)
for _sym, _n in CMPOP_BY_SYMBOL.items():
    _CMPOPS[_n] = _CMP_FUNCS[_sym]


class _Null:
    def __repr__(self) -> str:
        return "NULL"


NULL = _Null()
_FRAME_BUILTINS = (builtins.globals, builtins.locals, builtins.vars)
UNBOUND = object()


class Cell:
    __slots__ = ("contents",)

    def __init__(self, contents: Any = UNBOUND) -> None:
        self.contents = contents

    @property
    def cell_contents(self) -> Any:
        if self.contents is UNBOUND:
            raise ValueError("Cell is empty")
        return self.contents


class _Raised:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class _CodeView:
    """What `f.__code__` shows of a Code: CPython's co_* names."""

    def __init__(self, code: Code) -> None:
        self._c = code

    def __getattr__(self, name: str) -> Any:
        c = self._c
        plain = {
            "co_name": c.name, "co_qualname": c.qualname, "co_filename": c.filename,
            "co_firstlineno": c.firstlineno, "co_argcount": c.argcount,
            "co_posonlyargcount": c.posonlyargcount, "co_kwonlyargcount": c.kwonlyargcount,
            "co_flags": c.flags, "co_varnames": tuple(c.varnames), "co_nlocals": len(c.varnames),
            "co_cellvars": tuple(c.cellvars), "co_freevars": tuple(c.freevars),
            "co_names": tuple(c.names), "co_stacksize": c.stacksize,
        }
        if name in plain:
            return plain[name]
        raise AttributeError(f"'code' object has no attribute '{name}'")


_CodeView.__name__ = _CodeView.__qualname__ = "code"


class Function:
    # A function made by MAKE_FUNCTION.  Callable from CPython code too
    # (sorted(key=f), map(f, ...)), and a descriptor so it binds as a
    # method.  The internals live in slots so that functools.wraps, which
    # copies __dict__, copies only what CPython's would.
    __slots__ = ("__defaults__", "__dict__", "__kwdefaults__", "__weakref__", "_closure", "_code", "_globals", "_vm")

    def __init__(self, vm: VM, code: Code, globals_: dict, defaults: tuple | None, kwdefaults: dict | None, closure: tuple | None) -> None:
        self._vm = vm
        self._code = code
        self._globals = globals_
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self._closure = closure
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__doc__ = code.docstring
        self.__module__ = globals_.get("__name__")
        self.__annotations__: dict = {}  # annotations are never evaluated

    @property
    def __code__(self) -> _CodeView:
        return _CodeView(self._code)

    @property
    def __globals__(self) -> dict:
        return self._globals

    @property
    def __closure__(self) -> tuple | None:
        return self._closure

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._vm.call(self, args, kwargs)

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self) -> str:
        return f"<function {self.__qualname__} at {id(self):#x}>"


Function.__name__ = Function.__qualname__ = "function"
Function.__module__ = "builtins"


class Coroutine(collections.abc.Coroutine):
    """A coroutine object: a frame generator that is awaited, not iterated.
    Adds CPython's coroutine checks to the generator's own."""

    def __init__(self, gen: Any, qualname: str) -> None:
        self._gen = gen
        self.__qualname__ = qualname
        self.__name__ = qualname.rpartition(".")[2]

    def _check(self, value: Any = None) -> None:
        state = inspect.getgeneratorstate(self._gen)
        if state == inspect.GEN_CLOSED:
            raise RuntimeError("cannot reuse already awaited coroutine")
        if state == inspect.GEN_CREATED and value is not None:
            raise TypeError("can't send non-None value to a just-started coroutine")

    def send(self, value: Any) -> Any:
        self._check(value)
        return self._gen.send(value)

    def throw(self, *args: Any) -> Any:
        if inspect.getgeneratorstate(self._gen) == inspect.GEN_CLOSED:
            raise RuntimeError("cannot reuse already awaited coroutine")
        return self._gen.throw(*args)

    def close(self) -> None:
        self._gen.close()

    def __await__(self) -> Any:
        return _Awaiting(self)

    def __repr__(self) -> str:
        return f"<coroutine object {self.__qualname__} at {id(self):#x}>"


Coroutine.__name__ = Coroutine.__qualname__ = "coroutine"
Coroutine.__module__ = "builtins"


class _Awaiting:
    """The iterator `await coro` drives (CPython's coroutine_wrapper)."""

    def __init__(self, coro: Coroutine) -> None:
        self._coro = coro

    def __iter__(self) -> Any:
        return self

    def __next__(self) -> Any:
        return self._coro.send(None)

    def send(self, value: Any) -> Any:
        return self._coro.send(value)

    def throw(self, *args: Any) -> Any:
        return self._coro.throw(*args)

    def close(self) -> None:
        self._coro.close()


def _plural_list(names: list[str]) -> str:
    q = [f"'{n}'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return f"{q[0]} and {q[1]}"
    return ", ".join(q[:-1]) + f", and {q[-1]}"


# match statements: CPython's own type flags decide what a sequence or
# mapping pattern accepts (Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING)
_TPFLAGS_SEQUENCE = 1 << 5
_TPFLAGS_MAPPING = 1 << 6
_MATCH_SELF = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _match_keys(subject: Any, keys: tuple) -> tuple | None:
    missing = object()
    seen: set = set()
    out = []
    for k in keys:
        if k in seen:
            raise ValueError(f"mapping pattern checks duplicate key ({k!r})")
        seen.add(k)
        v = subject.get(k, missing)
        if v is missing:
            return None
        out.append(v)
    return tuple(out)


def _match_class(subject: Any, cls: Any, kwnames: tuple, nargs: int) -> tuple | None:
    """CPython 3.11's match_class (Python/ceval.c)."""
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subject, cls):
        return None
    seen: list[str] = []
    out: list[Any] = []

    def attr(name: str) -> Any:
        if name in seen:
            raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute {name!r}")
        seen.append(name)
        return getattr(subject, name, missing)

    missing = object()
    if nargs:
        try:
            match_args = cls.__match_args__
            self_ = False
        except AttributeError:
            match_args = ()
            self_ = issubclass(cls, _MATCH_SELF)
        if type(match_args) is not tuple:
            raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple (got {type(match_args).__name__})")
        allowed = 1 if self_ else len(match_args)
        if allowed < nargs:
            s = "" if allowed == 1 else "s"
            raise TypeError(f"{cls.__name__}() accepts {allowed} positional sub-pattern{s} ({nargs} given)")
        if self_:
            out.append(subject)
        else:
            for name in match_args[:nargs]:
                if type(name) is not str:
                    raise TypeError(f"__match_args__ elements must be strings (got {type(name).__name__})")
                v = attr(name)
                if v is missing:
                    return None
                out.append(v)
    for name in kwnames:
        v = attr(name)
        if v is missing:
            return None
        out.append(v)
    return tuple(out)


def _decode(code: Code) -> list[Any]:
    """Per word index: (opname, arg) for instruction words, None for caches."""
    out: list[Any] = [None] * len(code.code)
    pc = 0
    while pc < len(code.code):
        w = code.code[pc]
        info = OPS_BY_NUMBER[w & 0xFF]
        out[pc] = (info.name, w >> 8, pc + (2 if info.has_cache else 1))
        pc += 2 if info.has_cache else 1
    return out


class VM:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules: dict[str, Any] = {}
        self.handled: BaseException | None = None
        self.decoded: dict[int, list[Any]] = {}
        self.keep: list[Code] = []
        self.published: dict[str, Any] = {}
        self.builtins = dict(vars(builtins))
        self.builtins["__build_class__"] = self.build_class

    # -------------------------------------------------------------- calling
    def bind(self, func: Function, args: tuple, kwargs: dict) -> list[Any]:
        code = func._code
        name = code.qualname
        n, nk = code.argcount, code.kwonlyargcount
        fast: list[Any] = [UNBOUND] * len(code.varnames)
        if len(args) > n and not code.flags & CO_VARARGS:
            given = len(args)
            takes = f"{n} positional argument{'s' if n != 1 else ''}"
            ndef = len(func.__defaults__ or ())
            if ndef:
                takes = f"from {n - ndef} to {n} positional arguments"
            raise TypeError(f"{name}() takes {takes} but {given} {'was' if given == 1 else 'were'} given")
        fast[: min(n, len(args))] = args[:n]
        slot = n + nk
        if code.flags & CO_VARARGS:
            fast[slot] = tuple(args[n:])
            slot += 1
        kwdict: dict | None = None
        if code.flags & CO_VARKEYWORDS:
            kwdict = {}
            fast[slot] = kwdict
        names = code.varnames
        for k, v in kwargs.items():
            try:
                i = names.index(k, code.posonlyargcount, n + nk)
            except ValueError:
                i = -1
            if i < 0:
                if kwdict is None:
                    if k in names[: code.posonlyargcount]:
                        raise TypeError(f"{name}() got some positional-only arguments passed as keyword arguments: '{k}'")
                    raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
                kwdict[k] = v
                continue
            if fast[i] is not UNBOUND:
                raise TypeError(f"{name}() got multiple values for argument '{k}'")
            fast[i] = v
        defaults = func.__defaults__ or ()
        first_def = n - len(defaults)
        missing = []
        for i in range(n):
            if fast[i] is UNBOUND:
                if i >= first_def:
                    fast[i] = defaults[i - first_def]
                else:
                    missing.append(names[i])
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"{name}() missing {len(missing)} required positional argument{s}: {_plural_list(missing)}")
        kwd = func.__kwdefaults__ or {}
        for i in range(n, n + nk):
            if fast[i] is UNBOUND:
                if names[i] in kwd:
                    fast[i] = kwd[names[i]]
                else:
                    missing.append(names[i])
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"{name}() missing {len(missing)} required keyword-only argument{s}: {_plural_list(missing)}")
        return fast

    def make_cells(self, code: Code, fast: list[Any], closure: tuple | None) -> list[Cell]:
        cells = [Cell() for _ in code.cellvars]
        for i, a in enumerate(code.cell2arg):
            if a >= 0:
                cells[i].contents = fast[a]
        return cells + list(closure or ())

    def call(self, func: Function, args: tuple, kwargs: dict) -> Any:
        code = func._code
        fast = self.bind(func, args, kwargs)
        cells = self.make_cells(code, fast, func._closure)
        gen = self.run_frame(code, func._globals, None, fast, cells)
        if code.flags & CO_GENERATOR:
            return gen
        if code.flags & CO_COROUTINE:
            return Coroutine(gen, code.qualname)
        return self.drive(gen)

    @staticmethod
    def drive(gen: Any) -> Any:
        try:
            gen.send(None)
        except StopIteration as e:
            r = e.value
        else:
            raise SystemError("a plain frame yielded")
        if isinstance(r, _Raised):
            raise r.exc
        return r

    def build_class(self, func: Function, name: str, *bases: Any, **kw: Any) -> Any:
        orig_bases = bases
        bases = types.resolve_bases(bases)
        meta = kw.pop("metaclass", None)
        if meta is None:
            meta = type(bases[0]) if bases else type
        if isinstance(meta, type):
            for b in bases:
                bm = type(b)
                if issubclass(meta, bm):
                    continue
                if issubclass(bm, meta):
                    meta = bm
                    continue
                raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        prepare = getattr(meta, "__prepare__", None)
        ns = prepare(name, bases, **kw) if prepare is not None else {}
        code = func._code
        cells = self.make_cells(code, [], func._closure)
        cell = self.drive(self.run_frame(code, func._globals, ns, [], cells))
        if bases is not orig_bases and bases != orig_bases:
            ns["__orig_bases__"] = orig_bases
        # type.__new__ makes these implicit static/class methods when they
        # are plain functions; refvm's functions are not CPython functions.
        for special, wrap in (("__new__", staticmethod), ("__init_subclass__", classmethod), ("__class_getitem__", classmethod)):
            if isinstance(ns.get(special), Function):
                ns[special] = wrap(ns[special])
        cls = meta(name, bases, ns, **kw)
        if isinstance(cell, Cell):
            cell.contents = cls
        return cls

    # -------------------------------------------------------------- imports
    def import_name(self, name: str, fromlist: Any, level: int, globals_: dict) -> Any:
        if level > 0:
            pkg = globals_.get("__package__")
            if pkg is None:
                pkg = globals_["__name__"] if "__path__" in globals_ else globals_["__name__"].rpartition(".")[0]
            bits = pkg.rsplit(".", level - 1)
            if len(bits) < level or not pkg:
                raise ImportError("attempted relative import beyond top-level package")
            base = bits[0]
            fullname = f"{base}.{name}" if name else base
        else:
            fullname = name
        mod = self.load(fullname)
        if not fromlist:
            return self.modules[fullname.partition(".")[0]] if level == 0 else mod
        if hasattr(mod, "__path__"):
            for x in fromlist:
                if x != "*" and not hasattr(mod, x):
                    try:
                        self.load(f"{fullname}.{x}")
                    except ModuleNotFoundError:
                        pass
        return mod

    def _find_own(self, fullname: str) -> tuple[Path, bool] | None:
        parent, _, child = fullname.rpartition(".")
        if parent:
            pmod = self.modules.get(parent)
            paths = [Path(p) for p in getattr(pmod, "__path__", [])] if getattr(pmod, "__own__", False) else []
        else:
            paths = [self.root]
        for d in paths:
            if (d / child / "__init__.py").is_file():
                return d / child / "__init__.py", True
            if (d / f"{child}.py").is_file():
                return d / f"{child}.py", False
        return None

    def load(self, fullname: str) -> Any:
        if fullname in self.modules:
            return self.modules[fullname]
        parent = fullname.rpartition(".")[0]
        if parent:
            self.load(parent)
        found = self._find_own(fullname)
        if found is None:
            mod = importlib.import_module(fullname)
            self.modules[fullname] = mod
            return mod
        path, is_pkg = found
        mod = types.ModuleType(fullname)
        mod.__file__ = str(path)
        self.publish(fullname, mod)
        mod.__own__ = True  # type: ignore[attr-defined]
        if is_pkg:
            mod.__path__ = [str(path.parent)]  # type: ignore[attr-defined]
            mod.__package__ = fullname
        else:
            mod.__package__ = parent
        self.modules[fullname] = mod
        try:
            self.exec_module(path, mod)
        except BaseException:
            del self.modules[fullname]
            sys.modules.pop(fullname, None)
            raise
        if parent:
            setattr(self.modules[parent], fullname.rpartition(".")[2], mod)
        return mod

    def publish(self, name: str, mod: Any) -> None:
        """Put one of the program's modules in sys.modules for the run (library
        code such as dataclasses looks there); unpublish() undoes it."""
        self.published.setdefault(name, sys.modules.get(name))
        sys.modules[name] = mod

    def unpublish(self) -> None:
        for name, old in self.published.items():
            if old is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = old
        self.published.clear()

    def exec_module(self, path: Path, mod: Any) -> None:
        code = compile_module(path.read_text(encoding="utf-8"), path.name, mod.__name__)
        self.keep.append(code)
        self.drive(self.run_frame(code, mod.__dict__, None, [], []))

    # ------------------------------------------------------------ the loop
    def get_awaitable(self, o: Any) -> Any:
        if isinstance(o, Coroutine):
            return _Awaiting(o)
        if isinstance(o, types.CoroutineType):
            return o.__await__()
        m = getattr(type(o), "__await__", None)
        if m is None:
            raise TypeError(f"object {type(o).__name__} can't be used in 'await' expression")
        return m(o)

    def run_frame(self, code: Code, g: dict, loc: dict | None, fast: list[Any], cells: list[Cell]) -> Any:
        dec = self.decoded.get(id(code))
        if dec is None:
            dec = self.decoded[id(code)] = _decode(code)
            self.keep.append(code)
        consts, names = code.consts, code.names
        b = self.builtins
        derefnames = code.cellvars + code.freevars
        stack: list[Any] = []
        push, pop = stack.append, stack.pop
        is_gen = bool(code.flags & (CO_GENERATOR | CO_COROUTINE))
        pc = 0
        # A generator suspended inside an except clause or finally keeps its
        # handled exception to itself: while it is suspended the caller's
        # (`outer`, as of the last resumption) is current, as in CPython.
        nexc = 0  # PUSH_EXC_INFO not yet matched by POP_EXCEPT in this frame
        outer = self.handled

        def popn(n: int) -> list[Any]:
            if n == 0:
                return []
            items = stack[-n:]
            del stack[-n:]
            return items

        while True:
            try:
                while True:
                    op, arg, npc = dec[pc]
                    if op == "LOAD_FAST":
                        v = fast[arg]
                        if v is UNBOUND:
                            raise UnboundLocalError(f"cannot access local variable '{code.varnames[arg]}' where it is not associated with a value")
                        push(v)
                    elif op == "LOAD_CONST":
                        push(consts[arg])
                    elif op == "STORE_FAST":
                        fast[arg] = pop()
                    elif op == "LOAD_GLOBAL":
                        n = names[arg]
                        if n in g:
                            push(g[n])
                        elif n in b:
                            push(b[n])
                        else:
                            raise NameError(f"name '{n}' is not defined", name=n)
                    elif op == "LOAD_ATTR":
                        push(getattr(pop(), names[arg]))
                    elif op == "LOAD_METHOD":
                        push(getattr(pop(), names[arg]))
                        push(NULL)
                    elif op == "PUSH_NULL":
                        push(NULL)
                    elif op in ("CALL", "CALL_KW"):
                        kwnames = pop() if op == "CALL_KW" else ()
                        args = popn(arg)
                        self_ = pop()
                        f = pop()
                        if self_ is not NULL:
                            args.insert(0, self_)
                        if not args and not kwnames and f in _FRAME_BUILTINS:
                            # globals(), locals(), vars() read the calling frame
                            if f is builtins.globals:
                                push(g)
                            elif loc is not None or code.name == "<module>":
                                push(g if loc is None else loc)
                            else:
                                d = {n: v for n, v in zip(code.varnames, fast) if v is not UNBOUND}
                                for n, c in zip(derefnames, cells):
                                    if c.contents is not UNBOUND:
                                        d[n] = c.contents
                                push(d)
                        elif kwnames:
                            k = len(kwnames)
                            kw = dict(zip(kwnames, args[-k:]))
                            del args[-k:]
                            push(f(*args, **kw))
                        else:
                            push(f(*args))
                    elif op == "CALL_EX":
                        kw = pop() if arg & 1 else {}
                        args = pop()
                        self_ = pop()
                        f = pop()
                        if self_ is not NULL:
                            args = (self_, *args)
                        push(f(*args, **kw))
                    elif op == "POP_TOP":
                        pop()
                    elif op == "RETURN_VALUE":
                        return pop()
                    elif op == "BINARY_OP":
                        r = pop()
                        stack[-1] = _BINOPS[arg](stack[-1], r)
                    elif op == "COMPARE_OP":
                        r = pop()
                        stack[-1] = _CMPOPS[arg](stack[-1], r)
                    elif op == "JUMP":
                        npc = arg
                    elif op == "POP_JUMP_IF_FALSE":
                        if not pop():
                            npc = arg
                    elif op == "POP_JUMP_IF_TRUE":
                        if pop():
                            npc = arg
                    elif op == "POP_JUMP_IF_NONE":
                        if pop() is None:
                            npc = arg
                    elif op == "POP_JUMP_IF_NOT_NONE":
                        if pop() is not None:
                            npc = arg
                    elif op == "JUMP_IF_FALSE_OR_POP":
                        if not stack[-1]:
                            npc = arg
                        else:
                            pop()
                    elif op == "JUMP_IF_TRUE_OR_POP":
                        if stack[-1]:
                            npc = arg
                        else:
                            pop()
                    elif op == "GET_ITER":
                        stack[-1] = iter(stack[-1])
                    elif op == "FOR_ITER":
                        try:
                            push(next(stack[-1]))
                        except StopIteration:
                            pop()
                            npc = arg
                    elif op == "STORE_GLOBAL":
                        g[names[arg]] = pop()
                    elif op == "STORE_ATTR":
                        o = pop()
                        setattr(o, names[arg], pop())
                    elif op == "BINARY_SUBSCR":
                        k = pop()
                        stack[-1] = stack[-1][k]
                    elif op == "STORE_SUBSCR":
                        k = pop()
                        o = pop()
                        o[k] = pop()
                    elif op == "COPY":
                        push(stack[-arg])
                    elif op == "SWAP":
                        stack[-1], stack[-arg] = stack[-arg], stack[-1]
                    elif op == "NOP":
                        pass
                    elif op == "LOAD_DEREF":
                        v = cells[arg].contents
                        if v is UNBOUND:
                            self._unbound_deref(code, arg)
                        push(v)
                    elif op == "STORE_DEREF":
                        cells[arg].contents = pop()
                    elif op == "DELETE_DEREF":
                        if cells[arg].contents is UNBOUND:
                            self._unbound_deref(code, arg)
                        cells[arg].contents = UNBOUND
                    elif op == "LOAD_CLOSURE":
                        push(cells[arg])
                    elif op == "LOAD_CLASSDEREF":
                        n = derefnames[arg]
                        assert loc is not None
                        if n in loc:
                            push(loc[n])
                        else:
                            v = cells[arg].contents
                            if v is UNBOUND:
                                self._unbound_deref(code, arg)
                            push(v)
                    elif op == "DELETE_FAST":
                        if fast[arg] is UNBOUND:
                            raise UnboundLocalError(f"cannot access local variable '{code.varnames[arg]}' where it is not associated with a value")
                        fast[arg] = UNBOUND
                    elif op == "DELETE_GLOBAL":
                        n = names[arg]
                        if n not in g:
                            raise NameError(f"name '{n}' is not defined", name=n)
                        del g[n]
                    elif op == "LOAD_NAME":
                        n = names[arg]
                        ns = g if loc is None else loc
                        if n in ns:
                            push(ns[n])
                        elif n in g:
                            push(g[n])
                        elif n in b:
                            push(b[n])
                        else:
                            raise NameError(f"name '{n}' is not defined", name=n)
                    elif op == "STORE_NAME":
                        (g if loc is None else loc)[names[arg]] = pop()
                    elif op == "DELETE_NAME":
                        n = names[arg]
                        ns = g if loc is None else loc
                        try:
                            del ns[n]
                        except KeyError:
                            raise NameError(f"name '{n}' is not defined", name=n) from None
                    elif op == "DELETE_ATTR":
                        delattr(pop(), names[arg])
                    elif op == "DELETE_SUBSCR":
                        k = pop()
                        del pop()[k]
                    elif op == "UNARY_POSITIVE":
                        stack[-1] = +stack[-1]
                    elif op == "UNARY_NEGATIVE":
                        stack[-1] = -stack[-1]
                    elif op == "UNARY_INVERT":
                        stack[-1] = ~stack[-1]
                    elif op == "UNARY_NOT":
                        stack[-1] = not stack[-1]
                    elif op == "IS_OP":
                        r = pop()
                        stack[-1] = (stack[-1] is r) != bool(arg)
                    elif op == "CONTAINS_OP":
                        r = pop()
                        stack[-1] = (stack[-1] in r) != bool(arg)
                    elif op == "BUILD_TUPLE":
                        push(tuple(popn(arg)))
                    elif op == "BUILD_LIST":
                        push(popn(arg))
                    elif op == "BUILD_SET":
                        items = popn(arg)
                        push(set(items))
                    elif op == "BUILD_MAP":
                        items = popn(2 * arg)
                        push({items[i]: items[i + 1] for i in range(0, len(items), 2)})
                    elif op == "BUILD_CONST_KEY_MAP":
                        keys = pop()
                        push(dict(zip(keys, popn(arg))))
                    elif op == "BUILD_STRING":
                        push("".join(popn(arg)))
                    elif op == "BUILD_SLICE":
                        push(slice(*popn(arg)))
                    elif op == "LIST_APPEND":
                        v = pop()
                        stack[-arg].append(v)
                    elif op == "SET_ADD":
                        v = pop()
                        stack[-arg].add(v)
                    elif op == "MAP_ADD":
                        v = pop()
                        k = pop()
                        stack[-arg][k] = v
                    elif op == "LIST_EXTEND":
                        v = pop()
                        stack[-(arg & 0x7FFFFF)].extend(v)  # bit 23 only selects an error message
                    elif op == "SET_UPDATE":
                        v = pop()
                        stack[-arg].update(v)
                    elif op == "DICT_UPDATE":
                        v = pop()
                        if not hasattr(v, "keys"):
                            raise TypeError(f"'{type(v).__name__}' object is not a mapping")
                        stack[-arg].update(v)
                    elif op == "DICT_MERGE":
                        v = pop()
                        d = stack[-arg]
                        fobj = stack[-arg - 3]
                        fname = getattr(fobj, "__qualname__", "function")
                        fmod = getattr(fobj, "__module__", None)
                        if isinstance(fmod, str) and fmod != "builtins":
                            fname = f"{fmod}.{fname}"
                        if not hasattr(v, "keys"):
                            raise TypeError(f"{fname}() argument after ** must be a mapping, not {type(v).__name__}")
                        for k in v:
                            if not isinstance(k, str):
                                raise TypeError("keywords must be strings")
                            if k in d:
                                raise TypeError(f"{fname}() got multiple values for keyword argument '{k}'")
                            d[k] = v[k]
                    elif op == "LIST_TO_TUPLE":
                        stack[-1] = tuple(stack[-1])
                    elif op == "FORMAT_VALUE":
                        spec = pop() if arg & 4 else ""
                        v = pop()
                        conv = arg & 3
                        if conv == 1:
                            v = str(v)
                        elif conv == 2:
                            v = repr(v)
                        elif conv == 3:
                            v = ascii(v)
                        push(format(v, spec))
                    elif op == "UNPACK_SEQUENCE":
                        seq = pop()
                        if not hasattr(seq, "__iter__") and not hasattr(seq, "__getitem__"):
                            raise TypeError(f"cannot unpack non-iterable {type(seq).__name__} object")
                        if isinstance(seq, (tuple, list)):
                            items = list(seq)
                            if len(items) < arg:
                                raise ValueError(f"not enough values to unpack (expected {arg}, got {len(items)})")
                            if len(items) > arg:
                                raise ValueError(f"too many values to unpack (expected {arg})")
                        else:
                            it = iter(seq)
                            items = []
                            for _ in range(arg):
                                try:
                                    items.append(next(it))
                                except StopIteration:
                                    raise ValueError(f"not enough values to unpack (expected {arg}, got {len(items)})") from None
                            try:
                                next(it)
                            except StopIteration:
                                pass
                            else:
                                raise ValueError(f"too many values to unpack (expected {arg})")
                        stack.extend(reversed(items))
                    elif op == "UNPACK_EX":
                        before, after = arg & 0xFF, arg >> 8
                        items = list(pop())
                        if len(items) < before + after:
                            raise ValueError(f"not enough values to unpack (expected at least {before + after}, got {len(items)})")
                        mid = items[before: len(items) - after]
                        stack.extend(reversed(items[:before] + [mid] + items[len(items) - after:]))
                    elif op == "MAKE_FUNCTION":
                        c = pop()
                        closure = pop() if arg & 4 else None
                        kwd = pop() if arg & 2 else None
                        defaults = pop() if arg & 1 else None
                        push(Function(self, c, g, defaults, kwd, closure))
                    elif op == "LOAD_BUILD_CLASS":
                        push(b["__build_class__"])
                    elif op == "IMPORT_NAME":
                        fromlist = pop()
                        level = pop()
                        push(self.import_name(names[arg], fromlist, level, g))
                    elif op == "IMPORT_FROM":
                        m = stack[-1]
                        n = names[arg]
                        try:
                            push(getattr(m, n))
                        except AttributeError:
                            mname = getattr(m, "__name__", "?")
                            try:
                                push(self.load(f"{mname}.{n}"))
                            except ModuleNotFoundError:
                                where = getattr(m, "__file__", None) or "unknown location"
                                raise ImportError(f"cannot import name '{n}' from '{mname}' ({where})") from None
                    elif op == "IMPORT_STAR":
                        m = pop()
                        public = getattr(m, "__all__", None)
                        if public is None:
                            public = [k for k in vars(m) if not k.startswith("_")]
                        for k in public:
                            g[k] = getattr(m, k)
                    elif op == "SETUP_ANNOTATIONS":
                        ns = g if loc is None else loc
                        if "__annotations__" not in ns:
                            ns["__annotations__"] = {}
                    elif op == "RAISE_VARARGS":
                        if arg == 0:
                            if self.handled is None:
                                raise RuntimeError("No active exception to reraise")
                            raise self.handled
                        if arg == 2:
                            cause = pop()
                            exc = pop()
                            raise exc from cause
                        raise pop()
                    elif op == "RERAISE":
                        raise pop()
                    elif op == "PUSH_EXC_INFO":
                        nexc += 1
                        exc = pop()
                        push(self.handled)
                        push(exc)
                        self.handled = exc
                    elif op == "POP_EXCEPT":
                        nexc -= 1
                        self.handled = pop()
                    elif op == "CHECK_EXC_MATCH":
                        t = pop()
                        ts = t if isinstance(t, tuple) else (t,)
                        for x in ts:
                            if not (isinstance(x, type) and issubclass(x, BaseException)):
                                raise TypeError("catching classes that do not inherit from BaseException is not allowed")
                        push(isinstance(stack[-1], t))
                    elif op == "LOAD_ASSERTION_ERROR":
                        push(AssertionError)
                    elif op == "BEFORE_WITH":
                        mgr = pop()
                        t = type(mgr)
                        enter = getattr(t, "__enter__", None)
                        exit_ = getattr(t, "__exit__", None)
                        if enter is None or exit_ is None:
                            raise TypeError(f"'{t.__name__}' object does not support the context manager protocol")
                        push(exit_.__get__(mgr, t))
                        push(enter.__get__(mgr, t)())
                    elif op == "WITH_EXCEPT_START":
                        exc = stack[-1]
                        push(stack[-3](type(exc), exc, exc.__traceback__))
                    elif op == "BEFORE_ASYNC_WITH":
                        mgr = pop()
                        t = type(mgr)
                        enter = getattr(t, "__aenter__", None)
                        exit_ = getattr(t, "__aexit__", None)
                        if enter is None or exit_ is None:
                            raise TypeError(f"'{t.__name__}' object does not support the asynchronous context manager protocol")
                        push(exit_.__get__(mgr, t))
                        push(enter.__get__(mgr, t)())
                    elif op == "YIELD_VALUE":
                        v = pop()
                        mine = self.handled
                        if nexc:
                            self.handled = outer
                        try:
                            sent = yield v
                        finally:
                            outer = self.handled
                            if nexc:
                                self.handled = mine
                        push(sent)
                    elif op == "YIELD_FROM":
                        pop()  # always None in compiled code: the first send is next()
                        it = pop()
                        mine = self.handled
                        if nexc:
                            self.handled = outer
                        try:
                            r = yield from it
                        finally:
                            outer = self.handled
                            if nexc:
                                self.handled = mine
                        push(r)
                    elif op == "GET_YIELD_FROM_ITER":
                        o = stack[-1]
                        if not isinstance(o, types.GeneratorType):
                            stack[-1] = iter(o)
                    elif op == "GET_AWAITABLE":
                        stack[-1] = self.get_awaitable(stack[-1])
                    elif op == "GET_AITER":
                        o = stack[-1]
                        m = getattr(type(o), "__aiter__", None)
                        if m is None:
                            raise TypeError(f"'async for' requires an object with __aiter__ method, got {type(o).__name__}")
                        stack[-1] = m(o)
                    elif op == "GET_ANEXT":
                        ait = stack[-1]
                        push(self.get_awaitable(type(ait).__anext__(ait)))
                    elif op == "END_ASYNC_FOR":
                        exc = pop()
                        pop()
                        if not isinstance(exc, StopAsyncIteration):
                            raise exc
                    elif op == "GET_LEN":
                        push(len(stack[-1]))
                    elif op == "MATCH_SEQUENCE":
                        push(bool(type(stack[-1]).__flags__ & _TPFLAGS_SEQUENCE))
                    elif op == "MATCH_MAPPING":
                        push(bool(type(stack[-1]).__flags__ & _TPFLAGS_MAPPING))
                    elif op == "MATCH_KEYS":
                        push(_match_keys(stack[-2], stack[-1]))
                    elif op == "MATCH_CLASS":
                        kw = pop()
                        cls = pop()
                        stack[-1] = _match_class(stack[-1], cls, kw, arg)
                    else:
                        raise SystemError(f"refvm: unknown opcode {op}")
                    pc = npc
            except BaseException as e:
                if isinstance(e, NameError) and not hasattr(e, "_refvm_names"):
                    # what CPython's "Did you mean" looks through (the frame's names)
                    local_names = list(g if loc is None and code.name == "<module>" else (loc or [*code.varnames, *derefnames]))
                    e._refvm_names = (local_names, list(g), list(b))  # type: ignore[attr-defined]
                if self.handled is not None and e is not self.handled and e.__context__ is None:
                    e.__context__ = self.handled
                for ent in code.exctable:
                    if ent.start <= pc < ent.end:
                        del stack[ent.depth:]
                        push(e)
                        pc = ent.handler
                        break
                else:
                    if is_gen:
                        raise
                    return _Raised(e)

    def _unbound_deref(self, code: Code, arg: int) -> None:
        if arg < len(code.cellvars):
            n = code.cellvars[arg]
            raise UnboundLocalError(f"cannot access local variable '{n}' where it is not associated with a value")
        n = code.freevars[arg - len(code.cellvars)]
        raise NameError(f"cannot access free variable '{n}' where it is not associated with a value in enclosing scope")


def _distance(a: str, b: str) -> int:
    """Edit distance with CPython's suggestion costs: 2 per insertion,
    deletion or substitution, 1 for a change of case only."""
    prev = list(range(0, 2 * (len(b) + 1), 2))
    for i, ca in enumerate(a, 1):
        cur = [2 * i]
        for j, cb in enumerate(b, 1):
            sub = 0 if ca == cb else (1 if ca.lower() == cb.lower() else 2)
            cur.append(min(prev[j] + 2, cur[j - 1] + 2, prev[j - 1] + sub))
        prev = cur
    return prev[-1]


def _suggest(name: str, candidates: list[str]) -> str | None:
    """The closest candidate within CPython's distance limit, if any."""
    if len(candidates) > 750 or len(name) > 40:
        return None
    best, best_d = None, 0
    for c in candidates:
        if c == name or len(c) > 40:
            continue
        limit = (len(name) + len(c) + 3) * 2 // 6
        if best is not None:
            limit = min(limit, best_d - 1)
        d = _distance(name, c)
        if d <= limit:
            best, best_d = c, d
    return best


def run_program(path: Path, args: list[str] | None = None, stdin: str = "") -> tuple[str, str, int]:
    """Run the script at `path` as __main__ under refvm; returns (stdout,
    stderr, exit status) the way a process would report them."""
    out, err = io.StringIO(), io.StringIO()
    result: list[int] = [0]

    def body() -> None:
        vm = VM(path.parent)
        saved = sys.stdout, sys.stderr, sys.stdin, sys.argv, sys.getrecursionlimit()
        sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO(stdin)
        sys.argv = [path.name, *(args or [])]
        sys.setrecursionlimit(12000)
        try:
            mod = types.ModuleType("__main__")
            mod.__file__ = str(path)
            vm.modules["__main__"] = mod
            vm.publish("__main__", mod)
            vm.exec_module(path, mod)
        except SystemExit as e:
            code = e.code
            if code is None:
                result[0] = 0
            elif isinstance(code, int):
                result[0] = code
            else:
                print(code, file=err)
                result[0] = 1
        except BaseException as e:  # noqa: BLE001
            import traceback

            result[0] = 1
            err.write("Traceback (most recent call last):\n")
            lines = traceback.format_exception_only(type(e), e)
            if isinstance(e, RecursionError):
                # refvm's recursion (Python frames per VM call) stands in for
                # the VM's own depth limit; CPython words it like this
                lines = ["RecursionError: maximum recursion depth exceeded\n"]
            scopes = getattr(e, "_refvm_names", None)
            if isinstance(e, NameError) and scopes is not None and getattr(e, "name", None):
                # CPython's "Did you mean": locals, then globals, then builtins
                for names in scopes:
                    hint = _suggest(e.name, names)
                    if hint:
                        lines[-1] = lines[-1].rstrip("\n") + f". Did you mean: '{hint}'?\n"
                        break
            err.write("".join(lines))
            result[0] = 1
        finally:
            vm.unpublish()
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            sys.stdout, sys.stderr, sys.stdin, sys.argv = saved[:4]
            sys.setrecursionlimit(saved[4])

    old = threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=body)
        t.start()
        t.join()
    finally:
        threading.stack_size(old)
    return out.getvalue(), err.getvalue(), result[0]


if __name__ == "__main__":
    o, e, s = run_program(Path(sys.argv[1]).resolve(), sys.argv[2:], "" if sys.stdin.isatty() else sys.stdin.read())
    sys.stdout.write(o)
    sys.stderr.write(e)
    sys.exit(s)
