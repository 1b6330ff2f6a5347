# Yield as expression in various positions; send into nested generators.
def calc():
    result = 0
    while True:
        op, val = yield result
        if op == "+":
            result += val
        elif op == "*":
            result *= val
        elif op == "reset":
            result = 0
c = calc()
next(c)
for cmd in [("+", 5), ("*", 3), ("+", 1), ("reset", None), ("+", 2)]:
    print(cmd, "->", c.send(cmd))
def pairs():
    x = yield
    while True:
        y = yield
        x = yield (x, y)
p = pairs()
next(p)
p.send(1)
print(p.send(2))
p.send(None) if False else None
def doubler():
    v = 0
    while True:
        v = (yield v * 2) or v
d = doubler()
print(next(d), d.send(5), next(d), d.send(7))
