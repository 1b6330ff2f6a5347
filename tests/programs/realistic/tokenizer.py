# A tokenizer for a small expression language: numbers, names, strings, operators, errors.
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
OPERATORS = ["==", "!=", "<=", ">=", "->", "**", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "{", "}", ",", ";"]
KEYWORDS = {"let", "fn", "if", "else", "return", "while"}
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if c.isspace():
            i, col = i + 1, col + 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start = i
        if c.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] in "._"):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "NAME"
        elif c == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 2 if src[i] == "\\" else 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{col}")
            i += 1
            text, kind = src[start:i], "STR"
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    i += len(op)
                    text, kind = op, "OP"
                    break
            else:
                raise LexError(f"unexpected {c!r} at {line}:{col}")
        tokens.append(Token(kind, text, line, col))
        col += i - start
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''let x = 42;  # answer
fn add(a, b) -> a + b;
let s = "hi \\"there\\"";
if x >= 10 { return add(x, 3.5) ** 2; } else { x = x % 7; }
let café = 1_000;'''
toks = tokenize(program)
for t in toks[:12]:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
print([t.text for t in toks if t.kind == "KW"], [t.text for t in toks if t.kind == "STR"])
print(toks[-2], toks[-1])
for bad in ['let y = "open', "let z = 3 @ 4;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
