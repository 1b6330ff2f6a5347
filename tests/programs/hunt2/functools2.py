# SPDX-License-Identifier: MIT
# functools: lru_cache statistics and typed keys, partial, reduce, total_ordering, singledispatch, wraps, cached_property, cmp_to_key.
import functools
from functools import lru_cache, partial, reduce, total_ordering, singledispatch, cache, wraps, cached_property, cmp_to_key
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.cache_info().currsize)
@lru_cache
def kw(a, b=1): print("kw", a, b); return a + b
print(kw(1), kw(1), kw(1, b=1), kw(a=1), kw(1, 1))
@lru_cache(typed=True)
def ty(x): print("ty", type(x).__name__); return x
ty(1); ty(1.0); ty(1); print(ty.cache_info().misses)
@cache
def c(x): return [x]
print(c(1) is c(1))
def power(base, exp, *, mod=None): return pow(base, exp, mod)
cube = partial(power, exp=3); p2 = partial(power, 2); pm = partial(power, mod=5)
print(cube(2), p2(10), pm(2, 3), cube.func is power, cube.args, cube.keywords, p2.args, partial(p2, 3)(), partial(cube, exp=2)(5))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 1, 4]), reduce(lambda acc, s: acc + s[0], ["ab", "cd"], ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TE", e)
@total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "V" + ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), Ver("1.0") <= Ver("1.0"), Ver("2.0") >= Ver("1.9"), Ver("1.0") > Ver("1.0"), max(vs))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2))
@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex if False else str)
def _(x): return f"fs:{x}"
print(show(1), show(True), show("s"), show(1.5), show([1, "a", None]), show(None), show.dispatch(bool).__name__ if False else "", sorted(k.__name__ for k in show.registry))
def deco(f):
    @wraps(f)
    def w(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return w
@deco
def documented(x):
    "The doc."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3), documented.__qualname__)
class Cfg:
    def __init__(self): self.n = 0
    @cached_property
    def heavy(self):
        self.n += 1; return "H"
cf = Cfg(); print(cf.heavy, cf.heavy, cf.n, "heavy" in cf.__dict__); del cf.heavy; print(cf.heavy, cf.n)
print(sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Meth:
    @functools.partialmethod
    def dummy(self): pass
print(functools.reduce(lambda x, y: x | y, [{1}, {2}, {3}]))
