# SPDX-License-Identifier: MIT
"""Unit tests of freeze.compiler: scopes, closures, code layout (jump
targets, caches, line table, stack size, exception table) and the exact
text of every freeze-time error.  Expected values are worked out by hand
from the opcode meanings in vm/opcodes.def and CPython's rules, not taken
from the compiler's output."""
from __future__ import annotations

import ast
import itertools
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import freeze.compiler as compiler_mod
from freeze.code import Code, ExcEntry
from freeze.compiler import compile_module
from freeze.dis import disassemble
from freeze.errors import FreezeError, UnsupportedError
from freeze.opcodes import (
    CO_ASYNC_GENERATOR,
    CO_COROUTINE,
    CO_GENERATOR,
    CO_VARARGS,
    CO_VARKEYWORDS,
    OPS,
    OPS_BY_NUMBER,
)
from freeze.scope import (
    CELL,
    FREE,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    LOCAL,
    build_scopes,
    mangle,
)


def comp(src: str) -> Code:
    return compile_module(textwrap.dedent(src), "t.py", "t")


def find(code: Code, qualname: str) -> Code:
    if code.qualname == qualname:
        return code
    for c in code.consts:
        if isinstance(c, Code):
            try:
                return find(c, qualname)
            except KeyError:
                pass
    raise KeyError(qualname)


def instrs(code: Code) -> list[tuple[int, str, int]]:
    """(word offset, opcode name, arg) for every instruction."""
    out = []
    pc = 0
    while pc < len(code.code):
        w = code.code[pc]
        info = OPS_BY_NUMBER[w & 0xFF]
        out.append((pc, info.name, w >> 8))
        pc += 2 if info.has_cache else 1
    return out


def ops(code: Code) -> list[str]:
    return [op for _, op, _ in instrs(code)]


def line_at(code: Code, pc: int) -> int:
    line = -1
    for start, ln in code.linetable:
        if start <= pc:
            line = ln
    return line


# ------------------------------------------------------------------- scopes
SCOPES_SRC = textwrap.dedent(
    """
    x = 1
    def f(a, b):
        global x
        c = a
        def g():
            nonlocal c
            c = b
            return d
        return g
    class C:
        y = 1
        def m(self):
            return super().m(), y, __class__
        z = [y for _ in range(3)]
    def h():
        [w := i for i in range(3)]
        return w
    class __P:
        __q = 1
        def __r(self, __s):
            return __s
    """
)


def _scopes() -> dict[str, object]:
    tree = ast.parse(SCOPES_SRC)
    scopes = build_scopes(tree)
    by_name: dict[str, object] = {}
    for s in scopes.values():
        key = s.name
        if s.name == "<listcomp>":
            key = f"<listcomp in {s.parent.name}>"  # type: ignore[union-attr]
        by_name[key] = s
    return by_name


def test_function_scopes() -> None:
    s = _scopes()
    f, g = s["f"], s["g"]
    assert f.kind_of("a") == LOCAL  # type: ignore[attr-defined]
    assert f.kind_of("b") == CELL  # type: ignore[attr-defined]
    assert f.kind_of("c") == CELL  # type: ignore[attr-defined]
    assert f.kind_of("x") == GLOBAL_EXPLICIT  # type: ignore[attr-defined]
    assert g.kind_of("c") == FREE  # type: ignore[attr-defined]
    assert g.kind_of("b") == FREE  # type: ignore[attr-defined]
    assert g.kind_of("d") == GLOBAL_IMPLICIT  # type: ignore[attr-defined]


def test_class_scopes() -> None:
    s = _scopes()
    c, m = s["C"], s["m"]
    assert c.kind_of("y") == LOCAL  # type: ignore[attr-defined]
    assert c.cells == {"__class__"}  # type: ignore[attr-defined]
    assert m.frees == {"__class__"}  # type: ignore[attr-defined]
    assert m.kind_of("__class__") == FREE  # type: ignore[attr-defined]
    # class bodies are invisible to nested scopes
    assert m.kind_of("y") == GLOBAL_IMPLICIT  # type: ignore[attr-defined]
    assert s["<listcomp in C>"].kind_of("y") == GLOBAL_IMPLICIT  # type: ignore[attr-defined]


