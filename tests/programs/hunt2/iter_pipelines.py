# SPDX-License-Identifier: MIT
# Iterator pipelines with generators, yield from over iterables and an iterator class with send/throw, windows, flattening, tree walks, range ops.
import itertools
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#", 1)[0].strip()
        if l: yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()
cfg = """
# config
name = demo   # trailing
port=8080
empty =
debug = true
"""
print(dict(parse(strip_comments(read_lines(cfg)))))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
def chain_all(*its):
    for it in its:
        r = yield from it
    return "end"
g = chain_all(Countdown(3), "ab", range(2), iter([None]))
print(list(g))
class Echo:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): self.log.append(("send", v)); return v * 2 if v else 0
    def throw(self, *a): self.log.append(("throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)); raise StopIteration("thrown-stop")
e = Echo()
def deleg():
    r = yield from e
    yield ("returned", r)
d = deleg()
print(next(d), d.send(5), d.send(None), d.throw(KeyError), e.log)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 50)), next(x for x in fib() if x > 1000))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n: buf.pop(0)
        if len(buf) == n: yield tuple(buf)
print(list(window(range(6), 3)), list(window("ab", 3)))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x: yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []])], 5])))
def accumulate_gen():
    total = 0
    try:
        while True:
            v = yield total
            if v is None: break
            total += v
    finally:
        print("acc finally", total)
    return total
ag = accumulate_gen(); next(ag); ag.send(3); ag.send(4)
try:
    ag.send(None)
except StopIteration as s:
    print("acc result", s.value)
def genexp_scope():
    n = 3
    return list((i, n) for i in range(n))
print(genexp_scope(), list(zip(*((i, i * i) for i in range(4)))), any(x > 2 for x in [1, 5]), all(x for x in []), max((len(w), w) for w in "a bbb cc".split()))
def tree_walk(t, depth=0):
    name, kids = t
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join("  " * d + n for d, n in tree_walk(tree)))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
print(list(map(next, [iter("xy"), iter("z")])), list(iter(iter([1, 2]))), sorted(reversed(range(5))), list(reversed(range(0, 10, 3))), list(range(10)[::-3]), range(10)[2:8:2], range(5)[-1], 3 in range(0, 10, 3), range(0, 10, 3).index(9), range(5) == range(0, 5), len(range(10, 0, -3)))
