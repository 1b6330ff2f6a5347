# SPDX-License-Identifier: MIT
"""Grammar-driven generator of random, valid, terminating Python programs.

Each program is a deterministic function of its seed (``random.Random``
seeded with it, nothing else).  It promises:

* the program is valid Python 3.11 and uses only ints (big), floats, strs,
  lists of ints and dicts of str -> int, if/while/for, functions with
  defaults, closures, lambdas, try/except and print;
* it terminates quickly under CPython: loops run at most a handful of
  times, every while loop has its own counter, functions only call
  functions defined before them (no recursion), and values are kept small
  by helpers the program defines itself (``clamp``, ``fclamp``, ``nz``);
* its output does not depend on hashing, addresses or time; float
  arithmetic sticks to + - * / and squaring, which IEEE 754 rounds exactly
  the same everywhere;
* a name is only read where it is certainly bound: names created inside a
  block are forgotten when the block ends, and functions never assign to a
  global.  Raising is allowed (inside try/except, and rarely at top level,
  which ends the program with a traceback).

Command line: ``python tests/fuzz/gen.py --seed S --count N --out DIR``
writes DIR/prog_<seed>.py for seeds S .. S+N-1.
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

INT, FLOAT, STR, LIST, DICT = "int", "float", "str", "list", "dict"

PRELUDE = '''\
def clamp(v):
    return v if -10 ** 30 < v < 10 ** 30 else v % 1000003


def fclamp(v):
    return v if -1e12 < v < 1e12 else 0.5


def nz(v):
    return v if v else 1


def nzf(v):
    return v if v else 1.0
'''

STR_LITERALS = ["a", "xyz", "Hello", "héllo", "日本", "", " pad ", "A-B", "ab ab", "Zz9", "42", "-7", "ÿ"]
FLOAT_LITERALS = ["0.5", "1.25", "-3.75", "0.001", "2.0", "-0.1", "10.0", "0.3", "7.125", "1e-05", "123.456"]
DICT_KEYS = ["k", "a", "b", "xyz", "é", "key2"]
EXC_NAMES = "(ZeroDivisionError, IndexError, KeyError, ValueError, TypeError)"


@dataclass
class Func:
    name: str
    arity: int  # required int arguments; every function returns an int


@dataclass
class Scope:
    """Names readable here, by type; `assignable` are those this scope owns."""

    names: dict[str, list[str]] = field(default_factory=lambda: {t: [] for t in (INT, FLOAT, STR, LIST, DICT)})
    assignable: set[str] = field(default_factory=set)


class ProgramGen:
    """Writes one program; see the module docstring for what it promises."""

    def __init__(self, seed: int, size: int = 30) -> None:
        self.r = random.Random(seed)
        self.seed = seed
        self.size = size
        self.lines: list[str] = []
        self.indent = 0
        self.counter = 0
        self.funcs: list[Func] = []
        self.scope = Scope()
        self.in_try = False
        self.loop_depth = 0
        self.in_function = False

    # ---- helpers -------------------------------------------------------
    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, kind: str) -> str | None:
        names = self.scope.names[kind]
        return self.r.choice(names) if names else None

    def declare(self, kind: str, name: str) -> None:
        self.scope.names[kind].append(name)
        self.scope.assignable.add(name)

    def snapshot(self) -> tuple[dict[str, list[str]], set[str]]:
        return ({k: list(v) for k, v in self.scope.names.items()}, set(self.scope.assignable))

    def restore(self, snap: tuple[dict[str, list[str]], set[str]]) -> None:
        self.scope.names = {k: list(v) for k, v in snap[0].items()}
        self.scope.assignable = set(snap[1])

    # ---- expressions ---------------------------------------------------
    def int_atom(self) -> str:
        v = self.pick(INT)
        if v and self.chance(0.6):
            return v
        choice = self.r.randrange(4)
        if choice == 0:
            return str(self.r.randint(-10, 10))
        if choice == 1:
            return str(self.r.randint(-1000, 100000))
        if choice == 2:
            return f"({self.r.choice(['10', '2', '3', '7'])} ** {self.r.randint(10, 40)})"
        return f"(-{self.r.randint(1, 9)} * 10 ** {self.r.randint(15, 25)})"

    def int_expr(self, d: int = 2) -> str:
        if d <= 0 or self.chance(0.3):
            return self.int_atom()
        c = self.r.randrange(18)
        a = lambda: self.int_expr(d - 1)  # noqa: E731
        if c < 4:
            return f"({a()} {self.r.choice(['+', '-', '*', '+', '-'])} {a()})"
        if c == 4:
            op = self.r.choice(["//", "%"])
            return f"({a()} {op} {a()})" if self.in_try else f"({a()} {op} nz({a()}))"
        if c == 5:
            return f"({self.int_atom()} ** {self.r.randint(0, 4)})"
        if c == 6:
            return f"({a()} {self.r.choice(['<<', '>>'])} {self.r.randint(0, 40)})"
        if c == 7:
            return f"({a()} {self.r.choice(['&', '|', '^'])} {a()})"
        if c == 8:
            return f"{self.r.choice(['abs', '-', '~', '+'])}({a()})"
        if c == 9:
            return f"{self.r.choice(['min', 'max'])}({a()}, {a()})"
        if c == 10:
            return f"len({self.str_expr(d - 1)})"
        if c == 11:
            lst = self.pick(LIST)
            if lst:
                if self.in_try and self.chance(0.5):
                    return f"{lst}[{self.int_atom()}]"
                return self.r.choice([f"len({lst})", f"sum({lst})", f"({lst}[{a()} % len({lst})] if {lst} else 0)"])
            return f"int({self.float_expr(d - 1)})"
        if c == 12:
            dct = self.pick(DICT)
            if dct:
                key = self.str_expr(0)
                if self.in_try and self.chance(0.5):
                    return f"{dct}[{key}]"
                return f"{dct}.get({key}, {self.int_atom()})"
            return f"round({self.float_expr(d - 1)})"
        if c == 13:
            return f"({a()} if {self.bool_expr(d - 1)} else {a()})"
        if c == 14 and self.funcs:
            f = self.r.choice(self.funcs)
            return f"{f.name}({', '.join(a() for _ in range(f.arity))})"
        if c == 15:
            s = self.str_expr(d - 1)
            return f"{s}.{self.r.choice(['count', 'find', 'rfind'])}({self.str_lit()})"
        if c == 16:
            if self.in_try and self.chance(0.6):
                return f"int({self.str_expr(d - 1)})"
            return f"divmod({a()}, nz({a()}))[{self.r.randint(0, 1)}]"
        return f"int({self.float_expr(d - 1)})"

    def float_atom(self) -> str:
        v = self.pick(FLOAT)
        if v and self.chance(0.6):
            return v
        if self.chance(0.2):
            i = self.pick(INT)
            if i:
                return f"float({i} % 100000)"
        return self.r.choice(FLOAT_LITERALS)

    def float_expr(self, d: int = 2) -> str:
        if d <= 0 or self.chance(0.3):
            return self.float_atom()
        c = self.r.randrange(9)
        a = lambda: self.float_expr(d - 1)  # noqa: E731
        if c < 3:
            return f"({a()} {self.r.choice(['+', '-', '*'])} {a()})"
        if c == 3:
            return f"({a()} / {a()})" if self.in_try else f"({a()} / nzf({a()}))"
        if c == 4:
            return f"({a()} ** 2)"
        if c == 5:
            return f"{self.r.choice(['abs', '-'])}({a()})"
        if c == 6:
            return f"round({a()}, {self.r.randint(0, 4)})"
        if c == 7:
            op = self.r.choice(["//", "%"])
            return f"({a()} {op} nzf({a()}))"
        return f"({self.int_atom()} / {self.r.randint(1, 64)})"

    def str_lit(self) -> str:
        return repr(self.r.choice(STR_LITERALS))

    def str_expr(self, d: int = 2) -> str:
        v = self.pick(STR)
        if d <= 0 or self.chance(0.3):
            return v if v and self.chance(0.6) else self.str_lit()
        c = self.r.randrange(11)
        a = lambda: self.str_expr(d - 1)  # noqa: E731
        if c < 2:
            return f"({a()} + {a()})"
        if c == 2:
            return f"({a()} * {self.r.randint(0, 3)})"
        if c == 3:
            lo, hi = self.r.randint(-5, 5), self.r.randint(-5, 8)
            step = self.r.choice(["", ":2", ":-1", ":3", ":-2"])
            return f"{a()}[{lo}:{hi}{step}]"
        if c == 4:
            m = self.r.choice(["upper", "lower", "strip", "title", "swapcase", "capitalize", "lstrip", "casefold"])
            return f"{a()}.{m}()"
        if c == 5:
            return f"str({self.int_expr(d - 1)})"
        if c == 6:
            return f"repr({self.float_expr(d - 1)})"
        if c == 7:
            spec = self.r.choice([">8", "<6", "^7", "+", ",", "x", "08d", "b"])
            return f"format({self.int_expr(d - 1)}, {spec!r})"
        if c == 8:
            spec = self.r.choice([".3f", ".2e", "g", ".1%", "10.2f", "+.4g"])
            return f'f"{{{self.float_expr(d - 1)}:{spec}}}|{{{self.int_atom()}}}"'
        if c == 9:
            return f"{self.str_lit()}.join({a()}.split())"
        return f"{a()}.replace({self.str_lit()}, {self.str_lit()})"

    def list_expr(self, d: int = 2) -> str:
        lst = self.pick(LIST)
        c = self.r.randrange(7)
        if lst is None or c == 0:
            return "[" + ", ".join(self.int_expr(d - 1) for _ in range(self.r.randint(0, 4))) + "]"
        if c == 1:
            return f"sorted({lst}{', reverse=True' if self.chance(0.5) else ''})"
        if c == 2:
            return f"{lst}[::-1]"
        if c == 3:
            return f"[clamp(x * {self.int_atom()} + {self.r.randint(-5, 5)}) for x in {lst}]"
        if c == 4:
            return f"[x for x in {lst} if {self.r.choice(['x % 2', 'x > 0', 'x < 100', 'not x % 3'])}]"
        if c == 5:
            return f"({lst} + [{self.int_expr(d - 1)}])"
        return f"list(range({self.r.randint(-2, 4)}, {self.r.randint(0, 9)}))"

    def bool_expr(self, d: int = 1) -> str:
        c = self.r.randrange(8)
        if c < 3:
            op = self.r.choice(["<", "<=", ">", ">=", "==", "!="])
            return f"{self.int_expr(d)} {op} {self.int_expr(d)}"
        if c == 3:
            return f"{self.float_expr(d)} {self.r.choice(['<', '>', '=='])} {self.float_expr(d)}"
        if c == 4:
            return f"{self.str_expr(d)} {self.r.choice(['<', '==', 'in', 'not in'])} {self.str_expr(d)}"
        if c == 5:
            return f"({self.bool_expr(0)}) {self.r.choice(['and', 'or'])} not ({self.bool_expr(0)})"
        if c == 6:
            lst = self.pick(LIST)
            if lst:
                return f"{self.int_atom()} in {lst}"
        return f"{self.int_expr(d)} < {self.int_expr(d)} <= {self.int_expr(d)}"

    # ---- statements ----------------------------------------------------
    def assign(self, kind: str) -> None:
        existing = [n for n in self.scope.names[kind] if n in self.scope.assignable]
        if existing and self.chance(0.6):
            name = self.r.choice(existing)
            new = False
        else:
            name = self.fresh(kind[0])
            new = True
        if kind == INT:
            if not new and self.chance(0.3):
                self.emit(f"{name} = clamp({name} {self.r.choice(['+', '-', '*'])} {self.int_expr(1)})")
            else:
                self.emit(f"{name} = clamp({self.int_expr()})")
        elif kind == FLOAT:
            self.emit(f"{name} = fclamp({self.float_expr()})")
        elif kind == STR:
            self.emit(f"{name} = ({self.str_expr()})[:40]")
        elif kind == LIST:
            self.emit(f"{name} = ({self.list_expr()})[:12]")
        else:
            items = ", ".join(f"{self.str_lit()}: {self.int_expr(1)}" for _ in range(self.r.randint(0, 3)))
            self.emit(f"{name} = {{{items}}}")
        if new:
            self.declare(kind, name)

    def print_stmt(self) -> None:
        kind = self.r.choice([INT, INT, FLOAT, STR, STR, LIST, DICT, "bool"])
        if kind == INT:
            e = self.int_expr()
        elif kind == FLOAT:
            e = self.float_expr()
        elif kind == STR:
            e = self.str_expr()
        elif kind == LIST:
            e = self.list_expr()
        elif kind == DICT:
            dct = self.pick(DICT)
            e = f"sorted({dct}.items())" if dct and self.chance(0.5) else (dct or "{}")
        else:
            e = self.bool_expr()
        extra = self.r.choice(["", "", f", sep={self.str_lit()}", ", end=' ;\\n'"])
        tag = f"'{self.fresh('p')}'"
        self.emit(f"print({tag}, {e}{extra})")

    def container_stmt(self) -> None:
        lst, dct = self.pick(LIST), self.pick(DICT)
        c = self.r.randrange(6)
        if lst and lst in self.scope.assignable and c == 0:
            self.emit(f"if len({lst}) < 20:")
            self.emit(f"    {lst}.append({self.int_expr(1)})")
        elif lst and lst in self.scope.assignable and c == 1:
            self.emit(f"if {lst}:")
            self.emit(f"    {lst}[{self.int_atom()} % len({lst})] = clamp({self.int_expr(1)})")
        elif dct and dct in self.scope.assignable and c == 2:
            self.emit(f"{dct}[{self.str_expr(1)}[:6]] = clamp({self.int_expr(1)})")
        elif dct and dct in self.scope.assignable and c == 3:
            self.emit(f"{dct}.pop({self.str_lit()}, None)")
        elif lst and lst in self.scope.assignable and c == 4:
            self.emit(f"{lst}.sort(reverse={self.r.choice(['True', 'False'])})")
        else:
            self.assign(self.r.choice([LIST, DICT]))

    def block(self, n: int, depth: int) -> None:
        """n statements one level deeper; names made inside are forgotten."""
        snap = self.snapshot()
        self.indent += 1
        for _ in range(max(1, n)):
            self.stmt(depth)
        self.indent -= 1
        self.restore(snap)

    def stmt(self, depth: int) -> None:
        c = self.r.randrange(20)
        if depth >= 2 and c >= 10:
            c = self.r.randrange(10)
        if c < 3:
            self.assign(self.r.choice([INT, INT, FLOAT, STR, LIST, DICT]))
        elif c < 6:
            self.print_stmt()
        elif c < 8:
            self.container_stmt()
        elif c == 8 and self.loop_depth:
            self.emit(f"if {self.bool_expr(0)}:")
            self.emit(f"    {self.r.choice(['break', 'continue'])}")
        elif c == 9:
            self.assign(INT)
        elif c < 12:
            self.emit(f"if {self.bool_expr()}:")
            self.block(self.r.randint(1, 3), depth + 1)
            if self.chance(0.3):
                self.emit(f"elif {self.bool_expr()}:")
                self.block(1, depth + 1)
            if self.chance(0.5):
                self.emit("else:")
                self.block(self.r.randint(1, 2), depth + 1)
        elif c < 14:
            var = self.fresh("x")
            lst = self.pick(LIST)
            if lst and self.chance(0.5):
                self.emit(f"for {var} in {lst}[:{self.r.randint(1, 5)}]:")
                kind = INT
            elif self.chance(0.3):
                self.emit(f"for {var} in {self.str_expr(1)}[:4]:")
                kind = STR
            else:
                self.emit(f"for {var} in range({self.r.randint(-1, 2)}, {self.r.randint(1, 5)}):")
                kind = INT
            self.loop(var, kind, depth)
        elif c < 15:
            w = self.fresh("w")
            self.emit(f"{w} = 0")
            self.emit(f"while {w} < {self.r.randint(1, 4)}:")
            self.emit(f"    {w} += 1")
            self.loop(w, INT, depth)
        else:
            self.try_stmt(depth)

    def loop(self, var: str, kind: str, depth: int) -> None:
        snap = self.snapshot()
        self.scope.names[kind].append(var)  # readable, not assignable
        self.loop_depth += 1
        self.block(self.r.randint(1, 3), depth + 1)
        self.loop_depth -= 1
        self.restore(snap)
        if self.chance(0.2):
            self.emit("else:")
            self.block(1, depth + 1)

    def try_stmt(self, depth: int) -> None:
        self.emit("try:")
        was = self.in_try
        self.in_try = True
        self.block(self.r.randint(1, 3), depth + 1)
        self.in_try = was
        self.emit(f"except {EXC_NAMES} as e:")
        self.emit("    print('caught', type(e).__name__, e)")
        if self.chance(0.3):
            self.emit("else:")
            self.block(1, depth + 1)
        if self.chance(0.2):
            self.emit("finally:")
            self.emit(f"    print('finally', {self.fresh('t')!r})")

    def function(self) -> None:
        name = self.fresh("f")
        kind = self.r.randrange(3)
        outer = self.scope
        # Bodies call only lambdas (which call nothing): no call chains
        # whose cost multiplies with each function defined.
        saved_funcs = self.funcs
        self.funcs = [f for f in saved_funcs if f.name.startswith("lam")]
        inner = Scope({k: list(v) for k, v in outer.names.items()}, set())
        self.scope = inner
        self.in_function = True
        if kind == 0:
            a, b = self.fresh("a"), self.fresh("b")
            self.emit(f"def {name}({a}, {b}={self.r.randint(-5, 5)}):")
            self.declare(INT, a)
            self.declare(INT, b)
            self.indent += 1
            for _ in range(self.r.randint(1, 4)):
                self.stmt(1)
            self.emit(f"return clamp({self.int_expr()})")
            self.indent -= 1
            arity = 1
        elif kind == 1:
            n, k, x = self.fresh("n"), self.fresh("k"), self.fresh("x")
            self.emit(f"def {name}_make({n}):")
            self.emit(f"    {k} = clamp({n} * {self.r.randint(-3, 3)} + {self.r.randint(0, 9)})")
            self.emit(f"    def inner({x}, y={self.r.randint(0, 5)}):")
            self.declare(INT, n)
            self.declare(INT, k)
            self.declare(INT, x)
            self.emit(f"        return clamp({self.int_expr(1)} + y)")
            self.emit("    return inner")
            self.emit("")
            self.emit("")
            self.emit(f"{name} = {name}_make({self.r.randint(-20, 20)})")
            arity = 1
        else:
            cnt = self.fresh("cnt")
            self.emit(f"def {name}_counter():")
            self.emit(f"    {cnt} = {self.r.randint(0, 9)}")
            self.emit("    def step(by):")
            self.emit(f"        nonlocal {cnt}")
            self.emit(f"        {cnt} = clamp({cnt} * 3 + by)")
            self.emit(f"        return {cnt}")
            self.emit("    return step")
            self.emit("")
            self.emit("")
            self.emit(f"{name} = {name}_counter()")
            arity = 1
        self.scope = outer
        self.funcs = saved_funcs
        self.in_function = False
        self.emit("")
        self.emit("")
        self.funcs.append(Func(name, arity))
        if self.chance(0.5):
            lam = self.fresh("lam")
            self.emit(f"{lam} = lambda p, q={self.r.randint(1, 4)}: clamp(p * q - {self.r.randint(0, 9)})")
            self.funcs.append(Func(lam, 1))

    def program(self) -> str:
        self.lines = [f"# Random program, seed {self.seed} (tests/fuzz/gen.py).", PRELUDE, ""]
        for kind in (INT, INT, FLOAT, STR, LIST, DICT):
            self.assign(kind)
        for _ in range(self.size):
            if self.chance(0.12):
                self.function()
            else:
                self.stmt(0)
        if self.chance(0.05):
            # Rarely end with an unguarded risky statement: a top-level
            # traceback whose last line must match CPython's.
            self.emit(self.r.choice(["print(1 // 0)", "print([][0])", "print({}['k'])", "print(int('x'))"]))
        for kind in (INT, FLOAT, STR, LIST, DICT):
            for name in self.scope.names[kind]:
                self.emit(f"print({name!r}, {name})")
        return "\n".join(self.lines) + "\n"


def generate(seed: int, size: int = 30) -> str:
    """The source text of the program for seed."""
    return ProgramGen(seed, size).program()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0, help="first seed")
    ap.add_argument("--count", type=int, default=10, help="number of programs")
    ap.add_argument("--size", type=int, default=30, help="top-level statements per program")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ns = ap.parse_args(argv)
    ns.out.mkdir(parents=True, exist_ok=True)
    for s in range(ns.seed, ns.seed + ns.count):
        (ns.out / f"prog_{s}.py").write_text(generate(s, ns.size), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