def test_walrus_in_comprehension_binds_in_function() -> None:
    s = _scopes()
    h, lc = s["h"], s["<listcomp in h>"]
    assert h.kind_of("w") == CELL  # type: ignore[attr-defined]
    assert lc.kind_of("w") == FREE  # type: ignore[attr-defined]
    assert lc.kind_of("i") == LOCAL  # type: ignore[attr-defined]
    assert lc.kind_of(".0") == LOCAL  # type: ignore[attr-defined]


def test_walrus_in_module_comprehension_is_global() -> None:
    code = comp("[w := i for i in range(3)]\nprint(w)\n")
    lc = find(code, "<listcomp>")
    assert ("STORE_GLOBAL" in ops(lc)) and "w" in lc.names


def test_mangling() -> None:
    assert mangle("C", "__x") == "_C__x"
    assert mangle("_C", "__x") == "_C__x"
    assert mangle("C", "__x__") == "__x__"
    assert mangle("___", "__x") == "__x"
    s = _scopes()
    assert "_P__q" in s["__P"].defs  # type: ignore[attr-defined]
    assert s["__r"].params == ["self", "_P__s"]  # type: ignore[attr-defined]
    code = comp("class C:\n    def f(self):\n        return self.__v\n")
    assert "_C__v" in find(code, "C.f").names


# ------------------------------------------------------------------ closures
def test_closure_layout() -> None:
    code = comp(SCOPES_SRC)
    f, g = find(code, "f"), find(code, "f.<locals>.g")
    assert f.varnames == ["a", "b", "g"]
    assert f.cellvars == ["b", "c"]
    assert f.cell2arg == [1, -1]
    assert g.freevars == ["b", "c"]
    # f builds g's closure from its own cells, in g's freevar order
    seq = instrs(f)
    i = next(k for k, (_, op, _) in enumerate(seq) if op == "LOAD_CLOSURE")
    assert [(op, arg) for _, op, arg in seq[i : i + 5]] == [
        ("LOAD_CLOSURE", 0), ("LOAD_CLOSURE", 1), ("BUILD_TUPLE", 2),
        ("LOAD_CONST", f.consts.index(g)), ("MAKE_FUNCTION", 4),
    ]
    # c is a cell of f, so `c = a` stores through the cell
    assert ("STORE_DEREF", 1) in [(op, arg) for _, op, arg in seq]


def test_class_cell_and_super() -> None:
    code = comp(SCOPES_SRC)
    c, m = find(code, "C"), find(code, "C.m")
    assert c.cellvars == ["__class__"]
    assert ops(c)[-2:] == ["LOAD_CLOSURE", "RETURN_VALUE"]
    # super() -> super(__class__, self)
    seq = [(op, arg) for _, op, arg in instrs(m)]
    assert seq[:5] == [("LOAD_GLOBAL", m.names.index("super")), ("PUSH_NULL", 0),
                       ("LOAD_DEREF", 0), ("LOAD_FAST", 0), ("CALL", 2)]
    plain = comp("class D:\n    def m(self):\n        return 1\n")
    assert ops(find(plain, "D"))[-2:] == ["LOAD_CONST", "RETURN_VALUE"]
    assert find(plain, "D").cellvars == []


def test_class_body_prologue() -> None:
    code = comp('class K:\n    "doc"\n    a: int = 1\n')
    k = find(code, "K")
    seq = [(op, arg) for _, op, arg in instrs(k)]
    n, c = k.names, k.consts
    assert seq[:7] == [
        ("LOAD_NAME", n.index("__name__")), ("STORE_NAME", n.index("__module__")),
        ("LOAD_CONST", c.index("K")), ("STORE_NAME", n.index("__qualname__")),
        ("SETUP_ANNOTATIONS", 0),
        ("LOAD_CONST", c.index("doc")), ("STORE_NAME", n.index("__doc__")),
    ]
    # the annotation is evaluated (a name load), as CPython 3.11 does
    assert "__annotations__" in n and "int" in n and "int" not in c


def test_future_annotations_are_source_text() -> None:
    code = comp("from __future__ import annotations\nclass K:\n    a: list[int] = 1\n")
    k = find(code, "K")
    assert "list[int]" in k.consts and "list" not in k.names


def test_function_annotations_are_evaluated() -> None:
    code = comp("def f(a: int, *b: str, c: float = 1.0) -> bool:\n    pass\n")
    seq = [(op, arg) for _, op, arg in instrs(code)]
    make = [arg for op, arg in seq if op == "MAKE_FUNCTION"]
    assert make and make[0] & 8  # the annotations dict is passed
    assert ("a", "b", "c", "return") in code.consts


