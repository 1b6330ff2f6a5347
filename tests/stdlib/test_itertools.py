# SPDX-License-Identifier: MIT
# Compares xenlet's itertools with CPython's.
import itertools as I

import pytest
from xl_loader import load, same

X = load("itertools")


def take(it, n=30):
    return list(I.islice(it, n))


CASES = [
    lambda m: take(m.count()), lambda m: take(m.count(5, 3), 5),
    lambda m: take(m.count(0.5, 0.25), 5), lambda m: repr(m.count(3)),
    lambda m: repr(m.count(3, 2)), lambda m: repr(m.count(1.5)),
    lambda m: take(m.cycle("abc"), 8), lambda m: take(m.cycle("")),
    lambda m: list(m.repeat("x", 3)), lambda m: list(m.repeat("x", -1)),
    lambda m: take(m.repeat(1), 4), lambda m: repr(m.repeat("a", 2)),
    lambda m: list(m.accumulate([1, 2, 3, 4])),
    lambda m: list(m.accumulate([1, 2, 3, 4], max, initial=2)),
    lambda m: list(m.accumulate([], initial=5)), lambda m: list(m.accumulate([])),
    lambda m: list(m.accumulate([3, 1, 4], lambda a, b: a * b)),
    lambda m: list(m.chain("ab", [1], ())),
    lambda m: list(m.chain.from_iterable(["ab", "cd"])),
    lambda m: list(m.chain(1)),
    lambda m: list(m.compress("abcdef", [1, 0, 1, 0, 1])),
    lambda m: list(m.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])),
    lambda m: list(m.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])),
    lambda m: list(m.filterfalse(None, [0, 1, "", "a"])),
    lambda m: list(m.filterfalse(lambda x: x % 2, range(7))),
    lambda m: [(k, list(g)) for k, g in m.groupby("aaabbcdaa")],
    lambda m: [(k, list(g)) for k, g in m.groupby([1, 3, 2, 4, 5], lambda x: x % 2)],
    lambda m: [k for k, g in m.groupby("aabbbc")],
    lambda m: (lambda gs: [list(g) for k, g in gs])(list(m.groupby("aabbc"))),
    lambda m: [(k, list(g)) for k, g in m.groupby([])],
    lambda m: list(m.islice("abcdefg", 2)),
    lambda m: list(m.islice("abcdefg", 2, 4)),
    lambda m: list(m.islice("abcdefg", 2, None)),
    lambda m: list(m.islice("abcdefg", 0, None, 2)),
    lambda m: list(m.islice("abcdefg", 5, 2)),
    lambda m: m.islice("abc", -1), lambda m: m.islice("abc", 0, 1, 0),
    lambda m: m.islice("abc", -1, 2),
    lambda m: (lambda it: (list(m.islice(it, 1, 5, 3)), list(it)))(iter(range(10))),
    lambda m: (lambda it: (list(m.islice(it, 4, 2)), list(it)))(iter(range(10))),
    lambda m: list(m.starmap(pow, [(2, 5), (3, 2)])),
    lambda m: [list(t) for t in m.tee("abc", 3)],
    lambda m: (lambda a, b: (next(a), next(a), list(b), list(a)))(*m.tee(iter("abcd"))),
    lambda m: m.tee("a", 0), lambda m: m.tee("a", -1),
    lambda m: list(m.zip_longest("abc", [1])),
    lambda m: list(m.zip_longest("ab", "xyz", fillvalue="-")),
    lambda m: list(m.zip_longest()), lambda m: m.zip_longest(1),
    lambda m: list(m.product("ab", range(3))),
    lambda m: list(m.product("ab", repeat=2)),
    lambda m: list(m.product()), lambda m: list(m.product("ab", "")),
    lambda m: m.product("a", repeat=-1),
    lambda m: list(m.permutations("abcd", 2)),
    lambda m: list(m.permutations(range(3))),
    lambda m: list(m.permutations("ab", 3)), lambda m: list(m.permutations("ab", 0)),
    lambda m: m.permutations("ab", -1),
    lambda m: list(m.combinations("abcd", 2)),
    lambda m: list(m.combinations(range(5), 3)),
    lambda m: list(m.combinations("ab", 3)), lambda m: list(m.combinations("ab", 0)),
    lambda m: m.combinations("ab", -1),
    lambda m: list(m.combinations_with_replacement("abc", 2)),
    lambda m: list(m.combinations_with_replacement("", 2)),
    lambda m: list(m.combinations_with_replacement("", 0)),
    lambda m: list(m.combinations_with_replacement("ab", 3)),
    lambda m: list(m.pairwise("abcd")), lambda m: list(m.pairwise("a")),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case):
    same(case, X, I)


@pytest.mark.parametrize("n,r", [(n, r) for n in range(6) for r in range(7)])
def test_combinatorics(n, r):
    s = range(n)
    assert list(X.permutations(s, r)) == list(I.permutations(s, r))
    assert list(X.combinations(s, r)) == list(I.combinations(s, r))
    assert (list(X.combinations_with_replacement(s, r))
            == list(I.combinations_with_replacement(s, r)))
    assert list(X.product(s, repeat=min(r, 3))) == list(I.product(s, repeat=min(r, 3)))
