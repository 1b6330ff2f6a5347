# match statements, realistically: a tokenizer, a parser and an evaluator
# for a tiny language (ASTs as dataclasses and tuples), driven by a command
# interpreter whose commands are matched as split sequences.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


@dataclass
class Call:
    func: str
    args: list


@dataclass
class Let:
    name: str
    value: object
    body: object


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        match c:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "," | "=" | "^":
                tokens.append(("op", c))
                i += 1
            case _ if c.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", float(text[i:j])))
                i = j
            case _ if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                word = text[i:j]
                tokens.append(("kw", word) if word in ("let", "in") else ("name", word))
                i = j
            case _:
                raise SyntaxError(f"bad character {c!r}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expect(self, kind, value=None):
        match self.take():
            case (k, v) if k == kind and (value is None or v == value):
                return v
            case other:
                raise SyntaxError(f"expected {value or kind}, got {other[1]!r}")

    def expr(self):
        match self.peek():
            case ("kw", "let"):
                self.take()
                name = self.expect("name")
                self.expect("op", "=")
                value = self.expr()
                self.expect("kw", "in")
                return Let(name, value, self.expr())
        left = self.term()
        while True:
            match self.peek():
                case ("op", ("+" | "-") as op):
                    self.take()
                    left = BinOp(op, left, self.term())
                case _:
                    return left

    def term(self):
        left = self.factor()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.take()
                    left = BinOp(op, left, self.factor())
                case _:
                    return left

    def factor(self):
        base = self.unary()
        match self.peek():
            case ("op", "^"):
                self.take()
                return BinOp("^", base, self.factor())
        return base

    def unary(self):
        match self.take():
            case ("op", "-"):
                return Neg(self.unary())
            case ("num", value):
                return Num(value)
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.take()
                        args = []
                        if self.peek() != ("op", ")"):
                            args.append(self.expr())
                            while self.peek() == ("op", ","):
                                self.take()
                                args.append(self.expr())
                        self.expect("op", ")")
                        return Call(name, args)
                return Var(name)
            case ("op", "("):
                e = self.expr()
                self.expect("op", ")")
                return e
            case (_, value):
                raise SyntaxError(f"unexpected {value!r}")


FUNCS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unknown variable {name}")
        case Neg(Num(value)):
            return -value
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, Num(0.0)):
            raise ZeroDivisionError("division by literal zero")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
                case "^":
                    return a ** b
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*[evaluate(a, env) for a in args])
        case Call(func, _):
            raise NameError(f"unknown function {func}")
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
    raise TypeError(f"cannot evaluate {node!r}")


def fold(node):
    """Constant folding over the same trees."""
    match node:
        case BinOp(op, left, right):
            match (op, fold(left), fold(right)):
                case (_, Num(a), Num(b)) if op != "/" or b != 0:
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case ("*", Num(0.0), _) | ("*", _, Num(0.0)):
                    return Num(0.0)
                case ("+", Num(0.0), x) | ("+", x, Num(0.0)) | ("*", Num(1.0), x) | ("*", x, Num(1.0)):
                    return x
                case (o, l, r):
                    return BinOp(o, l, r)
        case Neg(Neg(inner)):
            return fold(inner)
        case Neg(operand):
            match fold(operand):
                case Num(v):
                    return Num(-v)
                case other:
                    return Neg(other)
        case Call(f, args):
            return Call(f, [fold(a) for a in args])
        case Let(n, v, b):
            return Let(n, fold(v), fold(b))
        case _:
            return node


def show(node):
    match node:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"


def fmt(v):
    return str(int(v)) if isinstance(v, float) and v == int(v) else str(v)


env = {}
script = [
    "set x 4",
    "set y 2.5",
    "eval x * y + 1",
    "eval -(x - 10) ^ 2",
    "eval let z = x * 2 in z + y",
    "eval max(x, y, 7) - min(1, abs(-3))",
    "fold x * (2 + 3) + 0 * y",
    "fold -(-(x)) * 1 + (4 - 4)",
    "show let a = 1 + 2 in a * a",
    "eval q + 1",
    "eval 1 / 0",
    "eval 2 / (1 - 1)",
    "eval foo(1)",
    "eval (1 + 2",
    "eval 3 $ 4",
    "vars",
    "unset x",
    "unset nothing",
    "vars",
    "help",
    "",
    "set",
    "quit now",
    "never reached",
]
for line in script:
    print(">", line)
    match line.split(maxsplit=1):
        case []:
            print("  (empty line)")
        case ["set", rest] if len(rest.split()) == 2:
            name, value = rest.split()
            env[name] = float(value)
            print(f"  {name} = {fmt(env[name])}")
        case ["unset", name] if name in env:
            del env[name]
            print(f"  removed {name}")
        case ["unset", name]:
            print(f"  no variable {name}")
        case ["vars"]:
            print("  " + ", ".join(f"{k}={fmt(v)}" for k, v in sorted(env.items())))
        case [("eval" | "fold" | "show") as cmd, source]:
            try:
                tree = Parser(tokenize(source)).expr()
                match cmd:
                    case "eval":
                        print("  =", fmt(evaluate(tree, env)))
                    case "fold":
                        print("  ->", show(fold(tree)))
                    case "show":
                        print("  tree:", show(tree))
            except (NameError, ZeroDivisionError, SyntaxError, TypeError) as e:
                print(f"  {type(e).__name__}: {e}")
        case ["quit", *_]:
            print("  bye")
            break
        case [cmd, *args]:
            print(f"  unknown command {cmd!r} with {len(args)} argument(s)")
