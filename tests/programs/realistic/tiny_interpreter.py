# An interpreter for a tiny language: lexer, recursive-descent parser, AST evaluation, closures.
def lex(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("id", src[i:j]))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "<=", "=>"):
                toks.append(("op", two))
                i += 2
            else:
                toks.append(("op", c))
                i += 1
    return toks + [("eof", None)]
class Parser:
    def __init__(self, toks):
        self.t, self.i = toks, 0
    def peek(self):
        return self.t[self.i]
    def take(self, val=None):
        tok = self.t[self.i]
        if val is not None and tok[1] != val:
            raise SyntaxError(f"expected {val!r}, got {tok[1]!r}")
        self.i += 1
        return tok
    def expr(self):
        if self.peek() == ("id", "let"):
            self.take()
            name = self.take()[1]
            self.take("=")
            val = self.expr()
            self.take("in")
            return ("let", name, val, self.expr())
        if self.peek() == ("id", "if"):
            self.take()
            c = self.expr()
            self.take("then")
            a = self.expr()
            self.take("else")
            return ("if", c, a, self.expr())
        if self.peek() == ("id", "fn"):
            self.take()
            param = self.take()[1]
            self.take("=>")
            return ("fn", param, self.expr())
        return self.compare()
    def compare(self):
        left = self.sum()
        while self.peek()[1] in ("==", "<", "<="):
            op = self.take()[1]
            left = ("bin", op, left, self.sum())
        return left
    def sum(self):
        left = self.product()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = ("bin", op, left, self.product())
        return left
    def product(self):
        left = self.call()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            left = ("bin", op, left, self.call())
        return left
    def call(self):
        f = self.atom()
        while self.peek()[1] == "(":
            self.take()
            arg = self.expr()
            self.take(")")
            f = ("call", f, arg)
        return f
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "id":
            return ("var", val)
        if val == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError(f"unexpected {val!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a // b, "%": lambda a, b: a % b, "==": lambda a, b: int(a == b),
       "<": lambda a, b: int(a < b), "<=": lambda a, b: int(a <= b)}
class Closure:
    def __init__(self, param, body, env):
        self.param, self.body, self.env = param, body, env
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"unbound variable {node[1]}")
        return env[node[1]]
    if kind == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "let":
        inner = dict(env)
        inner[node[1]] = None
        inner[node[1]] = evaluate(node[2], inner)
        return evaluate(node[3], inner)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "fn":
        return Closure(node[1], node[2], env)
    if kind == "call":
        f = evaluate(node[1], env)
        arg = evaluate(node[2], env)
        if not isinstance(f, Closure):
            raise TypeError("not a function")
        inner = dict(f.env)
        inner[f.param] = arg
        return evaluate(f.body, inner)
def run(src):
    p = Parser(lex(src))
    tree = p.expr()
    p.take()
    return evaluate(tree, {})
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3 - 4 / 2",
    "let x = 5 in x * x",
    "let add = fn a => fn b => a + b in add(3)(4)",
    "let fact = fn n => if n <= 1 then 1 else n * fact(n - 1) in fact(20)",
    "let fib = fn n => if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
    "let twice = fn f => fn x => f(f(x)) in twice(fn y => y * 3)(7)",
    "if 2 == 2 then 100 else 200",
    "let x = 1 in let y = x + 1 in let x = 10 in x + y",
    "y + 1",
    "1 / 0",
    "5(3)",
    "let = 4",
]
for src in programs:
    try:
        print(f"{src} => {run(src)}")
    except (NameError, ZeroDivisionError, TypeError, SyntaxError) as e:
        print(f"{src} => {type(e).__name__}: {e}")