def test_flags_and_docstrings() -> None:
    code = comp(
        '''
        """mod doc"""
        def gen(*a, **k):
            "gdoc"
            yield 1
        async def co():
            await x
        '''
    )
    gen, co = find(code, "gen"), find(code, "co")
    assert gen.flags & CO_GENERATOR and gen.flags & CO_VARARGS and gen.flags & CO_VARKEYWORDS
    assert gen.docstring == "gdoc"
    assert co.flags & CO_COROUTINE and not co.flags & CO_GENERATOR
    assert ops(co)[1:4] == ["GET_AWAITABLE", "LOAD_CONST", "YIELD_FROM"]
    assert code.consts[0] == "mod doc" and ops(code)[:2] == ["LOAD_CONST", "STORE_GLOBAL"]


def test_future_statement_is_a_directive() -> None:
    code = comp("from __future__ import annotations\nx = 1\n")
    assert "IMPORT_NAME" not in ops(code) and "__future__" not in code.names


def test_constants_stay_distinct_and_tuples_fold() -> None:
    code = comp("a = (1, 1.0, True, 0.0, -0.0, 'x', b'x')\nb = x in (1, 2, 3)\n")
    t = code.consts[0]
    assert t == (1, 1.0, True, 0.0, -0.0, "x", b"x")
    assert [type(v) for v in t] == [int, float, bool, float, float, str, bytes]
    assert (1, 2, 3) in code.consts
    assert "BUILD_TUPLE" not in ops(code)
    keyed = [(type(v), repr(v)) for v in comp("print(1, 1.0, True, 1)").consts]
    assert len(keyed) == len(set(keyed))


# ------------------------------------------------------------ code layout
def _check_layout(code: Code) -> None:
    seq = instrs(code)
    starts = {pc for pc, _, _ in seq}
    caches = []
    for pc, op, arg in seq:
        info = OPS[op]
        if info.is_jump:
            assert arg in starts, f"{code.qualname}: jump at {pc} to {arg}"
        if info.has_cache:
            caches.append(code.code[pc + 1])
    assert sorted(caches) == list(range(code.ncache))
    assert [s for s, _ in code.linetable] == sorted(s for s, _ in code.linetable)
    assert code.linetable[0][0] == 0
    for e in code.exctable:
        assert 0 <= e.start < e.end <= len(code.code) and e.handler in starts
        assert 0 <= e.depth < code.stacksize
    spans = sorted((e.start, e.end) for e in code.exctable)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    for c in code.consts:
        if isinstance(c, Code):
            _check_layout(c)


def _corpus_files() -> list[Path]:
    files = sorted((REPO / "tests" / "programs").rglob("*.py"))
    files += sorted((REPO / "stdlib").rglob("*.py"))
    return files


def test_layout_of_every_corpus_program() -> None:
    n = 0
    for path in _corpus_files():
        try:
            code = compile_module(path.read_text(encoding="utf-8"), path.name, path.stem)
        except UnsupportedError:
            continue
        except FreezeError:
            continue  # programs that are meant not to compile
        _check_layout(code)
        n += 1
    assert n > 0


def test_jump_targets() -> None:
    code = comp(
        """
        def f(n):
            while n:
                if n > 5:
                    break
                n -= 1
            else:
                return -1
            return n
        """
    )
    f = find(code, "f")
    seq = instrs(f)
    by_pc = {pc: (op, arg) for pc, op, arg in seq}
    # while test: LOAD_FAST n; POP_JUMP_IF_FALSE -> the else body (LOAD_CONST -1)
    assert seq[0][1:] == ("LOAD_FAST", 0) and seq[1][1] == "POP_JUMP_IF_FALSE"
    assert by_pc[seq[1][2]] == ("LOAD_CONST", f.consts.index(-1))
    # break jumps to the code after the loop: LOAD_FAST n; RETURN_VALUE
    brk = next(arg for pc, op, arg in seq if op == "JUMP" and by_pc.get(arg, ("",))[0] == "LOAD_FAST" and arg > pc)
    assert by_pc[brk] == ("LOAD_FAST", 0) and by_pc[brk + 1][0] == "RETURN_VALUE"
    # the loop's back edge goes to the start
    assert any(op == "JUMP" and arg == 0 for _, op, arg in seq)


