# SPDX-License-Identifier: MIT
# xenlet's random: the generator against the xoshiro256** reference
# outputs, the API and errors against CPython, and distribution properties
# (its sequence differs from CPython's by design).
import math
import random as R

import pytest
from xl_loader import load, same

X = load("random")


def test_xoshiro_reference_vector():
    # Reference implementation outputs for the state {1, 2, 3, 4}.
    g = X.Random(0)
    g._s = [1, 2, 3, 4]
    assert [g._next64() for _ in range(4)] == [
        11520, 0, 1509978240, 1215971899390074240]


def test_reproducible_and_seed_types():
    for s in (0, 1, -1, 2**100, "abc", b"abc", bytearray(b"abc"), 1.5, ""):
        a, b = X.Random(s), X.Random(s)
        assert [a.random() for _ in range(5)] == [b.random() for _ in range(5)]
    assert X.Random(1).random() != X.Random(2).random()
    assert X.Random("").random() != X.Random(0).random()
    assert X.Random(5).random() == X.Random(-5).random()  # as CPython
    assert X.Random().random() != X.Random().random()
    g = X.Random(3)
    st = g.getstate()
    v = [g.random() for _ in range(3)]
    g.setstate(st)
    assert [g.random() for _ in range(3)] == v
    X.seed(42)
    v = X.random()
    X.seed(42)
    assert X.random() == v


ERRORS = [
    lambda m: m.randrange(0), lambda m: m.randrange(5, 5),
    lambda m: m.randrange(0, 10, 0), lambda m: m.randrange(1.5),
    lambda m: m.randrange(10, 0, 2), lambda m: m.randrange(0, 10, 1.5),
    lambda m: m.randrange(0, 2.5), lambda m: m.randint(3, 1),
    lambda m: m.choice([]), lambda m: m.choices([1], [1, 2]),
    lambda m: m.choices([1], [0]), lambda m: m.choices([1], [1], cum_weights=[1]),
    lambda m: m.choices([1, 2], [1, float("inf")]),
    lambda m: m.sample({1, 2}, 1), lambda m: m.sample([1], 2),
    lambda m: m.sample([1], -1), lambda m: m.getrandbits(-1),
    lambda m: m.seed([1]), lambda m: m.sample([1, 2], 1, counts=[1]),
    lambda m: m.sample([1, 2], 2, counts=[0, 0]), lambda m: m.randrange(5, step=2),
    lambda m: m.getrandbits(0), lambda m: m.sample([], 0),
    lambda m: m.choices([], k=0), lambda m: len(m.randbytes(5)),
]


@pytest.mark.parametrize("case", ERRORS)
def test_errors_like_cpython(case):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        same(case, X, R)


def test_ranges():
    g = X.Random(9)
    for k in (1, 7, 63, 64, 65, 200):
        vals = [g.getrandbits(k) for _ in range(300)]
        assert all(0 <= v < 2**k for v in vals)
        assert max(vals).bit_length() == k
    assert set(g.randrange(10) for _ in range(2000)) == set(range(10))
    assert set(g.randrange(3, 20, 4) for _ in range(1000)) == {3, 7, 11, 15, 19}
    assert set(g.randrange(10, 0, -3) for _ in range(1000)) == {10, 7, 4, 1}
    assert set(g.randint(-2, 2) for _ in range(1000)) == {-2, -1, 0, 1, 2}
    big = 10**40
    assert all(0 <= g.randrange(big) < big for _ in range(100))
    assert all(0.0 <= g.random() < 1.0 for _ in range(10000))
    assert all(2.0 <= g.uniform(2, 5) <= 5.0 for _ in range(1000))
    assert all(1 <= g.triangular(1, 3, 2) <= 3 for _ in range(1000))


def mean_sd(xs):
    m = sum(xs) / len(xs)
    return m, math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))


@pytest.mark.parametrize("name,args,mean,sd", [
    ("random", (), 0.5, math.sqrt(1 / 12)),
    ("uniform", (-1, 3), 1.0, 4 / math.sqrt(12)),
    ("gauss", (2, 3), 2.0, 3.0),
    ("normalvariate", (-1, 0.5), -1.0, 0.5),
    ("expovariate", (2.0,), 0.5, 0.5),
    ("triangular", (0, 1, 0.5), 0.5, math.sqrt(1 / 24)),
    ("betavariate", (2.0, 5.0), 2 / 7, math.sqrt(10 / (49 * 8))),
    ("gammavariate", (3.0, 2.0), 6.0, math.sqrt(12)),
    ("gammavariate", (0.5, 1.0), 0.5, math.sqrt(0.5)),
    ("lognormvariate", (0.0, 0.25), math.exp(0.25**2 / 2),
     math.sqrt((math.exp(0.0625) - 1) * math.exp(0.0625))),
])
def test_distribution_moments(name, args, mean, sd):
    g = X.Random(12345)
    xs = [getattr(g, name)(*args) for _ in range(40000)]
    m, s = mean_sd(xs)
    assert abs(m - mean) < 4 * sd / math.sqrt(len(xs)) + 1e-9
    assert abs(s - sd) < 0.03 * sd


def test_uniformity_chi_square():
    g = X.Random(77)
    counts = [0] * 20
    for _ in range(40000):
        counts[int(g.random() * 20)] += 1
    chi2 = sum((c - 2000) ** 2 / 2000 for c in counts)
    assert chi2 < 45  # 19 dof: p < 0.001 above ~43.8
    bits = [0] * 64
    for _ in range(4000):
        v = g.getrandbits(64)
        for i in range(64):
            bits[i] += (v >> i) & 1
    assert all(1800 < b < 2200 for b in bits)


def test_choice_shuffle_sample_choices():
    g = X.Random(5)
    seq = list(range(10))
    counts = [0] * 10
    for _ in range(20000):
        counts[g.choice(seq)] += 1
    assert all(1800 < c < 2200 for c in counts)
    x = list(range(50))
    g.shuffle(x)
    assert sorted(x) == list(range(50)) and x != list(range(50))
    s = g.sample(range(100), 30)
    assert len(set(s)) == 30 and all(0 <= v < 100 for v in s)
    assert sorted(g.sample("abcd", 4)) == list("abcd")
    s = g.sample(["r", "b"], 5, counts=[3, 2])
    assert sorted(s) == ["b", "b", "r", "r", "r"]
    w = g.choices("abc", [1, 0, 3], k=20000)
    assert w.count("b") == 0 and 4200 < w.count("a") < 5800
    w = g.choices("abc", cum_weights=[1, 1, 4], k=20000)
    assert w.count("b") == 0 and 14200 < w.count("c") < 15800
    assert len(g.choices("ab", k=7)) == 7
    firsts = [0] * 4
    for _ in range(8000):
        y = [0, 1, 2, 3]
        g.shuffle(y)
        firsts[y[0]] += 1
    assert all(1800 < c < 2200 for c in firsts)


def test_module_level_api():
    for name in X.__all__:
        assert callable(getattr(X, name)) and hasattr(R, name)
