# SPDX-License-Identifier: MIT
# Compares xenlet's heapq and bisect with CPython's, including heap layouts.
import bisect as B
import heapq as H
import random

import pytest
from xl_loader import load, same

XH = load("heapq")
XB = load("bisect")


def ops(m, seed):
    rng = random.Random(seed)
    data = [rng.randrange(50) for _ in range(rng.randrange(40))]
    h = list(data)
    m.heapify(h)
    trace = [list(h)]
    for _ in range(60):
        op = rng.randrange(4)
        v = rng.randrange(50)
        if op == 0:
            m.heappush(h, v)
        elif op == 1 and h:
            trace.append(m.heappop(h))
        elif op == 2 and h:
            trace.append(m.heapreplace(h, v))
        elif op == 3:
            trace.append(m.heappushpop(h, v))
        trace.append(list(h))
    return trace


@pytest.mark.parametrize("seed", range(20))
def test_heap_ops(seed):
    assert ops(XH, seed) == ops(H, seed)


HCASES = [
    lambda m: m.heappop([]),
    lambda m: m.heapreplace([], 1),
    lambda m: m.nlargest(3, [5, 1, 8, 3, 9, 2]),
    lambda m: m.nsmallest(3, [5, 1, 8, 3, 9, 2]),
    lambda m: m.nsmallest(0, [1]), lambda m: m.nlargest(10, [2, 1]),
    lambda m: m.nlargest(2, ["a", "B", "c", "D"], key=str.lower),
    lambda m: m.nsmallest(3, [(1, "a"), (0, "b"), (1, "c"), (0, "d")],
                          key=lambda t: t[0]),
    lambda m: m.nlargest(3, [(1, "a"), (0, "b"), (1, "c"), (0, "d")],
                         key=lambda t: t[0]),
    lambda m: list(m.merge([1, 3, 5], [2, 4, 6], [0, 7])),
    lambda m: list(m.merge([5, 3, 1], [4, 2], reverse=True)),
    lambda m: list(m.merge(["a1", "b1"], ["a2", "b2"], key=lambda s: s[0])),
    lambda m: list(m.merge(["b1", "a1"], ["b2", "a2"], key=lambda s: s[0],
                           reverse=True)),
    lambda m: list(m.merge()), lambda m: list(m.merge([], [1])),
]


@pytest.mark.parametrize("case", HCASES)
def test_heapq_cases(case):
    same(case, XH, H)


def test_bisect():
    a = [1, 2, 2, 2, 5, 7]
    for x in range(9):
        for lo in range(3):
            for hi in (None, 4, 6):
                for name in ("bisect_left", "bisect_right", "bisect"):
                    same(lambda m: getattr(m, name)(a, x, lo, hi), XB, B)
                    same(lambda m: getattr(m, name)(a, x, lo=lo, hi=hi,
                                                    key=lambda v: v), XB, B)
    same(lambda m: m.bisect_left(a, 1, -1), XB, B)
    recs = [(1, "a"), (3, "b"), (3, "c"), (9, "d")]
    for x in range(11):
        same(lambda m: m.bisect_left(recs, x, key=lambda r: r[0]), XB, B)
        same(lambda m: m.bisect_right(recs, x, key=lambda r: r[0]), XB, B)


def test_insort():
    for name in ("insort_left", "insort_right", "insort"):
        def run(m):
            a = []
            for v in [5, 1, 3, 3, 9, 0, 3]:
                getattr(m, name)(a, (v, len(a)), key=lambda t: t[0])
            b = []
            for v in [5, 1, 3, 3.0, 9, 0]:
                getattr(m, name)(b, v)
            return a, [type(x) for x in b]
        same(run, XB, B)
