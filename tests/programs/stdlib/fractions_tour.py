# fractions: construction, arithmetic, comparisons, hashing and rounding
import math
from fractions import Fraction

values = [Fraction(3, 4), Fraction(-6, 8), Fraction("1.25"), Fraction("2/6"), Fraction(0.5),
          Fraction(7), Fraction(" -3/9 "), Fraction("1e-3"), Fraction(Fraction(1, 3), Fraction(2, 5))]
for v in values:
    print(repr(v), str(v), v.numerator, v.denominator, float(v))

a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.25 * a, a ** 2, a ** -2, 4 ** Fraction(1, 2), Fraction(4, 9) ** 0.5)
print(-a, abs(Fraction(-2, 5)), +a, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5)
print(a < b, a > 0.3, sorted([Fraction(1, 2), 0.3, 1, Fraction(-1, 7)]))
print(hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 2)) == hash(0.5), len({Fraction(2, 4), 0.5, Fraction(1, 2)}))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10), Fraction(0.1).limit_denominator())
print(Fraction(3, 8).as_integer_ratio(), Fraction.from_float(0.1), Fraction(0.1))
for bad in ["1/0", "abc", "1.2.3", ""]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ([1],)]:
    try:
        Fraction(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Exact harmonic numbers and a continued fraction for sqrt(2).
x = Fraction(1)
for _ in range(8):
    x = 1 + 1 / (1 + x)
print(x, float(x), abs(x * x - 2) < Fraction(1, 10 ** 4))
