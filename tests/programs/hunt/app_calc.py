# SPDX-License-Identifier: MIT
# Expression calculator: tokenizer, recursive-descent parser over dataclass nodes, custom exception hierarchy.
"""A tiny expression calculator: tokenizer, recursive-descent parser, evaluator."""
import math
from dataclasses import dataclass
from typing import Union, List
class CalcError(Exception):
    pass
class ParseError(CalcError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at {pos}')
        self.pos = pos
@dataclass
class Tok:
    kind: str
    text: str
    pos: int
def tokenize(src: str) -> List[Tok]:
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace(): i += 1; continue
        if c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'): j += 1
            out.append(Tok('num', src[i:j], i)); i = j; continue
        if c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum(): j += 1
            out.append(Tok('name', src[i:j], i)); i = j; continue
        if c in '+-*/^(),%': out.append(Tok('op', c, i)); i += 1; continue
        raise ParseError(f'unexpected {c!r}', i)
    out.append(Tok('end', '', len(src)))
    return out
@dataclass
class Num: v: float
@dataclass
class Bin: op: str; l: 'Node'; r: 'Node'
@dataclass
class Neg: e: 'Node'
@dataclass
class Call: fn: str; args: list
@dataclass
class Var: name: str
Node = Union[Num, Bin, Neg, Call, Var]
class Parser:
    def __init__(self, toks): self.t = toks; self.i = 0
    def peek(self): return self.t[self.i]
    def eat(self, text=None):
        tok = self.t[self.i]
        if text is not None and tok.text != text: raise ParseError(f'expected {text!r}', tok.pos)
        self.i += 1; return tok
    def expr(self):
        n = self.term()
        while self.peek().text in ('+', '-'):
            op = self.eat().text; n = Bin(op, n, self.term())
        return n
    def term(self):
        n = self.unary()
        while self.peek().text in ('*', '/', '%'):
            op = self.eat().text; n = Bin(op, n, self.unary())
        return n
    def unary(self):
        if self.peek().text == '-': self.eat(); return Neg(self.unary())
        return self.power()
    def power(self):
        b = self.atom()
        if self.peek().text == '^': self.eat(); return Bin('^', b, self.unary())
        return b
    def atom(self):
        tok = self.peek()
        if tok.kind == 'num':
            self.eat()
            try: return Num(float(tok.text))
            except ValueError: raise ParseError('bad number', tok.pos) from None
        if tok.kind == 'name':
            self.eat()
            if self.peek().text == '(':
                self.eat(); args = []
                if self.peek().text != ')':
                    args.append(self.expr())
                    while self.peek().text == ',': self.eat(); args.append(self.expr())
                self.eat(')'); return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == '(':
            self.eat(); n = self.expr(); self.eat(')'); return n
        raise ParseError(f'unexpected {tok.kind} {tok.text!r}', tok.pos)
FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'hyp': math.hypot}
def evaluate(n: Node, env: dict) -> float:
    if isinstance(n, Num): return n.v
    if isinstance(n, Var):
        try: return env[n.name]
        except KeyError: raise CalcError(f'unknown variable {n.name}') from None
    if isinstance(n, Neg): return -evaluate(n.e, env)
    if isinstance(n, Call):
        if n.fn not in FUNCS: raise CalcError(f'unknown function {n.fn}')
        return FUNCS[n.fn](*(evaluate(a, env) for a in n.args))
    l, r = evaluate(n.l, env), evaluate(n.r, env)
    ops = {'+': lambda: l + r, '-': lambda: l - r, '*': lambda: l * r, '/': lambda: l / r, '%': lambda: l % r, '^': lambda: l ** r}
    return ops[n.op]()
env = {'pi': math.pi, 'x': 3.0}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '-2 ^ 2', '2 ^ 3 ^ 2', 'sqrt(16) + max(1, x, 2)', '10 % 4 - 7 / 2', 'hyp(3, 4) * pi',
            '1 / 0', 'y + 1', '3 $ 4', '(1 + 2', 'foo(1)', '1..2', '1e5', 'min()', '-(-(-1))', '2 * (3 + 4) ^ 2 / 7']:
    try:
        tree = Parser(tokenize(src)).expr()
        v = evaluate(tree, env)
        print(f'{src:28} = {v:.6g}')
    except ParseError as e:
        print(f'{src:28} ! parse error: {e} (pos {e.pos})')
    except CalcError as e:
        print(f'{src:28} ! calc error: {e}')
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(f'{src:28} ! {type(e).__name__}: {e}')
print(Parser(tokenize('1+2*x')).expr())
