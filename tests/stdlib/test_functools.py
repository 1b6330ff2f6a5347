# SPDX-License-Identifier: MIT
# Compares xenlet's functools with CPython's.
import functools as F

import pytest
from xl_loader import load, same

X = load("functools")


def add3(a, b, c=0):
    return (a, b, c)


CASES = [
    lambda m: m.reduce(lambda a, b: a * b, [1, 2, 3, 4]),
    lambda m: m.reduce(lambda a, b: a + b, [], 7),
    lambda m: m.reduce(lambda a, b: a + b, []),
    lambda m: m.reduce(lambda a, b: a + b, ["x"]),
    lambda m: m.partial(add3, 1)(2),
    lambda m: m.partial(add3, 1, c=5)(2, c=6),
    lambda m: m.partial(m.partial(add3, 1), 2).args,
    lambda m: m.partial(m.partial(add3, c=1), 2).keywords,
    lambda m: m.partial(add3, 1, c=2).keywords,
    lambda m: m.partial(add3, 1, c=2).func is add3,
    lambda m: repr(m.partial(len, [1], k=2)).replace(hex(id(len)), "X"),
    lambda m: m.partial(5),
    lambda m: sorted([3, 1, 2], key=m.cmp_to_key(lambda a, b: b - a)),
    lambda m: sorted("bca", key=m.cmp_to_key(lambda a, b: (a > b) - (a < b))),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case):
    same(case, X, F)


def test_wraps():
    for m in (X, F):
        def inner(x):
            "doc"
            return x
        inner.extra = 1

        @m.wraps(inner)
        def outer(*a):
            return inner(*a)
        assert outer.__name__ == "inner" and outer.__doc__ == "doc"
        assert outer.__wrapped__ is inner and outer.extra == 1
        assert outer.__qualname__ == inner.__qualname__


def run_cache(m, **kw):
    calls = []

    @m.lru_cache(**kw)
    def f(x, y=0):
        calls.append((x, y))
        return x + y
    out = [f(1), f(1), f(2), f(1, y=1), f(1.0), f(3), f(1), f(2)]
    return out, calls, repr(f.cache_info()), f.cache_info().hits


@pytest.mark.parametrize("kw", [{}, {"maxsize": 2}, {"maxsize": None},
                                {"maxsize": 0}, {"maxsize": 2, "typed": True},
                                {"typed": True}])
def test_lru_cache(kw):
    assert run_cache(X, **kw) == run_cache(F, **kw)


def test_lru_cache_bare_and_clear():
    for m in (X, F):
        @m.lru_cache
        def sq(n):
            return n * n

        @m.cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        assert fib(60) == 1548008755920
        sq(3), sq(3)
        assert sq.cache_info() == (1, 1, 128, 1)
        assert sq.cache_info().currsize == 1
        sq.cache_clear()
        assert repr(sq.cache_info()) == ("CacheInfo(hits=0, misses=0, "
                                         "maxsize=128, currsize=0)")
        assert sq.cache_parameters() == {"maxsize": 128, "typed": False}
        assert sq.__name__ == "sq"


@pytest.mark.parametrize("op", ["__lt__", "__le__", "__gt__", "__ge__"])
def test_total_ordering(op):
    def make(m):
        def cmp(self, other):
            return getattr(self.v, op)(other.v)
        ns = {"__init__": lambda self, v: setattr(self, "v", v),
              "__eq__": lambda self, o: self.v == o.v, op: cmp}
        return m.total_ordering(type("T", (), ns))

    def table(m):
        T = make(m)
        out = []
        for a in range(3):
            for b in range(3):
                x, y = T(a), T(b)
                out.append((x < y, x <= y, x > y, x >= y))
        return out
    assert table(X) == table(F)


def test_total_ordering_none():
    same(lambda m: m.total_ordering(type("E", (), {})), X, F)


def test_cached_property():
    class A:
        n = 0

        @X.cached_property
        def v(self):
            A.n += 1
            return 42
    a = A()
    assert a.v == 42 and a.v == 42 and A.n == 1
    assert "v" in a.__dict__


def test_singledispatch():
    @X.singledispatch
    def f(x):
        return "default"

    @f.register(int)
    def _(x):
        return "int"

    def lst(x):
        return "list"
    f.register(list, lst)
    assert [f(1), f(True), f([]), f("s")] == ["int", "int", "list", "default"]
    assert f.dispatch(bool) is f.registry[int]
