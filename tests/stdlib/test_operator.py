# SPDX-License-Identifier: MIT
# Compares xenlet's operator with CPython's.
import copy
import operator as O

import pytest
from xl_loader import load, same

X = load("operator")

BINARY = ["lt", "le", "eq", "ne", "ge", "gt", "is_", "is_not", "add", "and_",
          "floordiv", "lshift", "mod", "mul", "or_", "pow", "rshift", "sub",
          "truediv", "xor", "concat", "contains", "getitem", "countOf",
          "indexOf", "iadd", "isub", "imul", "iand", "ior", "ixor",
          "ilshift", "irshift", "imod", "ifloordiv", "itruediv", "ipow",
          "iconcat", "__add__", "__lt__"]
PAIRS = [(3, 4), (7, 2), ([1, 2], [3]), ("ab", "b"), ((1, 2, 1), 1), (5, 0),
         ({1, 2}, {2}), (2.5, 1), ("x", 3), ([1, 2], 1)]


@pytest.mark.parametrize("name", BINARY)
def test_binary(name):
    for a, b in PAIRS:
        same(lambda m: getattr(m, name)(copy.copy(a), b), X, O)


UNARY = ["not_", "truth", "abs", "index", "inv", "invert", "neg", "pos",
         "length_hint"]


@pytest.mark.parametrize("name", UNARY)
def test_unary(name):
    for a in [0, 5, -3, True, 2.5, "s", [], [1]]:
        same(lambda m: getattr(m, name)(a), X, O)


def test_getters():
    class P:
        pass
    p = P()
    p.a = 1
    p.b = P()
    p.b.c = "deep"
    cases = [
        lambda m: m.itemgetter(1)([5, 6, 7]),
        lambda m: m.itemgetter(2, 0)("abc"),
        lambda m: m.itemgetter("k")({"k": 9}),
        lambda m: m.itemgetter(slice(1, None))("abc"),
        lambda m: repr(m.itemgetter(1, "a")),
        lambda m: m.attrgetter("a")(p),
        lambda m: m.attrgetter("a", "b.c")(p),
        lambda m: m.attrgetter("zz")(p),
        lambda m: repr(m.attrgetter("a", "b.c")),
        lambda m: m.attrgetter(1),
        lambda m: m.methodcaller("split", ",", maxsplit=1)("a,b,c"),
        lambda m: m.methodcaller("upper")("ab"),
        lambda m: repr(m.methodcaller("split", ",", maxsplit=1)),
        lambda m: (lambda d: (m.setitem(d, "a", 1), m.delitem(d, "a"), d))({}),
        lambda m: m.length_hint(iter([1, 2, 3])),
        lambda m: m.length_hint(iter(range(4))),
        lambda m: m.length_hint(5, 7),
        lambda m: m.indexOf([1, 2], 3),
    ]
    for c in cases:
        same(c, X, O)