def test_line_numbers() -> None:
    code = comp(
        """
        def f(a):
            x = (a +
                 g(
                   a))
            return x
        """
    )
    f = find(code, "f")
    seq = instrs(f)
    lines = {op: line_at(f, pc) for pc, op, _ in seq}
    assert lines["CALL"] == 4  # the call's own line
    assert lines["BINARY_OP"] == 3
    assert lines["STORE_FAST"] == 3
    assert lines["RETURN_VALUE"] == 6
    assert line_at(f, seq[0][0]) == 3
    assert f.firstlineno == 2
    deco = comp("@d\ndef h():\n    pass\n")
    assert find(deco, "h").firstlineno == 1


def test_try_except_table_and_stack() -> None:
    code = comp(
        """
        def f(x):
            try:
                return g(x)
            except E:
                return 0
        """
    )
    f = find(code, "f")
    # Worked out by hand from the try/except pattern (see compiler.py):
    # body 0..5, handler at 6, cleanup block at 17; dead code is dropped.
    assert [(pc, op) for pc, op, _ in instrs(f)] == [
        (0, "LOAD_GLOBAL"), (2, "PUSH_NULL"), (3, "LOAD_FAST"), (4, "CALL"), (5, "RETURN_VALUE"),
        (6, "PUSH_EXC_INFO"), (7, "LOAD_GLOBAL"), (9, "CHECK_EXC_MATCH"), (10, "POP_JUMP_IF_FALSE"),
        (11, "POP_TOP"), (12, "LOAD_CONST"), (13, "SWAP"), (14, "POP_EXCEPT"), (15, "RETURN_VALUE"),
        (16, "RERAISE"), (17, "SWAP"), (18, "POP_EXCEPT"), (19, "RERAISE"),
    ]
    # RETURN_VALUE (5) is emitted after unwinding the try, so it is not covered
    assert f.exctable == [ExcEntry(0, 5, 6, 0), ExcEntry(6, 13, 17, 1), ExcEntry(16, 17, 17, 1)]
    assert f.stacksize == 3  # [g, NULL, x] and [prev, exc, E]
    assert instrs(f)[8][2] == 16  # no match -> RERAISE
    assert f.ncache == 2


def test_with_table_and_stack() -> None:
    code = comp(
        """
        def f(m):
            with m as v:
                v()
        """
    )
    f = find(code, "f")
    assert [(pc, op) for pc, op, _ in instrs(f)] == [
        (0, "LOAD_FAST"), (1, "BEFORE_WITH"), (2, "STORE_FAST"),
        (3, "LOAD_FAST"), (4, "PUSH_NULL"), (5, "CALL"), (6, "POP_TOP"),
        (7, "PUSH_NULL"), (8, "LOAD_CONST"), (9, "LOAD_CONST"), (10, "LOAD_CONST"), (11, "CALL"),
        (12, "POP_TOP"), (13, "JUMP"),
        (14, "PUSH_EXC_INFO"), (15, "WITH_EXCEPT_START"), (16, "POP_JUMP_IF_TRUE"), (17, "RERAISE"),
        (18, "POP_TOP"), (19, "POP_EXCEPT"), (20, "POP_TOP"), (21, "JUMP"),
        (22, "SWAP"), (23, "POP_EXCEPT"), (24, "RERAISE"),
        (25, "LOAD_CONST"), (26, "RETURN_VALUE"),
    ]
    # body covered at depth 1 (the exit function stays); the handler's
    # start is covered by the cleanup at depth 2 ([exit, prev]).
    assert f.exctable == [ExcEntry(2, 7, 14, 1), ExcEntry(14, 18, 22, 2)]
    # [exit, NULL, None, None, None] and [exit, prev, exc, result]
    assert f.stacksize == 5


def test_return_through_finally_keeps_value() -> None:
    code = comp(
        """
        def f():
            for i in x:
                try:
                    return i
                finally:
                    continue
        """
    )
    f = find(code, "f")
    seq = [op for _, op, _ in instrs(f)]
    # return i: LOAD_FAST i, then the finally's continue drops it (SWAP 2,
    # POP_TOP) before jumping back to FOR_ITER
    k = seq.index("STORE_FAST") + 1
    assert seq[k : k + 4] == ["LOAD_FAST", "POP_TOP", "JUMP", "JUMP"] or seq[k : k + 3] == ["LOAD_FAST", "POP_TOP", "JUMP"]


