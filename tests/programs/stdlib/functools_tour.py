# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
@functools.cache
def slow(x):
    print("slow", x)
    return x + 1
print(slow(1), slow(1))
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa"], key=functools.cmp_to_key(cmp)))
@functools.singledispatch
def describe(x):
    return "something"
@describe.register
def _(x: int):
    return "an int"
@describe.register(list)
def _(x):
    return f"a list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Pt:
    def __init__(self, x):
        self.x = x
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.x * 100
p = Pt(3)
print(p.expensive, p.expensive)
