# SPDX-License-Identifier: MIT
# Compares xenlet's fractions with CPython's: construction, arithmetic
# with ints, floats and Fractions, comparisons, hashing and rounding.
import fractions as F
import math
import random

import pytest
from xl_loader import load, same

X = load("fractions")

STRINGS = ["3/4", "-3/4", "+6/8", " 1/3 ", "1.25", "-.5", "5.", "1e3", "1.5E-2",
           "1_000/3", "0/5", "7", "-0", "1/0", "", "/2", "1/", "1.2/3", "abc",
           "1 /2", "1__0", "_1", "1_", ".", "e5", "1e", "3.14159e+2", "0x10",
           "1/-2", "\t2/4\n", "12345678901234567890/10"]


@pytest.mark.parametrize("s", STRINGS)
def test_from_string(s):
    same(lambda m: m.Fraction(s), X, F)


ARGS = [(0,), (5,), (-7,), (True,), (3, 4), (6, -8), (-6, -8), (0, -3), (1, 0),
        (0.1,), (-2.5,), (1e300,), (float("nan"),), (float("inf"),), (1.5, 2),
        ("1/2", 3), (None,), ([1],)]


@pytest.mark.parametrize("args", ARGS)
def test_constructor(args):
    same(lambda m: m.Fraction(*args), X, F)


def test_nested_and_from_float():
    same(lambda m: m.Fraction(m.Fraction(1, 2), m.Fraction(3, 4)), X, F)
    same(lambda m: m.Fraction(m.Fraction(5, 10)), X, F)
    same(lambda m: m.Fraction.from_float(0.3), X, F)
    same(lambda m: m.Fraction.from_float(3), X, F)
    same(lambda m: m.Fraction.from_float("x"), X, F)
    same(lambda m: m.Fraction(7, 3).as_integer_ratio(), X, F)
    same(lambda m: (m.Fraction(-7, 3).numerator, m.Fraction(-7, 3).denominator), X, F)


def _operands(rng, m):
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randint(-20, 20)
    if kind == 1:
        return rng.choice([0.5, -1.25, 3.0, 0.1, 2e-3, 0.0])
    return m.Fraction(rng.randint(-30, 30), rng.randint(1, 12))


OPS = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b,
       lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: divmod(a, b), lambda a, b: a < b, lambda a, b: a <= b,
       lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a > b,
       lambda a, b: a >= b]


def test_random_arithmetic():
    for seed in range(400):
        def run(m, seed=seed):
            rng = random.Random(seed)
            a, b = _operands(rng, m), _operands(rng, m)
            if not isinstance(a, m.Fraction) and not isinstance(b, m.Fraction):
                a = m.Fraction(a) if isinstance(a, int) else a
                b = m.Fraction(rng.randint(1, 9), 7)
            op = OPS[rng.randrange(len(OPS))]
            return op(a, b)
        same(run, X, F)


@pytest.mark.parametrize("base,exp", [((2, 3), 3), ((2, 3), -2), ((-2, 3), -3), ((0, 1), -1),
                                      ((4, 9), (1, 2)), ((2, 1), 0.5), ((9, 4), 2.0)])
def test_pow(base, exp):
    def run(m):
        b = m.Fraction(*base)
        e = m.Fraction(*exp) if isinstance(exp, tuple) else exp
        return b ** e
    same(run, X, F)
    same(lambda m: 2 ** m.Fraction(*base), X, F)
    same(lambda m: 2.5 ** m.Fraction(*base), X, F)


def test_unary_round_hash():
    rng = random.Random(7)
    for _ in range(300):
        n, d = rng.randint(-1000, 1000), rng.randint(1, 40)
        for f in (lambda m: -m.Fraction(n, d), lambda m: abs(m.Fraction(n, d)),
                  lambda m: +m.Fraction(n, d), lambda m: int(m.Fraction(n, d)),
                  lambda m: math.floor(m.Fraction(n, d)), lambda m: math.ceil(m.Fraction(n, d)),
                  lambda m: math.trunc(m.Fraction(n, d)), lambda m: round(m.Fraction(n, d)),
                  lambda m: round(m.Fraction(n, d), 1), lambda m: round(m.Fraction(n, d), -1),
                  lambda m: hash(m.Fraction(n, d)), lambda m: float(m.Fraction(n, d)),
                  lambda m: bool(m.Fraction(n, d)), lambda m: str(m.Fraction(n, d)),
                  lambda m: m.Fraction(n, d) == n / d):
            same(f, X, F)
    for v in (2 ** 61 - 1, -(2 ** 61 - 1), 2 ** 70, -1):
        same(lambda m: hash(m.Fraction(v)), X, F)
        same(lambda m: hash(m.Fraction(v, 3)), X, F)
    same(lambda m: hash(m.Fraction(1, 2 ** 61 - 1)), X, F)


def test_limit_denominator():
    rng = random.Random(3)
    for _ in range(200):
        f = rng.random() * rng.choice([1, 10, 1000])
        lim = rng.choice([1, 2, 7, 10, 100, 1000, 10 ** 6])
        same(lambda m: m.Fraction(f).limit_denominator(lim), X, F)
    same(lambda m: m.Fraction(3, 7).limit_denominator(0), X, F)
    same(lambda m: m.Fraction("3.141592653589793").limit_denominator(1000), X, F)


def test_float_comparisons():
    for x in (float("nan"), float("inf"), -float("inf"), 0.5, 1 / 3):
        for op in OPS[7:]:
            same(lambda m: op(m.Fraction(1, 3), x), X, F)
            same(lambda m: op(x, m.Fraction(1, 3)), X, F)
