# Generator pipelines: lazy stages, infinite sources with islice.
from itertools import islice
def integers():
    n = 1
    while True:
        yield n
        n += 1
def squares(src):
    for n in src:
        yield n * n
def only_odd(src):
    return (n for n in src if n % 2)
print(list(islice(only_odd(squares(integers())), 6)))
def primes():
    found = []
    for n in integers():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))
lines = ["# c", "a=1", "", "b = 2", "# d", "c= 3"]
stripped = (l.strip() for l in lines)
meaningful = (l for l in stripped if l and not l.startswith("#"))
pairs = (tuple(p.strip() for p in l.split("=")) for l in meaningful)
print(dict(pairs))
def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(windows(range(6), 3)))