def test_disassembler_shows_meanings() -> None:
    code = comp("def f(a):\n    try:\n        return a.b + 1\n    except E:\n        pass\n")
    text = disassemble(code)
    assert "code f (t.py:1)" in text
    assert "LOAD_ATTR" in text and "(b)" in text
    assert "BINARY_OP              0     (+)" in text
    assert "exception table:" in text and "[depth 0]" in text
    assert "(<code f>)" in text
    assert "(to " in text


# ------------------------------------------------------------------ errors
def err(src: str) -> str:
    with pytest.raises(FreezeError) as ei:
        compile_module(textwrap.dedent(src), "t.py", "t")
    return str(ei.value)


def test_syntax_error_text() -> None:
    assert err("x = (\n") == "t.py:1:5: error: '(' was never closed"
    assert err("def f():\n    nonlocal q\n") == "t.py:2:5: error: no binding for nonlocal 'q' found"


def test_match_errors_are_cpythons_syntax_errors() -> None:
    # the freeze-time checks of patterns, at CPython's positions
    assert err("x = 1\nmatch x:\n    case [a] | (b, 2):\n        pass\n") == (
        "t.py:3:20: error: alternative patterns bind different names"
    )
    assert err("match 1:\n    case _:\n        pass\n    case 1:\n        pass\n") == (
        "t.py:2:10: error: wildcard makes remaining patterns unreachable"
    )
    assert err("match 1:\n    case 1:\n        pass\n    case y:\n        pass\n    case 2:\n        pass\n") == (
        "t.py:4:10: error: name capture 'y' makes remaining patterns unreachable"
    )
    assert err("match 1:\n    case 1 | y | 2:\n        pass\n") == (
        "t.py:2:14: error: name capture 'y' makes remaining patterns unreachable"
    )
    assert err("match 1:\n    case {'a': 1, 'a': 2}:\n        pass\n") == (
        "t.py:2:10: error: mapping pattern checks duplicate key ('a')"
    )
    assert err("match 1:\n    case [a, a]:\n        pass\n") == (
        "t.py:2:14: error: multiple assignments to name 'a' in pattern"
    )
    assert err("match 1:\n    case P(a=1, a=2):\n        pass\n") == (
        "t.py:2:19: error: attribute name repeated in class pattern: a"
    )


def test_match_captures_are_locals() -> None:
    code = compile_module(
        "def f(s):\n    match s:\n        case [a, *b] | (a, b):\n            return a, b\n        case {'k': c, **d}:\n"
        "            return c, d\n        case P(e) as g:\n            return e, g\n",
        "t.py", "t",
    )
    f = next(c for c in code.consts if isinstance(c, Code))
    assert set(f.varnames) >= {"s", "a", "b", "c", "d", "e", "g"}


def test_except_star_unsupported() -> None:
    e = err("try:\n    pass\nexcept* ValueError:\n    pass\n")
    assert e == "t.py:1:1: error: except* groups is not supported"


def test_eval_exec_compile_import_unsupported() -> None:
    assert err("y = 1\nx = eval('1')\n") == "t.py:2:5: error: eval() (a sealed image has no compiler) is not supported"
    assert err("def f():\n    exec('pass')\n") == "t.py:2:5: error: exec() (a sealed image has no compiler) is not supported"
    assert err("compile('', '', 'exec')\n") == "t.py:1:1: error: compile() (a sealed image has no compiler) is not supported"
    assert err("m = __import__('os')\n") == (
        "t.py:1:5: error: __import__() (a sealed image imports only what was frozen) is not supported"
    )
    # the column counts characters, not UTF-8 bytes
    assert err("s = 'é'; eval(s)\n") == "t.py:1:10: error: eval() (a sealed image has no compiler) is not supported"
    # shadowed by a global or local definition: an ordinary call
    comp("def eval(x):\n    return x\nprint(eval(1))\n")
    comp("def f(exec):\n    return exec(1)\n")


def test_async_generators_are_flagged() -> None:
    # an async def with yield, and an async generator expression, are async
    # generators; their own yields are marked for the consumer (arg 1)
    code = comp("async def f():\n    yield 1\n    await g()\n")
    f = find(code, "f")
    assert f.flags & CO_ASYNC_GENERATOR and not f.flags & CO_COROUTINE
    assert [arg for _, op, arg in instrs(f) if op == "YIELD_VALUE"] == [1]
    code = comp("async def h(x):\n    return (i async for i in x)\n")
    gx = find(code, "h.<locals>.<genexpr>")
    assert gx.flags & CO_ASYNC_GENERATOR


