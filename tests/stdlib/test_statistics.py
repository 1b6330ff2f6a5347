# SPDX-License-Identifier: MIT
# Compares xenlet's statistics with CPython's on fixed and random data
# (ints, floats, mixed, Fractions), results and error messages alike.
import random
import statistics as S
from fractions import Fraction

import pytest
from xl_loader import load, same

X = load("statistics")

FUNCS = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
         "mode", "multimode", "pstdev", "pvariance", "stdev", "variance",
         "geometric_mean", "harmonic_mean"]

FIXED = [[], [5], [1, 2], [1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25, 11.75],
         [1, 3, 3, 5, 7, 7], [0.1] * 10, [1e308, 1e308], [10 ** 20, 1, 3],
         [1, 2.5, 3], [True, False, True], [Fraction(1, 3), Fraction(2, 7), 1],
         [-1.5, 2, 0], [0, 0, 0], [1.0, float("inf")], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]]


@pytest.mark.parametrize("name", FUNCS)
def test_fixed(name):
    for data in FIXED:
        same(lambda m: getattr(m, name)(data), X, S)
        same(lambda m: getattr(m, name)(iter(data)), X, S)


def test_random():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 12)
        kind = rng.randrange(3)
        if kind == 0:
            data = [rng.randint(-50, 50) for _ in range(n)]
        elif kind == 1:
            data = [round(rng.uniform(-100, 100), rng.randint(0, 4)) for _ in range(n)]
        else:
            data = [rng.choice([rng.randint(0, 9), rng.random() * 10]) for _ in range(n)]
        for name in FUNCS:
            same(lambda m: getattr(m, name)(data), X, S)
        for q in (2, 3, 4, 10):
            for method in ("exclusive", "inclusive"):
                same(lambda m: m.quantiles(data, n=q, method=method), X, S)
        same(lambda m: m.variance(data, 1.5), X, S)
        same(lambda m: m.pstdev(data, 2), X, S)


def test_quantile_errors_and_pairs():
    same(lambda m: m.quantiles([1, 2], n=0), X, S)
    same(lambda m: m.quantiles([1], n=4), X, S)
    same(lambda m: m.quantiles([1, 2, 3], n=4, method="other"), X, S)
    same(lambda m: m.fmean([1, 2, 3], weights=[3, 2, 1]), X, S)
    same(lambda m: m.fmean([1, 2, 3], weights=[3, 2]), X, S)
    same(lambda m: m.mean(["a"]), X, S)
    same(lambda m: m.median_grouped([1, 2, 2, 3, 4], interval=2), X, S)
    x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
    for f in ("covariance", "correlation", "linear_regression"):
        same(lambda m: getattr(m, f)(x, y), X, S)
        same(lambda m: getattr(m, f)(x, y[:3]), X, S)
        same(lambda m: getattr(m, f)([1], [2]), X, S)
    same(lambda m: m.correlation(x, [1] * 9), X, S)
    same(lambda m: m.linear_regression(x, y, proportional=True), X, S)
    assert issubclass(X.StatisticsError, ValueError)
