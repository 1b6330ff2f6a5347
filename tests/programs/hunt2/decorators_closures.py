# SPDX-License-Identifier: MIT
# Decorators and closures: retry with exception chaining, memoisation, stacked decorators, class-based decorators, singleton, late binding.
import functools, time
def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return deco
calls = {"n": 0}
@retry(times=3)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3: raise ValueError(f"boom {calls['n']}")
    return "ok"
print(flaky(), flaky.attempts, flaky.__name__)
@retry(times=2, exceptions=(KeyError,))
def always(): raise KeyError("k")
try:
    always()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
def memo(fn):
    cache = {}
    def inner(*args):
        if args not in cache: cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner
@memo
def binom(n, k): return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache))
def counter_deco(fn):
    def w(*a):
        w.count += 1
        return fn(*a)
    w.count = 0
    return w
@counter_deco
@counter_deco
def hello(x): return x
hello(1); hello(2); print(hello.count)
class Tag:
    def __init__(self, name): self.name = name
    def __call__(self, fn):
        def w(*a, **k): return f"<{self.name}>{fn(*a, **k)}</{self.name}>"
        return w
@Tag("b")
@Tag("i")
def text(s): return s
print(text("hi"))
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total; total += n; return total
    def reset():
        nonlocal total; old, total = total, 0; return old
    return add, reset
add, reset = make_accumulators(); add(5); add(7); print(reset(), add(1))
def compose(*fns): return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:10])
print(pipeline("  Hello Big World  "))
class cached_classproperty:
    def __init__(self, f): self.f = f; self.val = None
    def __get__(self, obj, cls):
        if self.val is None: self.val = self.f(cls)
        return self.val
class Conf:
    @cached_classproperty
    def settings(cls): print("loading"); return {"name": cls.__name__}
print(Conf.settings, Conf().settings)
def typecheck(fn):
    hints = fn.__annotations__
    @functools.wraps(fn)
    def w(*args):
        for (name, t), v in zip(list(hints.items()), args):
            if name != "return" and not isinstance(v, t): raise TypeError(f"{name} must be {t.__name__}, got {type(v).__name__}")
        return fn(*args)
    return w
@typecheck
def area(w: int, h: int) -> int: return w * h
print(area(3, 4))
try:
    area(3, "4")
except TypeError as e:
    print("TE", e)
def method_deco(m):
    def w(self, *a): return f"{type(self).__name__}.{m.__name__}{a} -> {m(self, *a)}"
    return w
class K:
    @method_deco
    def go(self, x): return x * 2
    @property
    @method_deco
    def p(self): return "prop"
print(K().go(4), K().p)
def singleton(cls):
    inst = {}
    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in inst: inst[cls] = cls(*a, **k)
        return inst[cls]
    return get
@singleton
class DB:
    def __init__(self, url): self.url = url
print(DB("a").url, DB("b").url, DB("c") is DB("d"), DB.__name__)
funcs = []
for i in range(3):
    def f(i=i): return i * 10
    funcs.append(f)
print([f() for f in funcs], [(lambda x: lambda: x)(i)() for i in range(3)])