def test_super_without_arguments() -> None:
    assert err("class C:\n    def f():\n        super()\n") == "t.py:3:9: error: super(): no arguments"


def test_too_many_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiler_mod, "ARG_MAX", 3)
    e = err("def f():\n    return [1, 2, 3, 4, 5]\n")
    assert e == "t.py:1:1: error: a code object with more than 3 constants is not supported"
    assert isinstance(pytest.raises(UnsupportedError, compile_module, "x = (1, 2, 3, 4, 5, 6)\ny = 'a'\nz = 'b'\nw = 'c'\n", "t.py", "t").value, UnsupportedError)


# ------------------------------------------------------------ code shapes
def pairs(code: Code) -> list[tuple[str, object]]:
    """(opname, resolved arg) with names and constants spelled out."""
    out: list[tuple[str, object]] = []
    for _, op, arg in instrs(code):
        if op in ("IMPORT_NAME", "IMPORT_FROM", "STORE_GLOBAL", "LOAD_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "LOAD_NAME", "STORE_NAME"):
            out.append((op, code.names[arg]))
        elif op == "LOAD_CONST":
            out.append((op, code.consts[arg]))
        else:
            out.append((op, arg))
    return out


def test_import_forms() -> None:
    assert pairs(comp("import a.b.c as d\n"))[:9] == [
        ("LOAD_CONST", 0), ("LOAD_CONST", None), ("IMPORT_NAME", "a.b.c"),
        ("IMPORT_FROM", "b"), ("SWAP", 2), ("POP_TOP", 0),
        ("IMPORT_FROM", "c"), ("STORE_GLOBAL", "d"), ("POP_TOP", 0),
    ]
    assert pairs(comp("import a.b\n"))[:4] == [
        ("LOAD_CONST", 0), ("LOAD_CONST", None), ("IMPORT_NAME", "a.b"), ("STORE_GLOBAL", "a"),
    ]
    assert pairs(comp("from ..pkg import y as z, w\n"))[:7] == [
        ("LOAD_CONST", 2), ("LOAD_CONST", ("y", "w")), ("IMPORT_NAME", "pkg"),
        ("IMPORT_FROM", "y"), ("STORE_GLOBAL", "z"), ("IMPORT_FROM", "w"), ("STORE_GLOBAL", "w"),
    ]
    assert pairs(comp("from . import x\n"))[2] == ("IMPORT_NAME", "")
    assert pairs(comp("from m import *\n"))[:4] == [
        ("LOAD_CONST", 0), ("LOAD_CONST", ("*",)), ("IMPORT_NAME", "m"), ("IMPORT_STAR", 0),
    ]


def test_augmented_subscript_evaluates_once() -> None:
    assert [op for op, _ in pairs(comp("a[i] += 1\n"))][:11] == [
        "LOAD_GLOBAL", "LOAD_GLOBAL", "COPY", "COPY", "BINARY_SUBSCR", "LOAD_CONST",
        "BINARY_OP", "SWAP", "SWAP", "STORE_SUBSCR", "LOAD_CONST",
    ]
    assert [op for op, _ in pairs(comp("a.x -= 1\n"))][:7] == [
        "LOAD_GLOBAL", "COPY", "LOAD_ATTR", "LOAD_CONST", "BINARY_OP", "SWAP", "STORE_ATTR",
    ]


def test_classderef_for_free_names_in_class_bodies() -> None:
    code = comp("def f():\n    x = 1\n    class K:\n        y = x\n    return K\n")
    k = find(code, "f.<locals>.K")
    assert k.freevars == ["x"]
    assert ("LOAD_CLASSDEREF", 0) in [(op, arg) for _, op, arg in instrs(k)]


def test_annotations_of_non_simple_targets_are_ignored() -> None:
    code = comp("(x): int = 1\na.b: str = 2\n")
    assert "SETUP_ANNOTATIONS" not in ops(code) and "__annotations__" not in code.names
    f = find(comp("def f():\n    y: int = 1\n    z: str\n"), "f")
    assert f.varnames == ["y", "z"] and "__annotations__" not in f.names
