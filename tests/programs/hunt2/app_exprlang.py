# SPDX-License-Identifier: MIT
# Small expression language: hand-written tokenizer, Pratt parser over dataclass nodes, evaluator with chained custom errors.
import json
from dataclasses import dataclass
from typing import Union
class LexError(Exception): pass
class ParseError(Exception): pass
class EvalError(Exception): pass
def tokenize(src):
    i = 0; out = []
    while i < len(src):
        c = src[i]
        if c.isspace(): i += 1; continue
        if c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."): j += 1
            txt = src[i:j]
            out.append(("num", float(txt) if "." in txt else int(txt))); i = j; continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"): j += 1
            out.append(("name", src[i:j])); i = j; continue
        if src.startswith("**", i): out.append(("op", "**")); i += 2; continue
        if c in "+-*/%(),=": out.append(("op", c)); i += 1; continue
        raise LexError(f"bad character {c!r} at {i}")
    out.append(("eof", None))
    return out
@dataclass
class Num: v: Union[int, float]
@dataclass
class Var: name: str
@dataclass
class Bin: op: str; l: object; r: object
@dataclass
class Neg: e: object
@dataclass
class Call: fn: str; args: list
@dataclass
class Assign: name: str; e: object
BP = {"=": 1, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}
class Parser:
    def __init__(self, toks): self.t = toks; self.i = 0
    def peek(self): return self.t[self.i]
    def next(self): tok = self.t[self.i]; self.i += 1; return tok
    def expect(self, v):
        tok = self.next()
        if tok[1] != v: raise ParseError(f"expected {v!r}, got {tok[1]!r}")
    def parse(self):
        e = self.expr(0)
        if self.peek()[0] != "eof": raise ParseError(f"trailing {self.peek()[1]!r}")
        return e
    def prefix(self):
        kind, v = self.next()
        if kind == "num": return Num(v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.next(); args = []
                if self.peek()[1] != ")":
                    while True:
                        args.append(self.expr(0))
                        if self.peek()[1] == ",": self.next(); continue
                        break
                self.expect(")"); return Call(v, args)
            return Var(v)
        if v == "-": return Neg(self.expr(25))
        if v == "(":
            e = self.expr(0); self.expect(")"); return e
        raise ParseError(f"unexpected {v!r}")
    def expr(self, rbp):
        left = self.prefix()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BP or BP[op] <= rbp and op not in ("**", "="): 
                if kind != "op" or op not in BP or BP[op] <= rbp: break
            if BP[op] <= rbp and op in ("**", "=") and BP[op] < rbp: break
            if BP[op] < rbp: break
            self.next()
            if op == "=":
                if not isinstance(left, Var): raise ParseError("cannot assign")
                left = Assign(left.name, self.expr(BP[op] - 1))
            elif op == "**":
                left = Bin(op, left, self.expr(BP[op] - 1))
            else:
                left = Bin(op, left, self.expr(BP[op]))
        return left
FUNCS = {"max": max, "min": min, "abs": abs, "round": round, "sum": lambda *a: sum(a)}
def ev(n, env):
    match_ = type(n).__name__
    if match_ == "Num": return n.v
    if match_ == "Var":
        try: return env[n.name]
        except KeyError: raise EvalError(f"undefined {n.name}") from None
    if match_ == "Neg": return -ev(n.e, env)
    if match_ == "Assign": env[n.name] = ev(n.e, env); return env[n.name]
    if match_ == "Call":
        if n.fn not in FUNCS: raise EvalError(f"no function {n.fn}")
        return FUNCS[n.fn](*[ev(a, env) for a in n.args])
    l, r = ev(n.l, env), ev(n.r, env)
    try:
        return {"+": lambda: l + r, "-": lambda: l - r, "*": lambda: l * r, "/": lambda: l / r, "%": lambda: l % r, "**": lambda: l ** r}[n.op]()
    except ZeroDivisionError as e:
        raise EvalError(f"division by zero in {n.op}") from e
env = {}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7", "y = x * 2 + 1", "x % 4 - y / 3", "max(1, x, y) + min(3, 2)", "round(10 / 3, 2)", "1 / 0", "z + 1", "3 +", "2 $ 3", "foo(1)", "a = b = 4", "a + b", "sum(1, 2, 3, 4.5)", "10 % -3", "2 ** -1", "1.5 * 4", "(((1)))", "5 )"]:
    try:
        tree = Parser(tokenize(src)).parse()
        val = ev(tree, env)
        print(f"{src:28} => {val!r}")
    except (LexError, ParseError, EvalError) as e:
        cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{src:28} !! {type(e).__name__}: {e}{cause}")
print(json.dumps(env, sort_keys=True), Parser(tokenize("f(1, g(2)) + -x")).parse())
