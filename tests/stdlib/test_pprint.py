# SPDX-License-Identifier: MIT
# Compares xenlet's pprint with CPython's: random nested structures through
# pformat with many widths/indents/depths and flags, plus the collections
# types, dataclasses, recursion and the module-level helpers.
import collections as co
import dataclasses
import io
import pprint as P
import random
import types

import pytest
from xl_loader import load, same

X = load("pprint")


@dataclasses.dataclass
class Point:
    x: int
    y: object = None
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int = 1


WORDS = ["", "a", "spam", "x y", "long words here and there", "tab\there",
         "new\nline", "quote'\"", "é", "  lead", "trail  ",
         "averyveryverylongwordwithoutanyspaces" * 2]


def rand_scalar(rng):
    k = rng.randrange(9)
    if k == 0:
        return rng.randrange(-10**15, 10**15)
    if k == 1:
        return rng.choice([0.5, -1e300, 3.25, 1 / 3])
    if k == 2:
        return rng.choice([None, True, False])
    if k == 3:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(30)))
    if k == 4:
        return bytearray(b"ab cd" * rng.randrange(6))
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(12)))


def rand_key(rng):
    return rng.choice([rng.randrange(50), rng.choice(WORDS), None, 2.5,
                       (1, "a"), True, b"k"])


def rand_obj(rng, depth):
    if depth <= 0 or rng.random() < 0.3:
        return rand_scalar(rng)
    n = rng.randrange(7)
    kids = [rand_obj(rng, depth - 1) for _ in range(n)]
    k = rng.randrange(15)
    if k == 0:
        return tuple(kids)
    if k == 1:
        return {rand_key(rng): v for v in kids}
    if k == 2:
        return set(rng.randrange(100) for _ in range(n * 3))
    if k == 3:
        return frozenset(rng.choice(WORDS) for _ in range(n))
    if k == 4:
        return co.OrderedDict((rng.choice(WORDS), v) for v in kids)
    if k == 5:
        d = co.defaultdict(rng.choice([list, int, None]))
        d.update((str(i), v) for i, v in enumerate(kids))
        return d
    if k == 6:
        return co.Counter(rng.choice("abcdefgh") for _ in range(n * 5))
    if k == 7:
        return co.deque(kids, maxlen=rng.choice([None, 10]))
    if k == 8:
        return co.ChainMap(*[{i: v} for i, v in enumerate(kids)])
    if k == 9:
        return rng.choice([co.UserDict, co.UserList])(
            {i: v for i, v in enumerate(kids)})
    if k == 10:
        return types.SimpleNamespace(**{f"f{i}": v for i, v in enumerate(kids)})
    if k == 11:
        return Point(rng.randrange(10), kids)
    if k == 12:
        return (kids[0],) if kids else ()
    return kids


def test_random_structures():
    rng = random.Random(2024)
    for _ in range(250):
        obj = rand_obj(rng, 4)
        kw = dict(width=rng.choice([1, 5, 10, 20, 40, 80, 120]),
                  indent=rng.choice([0, 1, 2, 4]),
                  depth=rng.choice([None, None, 1, 2, 3]),
                  compact=rng.random() < 0.4,
                  sort_dicts=rng.random() < 0.7,
                  underscore_numbers=rng.random() < 0.3)
        same(lambda m: m.pformat(obj, **kw), X, P)
    same(lambda m: m.saferepr(obj), X, P)


def test_sweep_widths():
    obj = {"name": "xenlet", "nums": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}]},
           "text": "The quick brown fox jumps over the lazy dog " * 3,
           "blob": bytes(range(40)), "set": set(range(25)), "one": ("x",),
           "dc": Point(1, [Point(2), "y" * 30]), "nr": NoRepr(),
           "ns": types.SimpleNamespace(a=1, b=list(range(20)))}
    for width in range(1, 100, 3):
        for indent in (1, 3):
            for compact in (False, True):
                same(lambda m: m.pformat(obj, width=width, indent=indent,
                                         compact=compact), X, P)


def test_long_strings():
    texts = ["word " * 40, "a\nb\n" * 10, "x" * 200, "mixed  spacing\t\ttabs " * 9,
             "line one\nline two that is quite long indeed\n" * 3, "\n\n\n"]
    for t in texts:
        for width in (5, 20, 33, 60):
            same(lambda m: m.pformat(t, width=width), X, P)
            same(lambda m: m.pformat([t, {"k": t}], width=width), X, P)
            same(lambda m: m.pformat((t,), width=width), X, P)


def test_recursion_and_helpers():
    r = [1, 2]
    r.append(r)
    d = {"a": r}
    d["self"] = d
    for obj in (r, d, [d, r], (r,), [1, "x"], {"<x>": object}, "",
                co.OrderedDict(a=1)):
        same(lambda m: (m.saferepr(obj), m.isreadable(obj),
                        m.isrecursive(obj), m.pformat(obj, width=10)), X, P)
        same(lambda m: (m.PrettyPrinter().isreadable(obj),
                        m.PrettyPrinter(depth=1).isrecursive(obj)), X, P)
    ns = types.SimpleNamespace(a=1)
    ns.me = ns
    pt = Point(1)
    pt.y = [pt, "z" * 80]
    same(lambda m: m.pformat([ns, pt], width=20), X, P)


def test_mixed_keys():
    objs = [{1: "a", "b": 2, (1,): 3, None: 4, 2.5: 5, b"x": 6},
            {3, 1, 2, "x", None} and [{"b": 1, 2: 2, 1.5: 3}] * 3,
            set(range(50)) | {-1}, frozenset({"a", 1, None}) and set(["a", "b"])]
    for obj in objs:
        for width in (1, 30, 80):
            same(lambda m: m.pformat(obj, width=width), X, P)


def test_stream_pp_and_errors():
    def run(m):
        s = io.StringIO()
        m.pprint({"b": 1, "a": [1] * 40}, s, width=20)
        m.pp({"b": 1, "a": 2}, stream=s)
        m.PrettyPrinter(stream=s, indent=2, width=30).pprint(list(range(20)))
        return s.getvalue()
    same(run, X, P)
    for kw in (dict(indent=-1), dict(depth=0), dict(width=0), dict(width="7"),
               dict(indent="x")):
        same(lambda m: m.PrettyPrinter(**kw) and "ok", X, P)
    same(lambda m: m.pformat(10**20, underscore_numbers=True), X, P)
    same(lambda m: m.pformat([True, 10**12] * 5, underscore_numbers=True, width=20), X, P)


def test_subclass_format():
    def run(m):
        class Upper(m.PrettyPrinter):
            def format(self, obj, context, maxlevels, level):
                if isinstance(obj, str):
                    return repr(obj.upper()), True, False
                return super().format(obj, context, maxlevels, level)
        return Upper(width=20).pformat({"k": ["abc", "def"] * 4})
    same(run, X, P)
