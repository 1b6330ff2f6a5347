# Functions as values: map/filter/reduce, returning and storing functions.
from functools import reduce
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](7, 3))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [1]])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(reduce(lambda acc, x: acc * x, range(1, 11)))
print(reduce(lambda a, b: a + b, [], "init"))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max(["apple", "fig", "banana"], key=len), min([3, -5, 2], key=abs))
