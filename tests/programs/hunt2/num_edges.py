# SPDX-License-Identifier: MIT
# Numeric edge cases: negative zero, inf/nan comparisons, floor division and modulo of floats and big ints, three-argument pow, conversion errors.
import math
inf, nan = float("inf"), float("nan")
print(-0.0 == 0.0, math.copysign(1, -0.0), str(-0.0 + 0.0), str(0.0 * -1), str(-0.0 * -0.0), abs(-0.0), -(0.0), round(-0.4), round(-0.4, 1), math.floor(-0.5), math.ceil(-0.5))
print(nan == nan, nan != nan, nan < 1, inf > 10**400, -inf < -10**400, inf == inf, inf - inf, inf * 0, max(1, nan), max(nan, 1), min(inf, nan), sorted([3, nan, 1])[1:])
print(10**400 > 1e308, 10**400 == inf, float(10**300) == 10**300, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, 1 == 1.0, hash(1) == hash(1.0), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(1.5), hash(-0.0), hash(inf), hash(10**30))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, divmod(-7, 2), divmod(7, -2))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf, math.fmod(-7.5, 2), -0.0 % 5, 0.0 % -5)
big = 3**100
print(big // 7, -big // 7, big % 7, -big % 7, big % -7, divmod(-big, 10**20), big // -big, (-big) // big, big % big, pow(big, 2) % 1000)
print(pow(3, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 10, -7), pow(0, 0), 0 ** 0, 0.0 ** 0, 2 ** -1, (-2) ** -2, 2 ** 0.5, 10 ** -3, (-8) ** (1/3) if False else 0, pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("VE", e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print("VE", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TE", e)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: 0.0 ** -1, lambda: 10 ** 400 * 1.0, lambda: math.sqrt(-1), lambda: math.log(0), lambda: float("abc"), lambda: int("12a"), lambda: int("", 16), lambda: math.exp(1000), lambda: 2.0 ** 10000, lambda: int(inf), lambda: int(nan), lambda: float(10**400), lambda: (10**400) / 1, lambda: 10**400 / 3]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("0x1f", 16), int("0x1f", 0), int("0b101", 0), int("0o17", 0), int(" 42 "), int("-0"), int("1_000"), int("z", 36), int(3.99), int(-3.99), int(True), float(" 1.5 "), float("1e3"), float("-inf"), float("nan"), float("1_0.5"), float("+.5"), float("5."))
print(1e308 * 10, -1e308 * 10, 2 ** 1023 * 2.0 if False else 1, 1e-323 / 10, 1.0 - 1e-16, 0.1 * 3, 1 / 3 * 3, 100 * 1.1, 3 * 1.1)
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (255).bit_count(), (-1).bit_count(), (2**100).bit_length(), (6).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (1.5).is_integer(), (2.0).is_integer())
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 1), math.trunc(-2.5), math.prod([1, 2, 3]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(-5 >> 1, -5 << 2, ~5, -1 & 0xff, 5 ^ -3, -2**100 >> 50, (1 << 100) | 1, -(1 << 100) & ((1 << 64) - 1), 6 & -6)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("-0x0p+0"), int.__index__(5), (3).__round__(), (2.5).__round__(), (17).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(True + True, True * 3, -True, ~True, True / 2, True // 2, bool(0.0), bool(-0.0), bool(nan), 3 < 3.5 < 4, 1 < 2 > 1.5, [1, 2] < [1, 3], (1, "a") < (1, "b"), 2 ** 64 > 2.0 ** 64 - 1)
print(abs(-2**70), -(-2**70), +5, abs(-5.5), max([1, 2.5, 2]), min(-0.0, 0.0), max(0.0, -0.0), sum([1, 2], 0.5), sum([[1], [2]], []), round(7.45, 1), round(-7.45, 1), round(0.125, 2), round(0.375, 2))
